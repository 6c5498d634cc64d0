import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace haldls. */
export namespace haldls {

    /**
     * Properties of a CoordinateMessage.
     * @deprecated Use haldls.CoordinateMessage.$Properties instead.
     */
    interface ICoordinateMessage extends haldls.CoordinateMessage.$Properties {
    }

    /** Represents a CoordinateMessage. */
    class CoordinateMessage {

        /**
         * Constructs a new CoordinateMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: haldls.CoordinateMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CoordinateMessage type. */
        type: string;

        /** CoordinateMessage enum. */
        enum: number;

        /**
         * Creates a new CoordinateMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CoordinateMessage instance
         */
        static create(properties: haldls.CoordinateMessage.$Shape): haldls.CoordinateMessage & haldls.CoordinateMessage.$Shape;
        static create(properties?: haldls.CoordinateMessage.$Properties): haldls.CoordinateMessage;

        /**
         * Encodes the specified CoordinateMessage message. Does not implicitly {@link haldls.CoordinateMessage.verify|verify} messages.
         * @param message CoordinateMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: haldls.CoordinateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CoordinateMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {haldls.CoordinateMessage & haldls.CoordinateMessage.$Shape} CoordinateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): haldls.CoordinateMessage & haldls.CoordinateMessage.$Shape;

        /**
         * Creates a CoordinateMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CoordinateMessage
         */
        static fromObject(object: { [k: string]: any }): haldls.CoordinateMessage;

        /**
         * Creates a plain object from a CoordinateMessage message. Also converts values to other types if specified.
         * @param message CoordinateMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: haldls.CoordinateMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CoordinateMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CoordinateMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CoordinateMessage {

        /** Properties of a CoordinateMessage. */
        interface $Properties {

            /** CoordinateMessage type */
            type?: (string|null);

            /** CoordinateMessage enum */
            "enum"?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CoordinateMessage. */
        type $Shape = haldls.CoordinateMessage.$Properties;
    }

    /**
     * Properties of a FieldValue.
     * @deprecated Use haldls.FieldValue.$Properties instead.
     */
    interface IFieldValue extends haldls.FieldValue.$Properties {
    }

    /** Represents a FieldValue. */
    class FieldValue {

        /**
         * Constructs a new FieldValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: haldls.FieldValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FieldValue name. */
        name: string;

        /** FieldValue isArray. */
        isArray: boolean;

        /** FieldValue bools. */
        bools: boolean[];

        /** FieldValue numbers. */
        numbers: number[];

        /** FieldValue strings. */
        strings: string[];

        /**
         * Creates a new FieldValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FieldValue instance
         */
        static create(properties: haldls.FieldValue.$Shape): haldls.FieldValue & haldls.FieldValue.$Shape;
        static create(properties?: haldls.FieldValue.$Properties): haldls.FieldValue;

        /**
         * Encodes the specified FieldValue message. Does not implicitly {@link haldls.FieldValue.verify|verify} messages.
         * @param message FieldValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: haldls.FieldValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FieldValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {haldls.FieldValue & haldls.FieldValue.$Shape} FieldValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): haldls.FieldValue & haldls.FieldValue.$Shape;

        /**
         * Creates a FieldValue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FieldValue
         */
        static fromObject(object: { [k: string]: any }): haldls.FieldValue;

        /**
         * Creates a plain object from a FieldValue message. Also converts values to other types if specified.
         * @param message FieldValue
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: haldls.FieldValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FieldValue to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for FieldValue
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace FieldValue {

        /** Properties of a FieldValue. */
        interface $Properties {

            /** FieldValue name */
            name?: (string|null);

            /** FieldValue isArray */
            isArray?: (boolean|null);

            /** FieldValue bools */
            bools?: (boolean[]|null);

            /** FieldValue numbers */
            numbers?: (number[]|null);

            /** FieldValue strings */
            strings?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FieldValue. */
        type $Shape = haldls.FieldValue.$Properties;
    }

    /**
     * Properties of a ContainerMessage.
     * @deprecated Use haldls.ContainerMessage.$Properties instead.
     */
    interface IContainerMessage extends haldls.ContainerMessage.$Properties {
    }

    /** Represents a ContainerMessage. */
    class ContainerMessage {

        /**
         * Constructs a new ContainerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: haldls.ContainerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContainerMessage type. */
        type: string;

        /** ContainerMessage fields. */
        fields: haldls.FieldValue.$Properties[];

        /**
         * Creates a new ContainerMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContainerMessage instance
         */
        static create(properties: haldls.ContainerMessage.$Shape): haldls.ContainerMessage & haldls.ContainerMessage.$Shape;
        static create(properties?: haldls.ContainerMessage.$Properties): haldls.ContainerMessage;

        /**
         * Encodes the specified ContainerMessage message. Does not implicitly {@link haldls.ContainerMessage.verify|verify} messages.
         * @param message ContainerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: haldls.ContainerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContainerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {haldls.ContainerMessage & haldls.ContainerMessage.$Shape} ContainerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): haldls.ContainerMessage & haldls.ContainerMessage.$Shape;

        /**
         * Creates a ContainerMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ContainerMessage
         */
        static fromObject(object: { [k: string]: any }): haldls.ContainerMessage;

        /**
         * Creates a plain object from a ContainerMessage message. Also converts values to other types if specified.
         * @param message ContainerMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: haldls.ContainerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ContainerMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ContainerMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ContainerMessage {

        /** Properties of a ContainerMessage. */
        interface $Properties {

            /** ContainerMessage type */
            type?: (string|null);

            /** ContainerMessage fields */
            fields?: (haldls.FieldValue.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContainerMessage. */
        type $Shape = haldls.ContainerMessage.$Properties;
    }

    /**
     * Properties of a PlacedContainer.
     * @deprecated Use haldls.PlacedContainer.$Properties instead.
     */
    interface IPlacedContainer extends haldls.PlacedContainer.$Properties {
    }

    /** Represents a PlacedContainer. */
    class PlacedContainer {

        /**
         * Constructs a new PlacedContainer.
         * @param [properties] Properties to set
         */
        constructor(properties?: haldls.PlacedContainer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PlacedContainer coordinate. */
        coordinate?: (haldls.CoordinateMessage.$Properties|null);

        /** PlacedContainer container. */
        container?: (haldls.ContainerMessage.$Properties|null);

        /**
         * Creates a new PlacedContainer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PlacedContainer instance
         */
        static create(properties: haldls.PlacedContainer.$Shape): haldls.PlacedContainer & haldls.PlacedContainer.$Shape;
        static create(properties?: haldls.PlacedContainer.$Properties): haldls.PlacedContainer;

        /**
         * Encodes the specified PlacedContainer message. Does not implicitly {@link haldls.PlacedContainer.verify|verify} messages.
         * @param message PlacedContainer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: haldls.PlacedContainer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PlacedContainer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {haldls.PlacedContainer & haldls.PlacedContainer.$Shape} PlacedContainer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): haldls.PlacedContainer & haldls.PlacedContainer.$Shape;

        /**
         * Creates a PlacedContainer message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PlacedContainer
         */
        static fromObject(object: { [k: string]: any }): haldls.PlacedContainer;

        /**
         * Creates a plain object from a PlacedContainer message. Also converts values to other types if specified.
         * @param message PlacedContainer
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: haldls.PlacedContainer, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PlacedContainer to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PlacedContainer
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PlacedContainer {

        /** Properties of a PlacedContainer. */
        interface $Properties {

            /** PlacedContainer coordinate */
            coordinate?: (haldls.CoordinateMessage.$Properties|null);

            /** PlacedContainer container */
            container?: (haldls.ContainerMessage.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PlacedContainer. */
        type $Shape = haldls.PlacedContainer.$Properties;
    }

    /**
     * Properties of a ContainerList.
     * @deprecated Use haldls.ContainerList.$Properties instead.
     */
    interface IContainerList extends haldls.ContainerList.$Properties {
    }

    /** Represents a ContainerList. */
    class ContainerList {

        /**
         * Constructs a new ContainerList.
         * @param [properties] Properties to set
         */
        constructor(properties?: haldls.ContainerList.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ContainerList entries. */
        entries: haldls.PlacedContainer.$Properties[];

        /**
         * Creates a new ContainerList instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ContainerList instance
         */
        static create(properties: haldls.ContainerList.$Shape): haldls.ContainerList & haldls.ContainerList.$Shape;
        static create(properties?: haldls.ContainerList.$Properties): haldls.ContainerList;

        /**
         * Encodes the specified ContainerList message. Does not implicitly {@link haldls.ContainerList.verify|verify} messages.
         * @param message ContainerList message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: haldls.ContainerList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ContainerList message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {haldls.ContainerList & haldls.ContainerList.$Shape} ContainerList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): haldls.ContainerList & haldls.ContainerList.$Shape;

        /**
         * Creates a ContainerList message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ContainerList
         */
        static fromObject(object: { [k: string]: any }): haldls.ContainerList;

        /**
         * Creates a plain object from a ContainerList message. Also converts values to other types if specified.
         * @param message ContainerList
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: haldls.ContainerList, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ContainerList to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ContainerList
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ContainerList {

        /** Properties of a ContainerList. */
        interface $Properties {

            /** ContainerList entries */
            entries?: (haldls.PlacedContainer.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ContainerList. */
        type $Shape = haldls.ContainerList.$Properties;
    }
}
