import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace stadls. */
export namespace stadls {

    /**
     * Properties of a ChipConfig.
     * @deprecated Use stadls.ChipConfig.$Properties instead.
     */
    interface IChipConfig extends stadls.ChipConfig.$Properties {
    }

    /** Represents a ChipConfig. */
    class ChipConfig {

        /**
         * Constructs a new ChipConfig.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.ChipConfig.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChipConfig formatVersion. */
        formatVersion: number;

        /** ChipConfig wordCount. */
        wordCount: number;

        /** ChipConfig words. */
        words: Uint8Array;

        /**
         * Creates a new ChipConfig instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChipConfig instance
         */
        static create(properties: stadls.ChipConfig.$Shape): stadls.ChipConfig & stadls.ChipConfig.$Shape;
        static create(properties?: stadls.ChipConfig.$Properties): stadls.ChipConfig;

        /**
         * Encodes the specified ChipConfig message. Does not implicitly {@link stadls.ChipConfig.verify|verify} messages.
         * @param message ChipConfig message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.ChipConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChipConfig message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.ChipConfig & stadls.ChipConfig.$Shape} ChipConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.ChipConfig & stadls.ChipConfig.$Shape;

        /**
         * Creates a ChipConfig message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChipConfig
         */
        static fromObject(object: { [k: string]: any }): stadls.ChipConfig;

        /**
         * Creates a plain object from a ChipConfig message. Also converts values to other types if specified.
         * @param message ChipConfig
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.ChipConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChipConfig to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChipConfig
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChipConfig {

        /** Properties of a ChipConfig. */
        interface $Properties {

            /** ChipConfig formatVersion */
            formatVersion?: (number|null);

            /** ChipConfig wordCount */
            wordCount?: (number|null);

            /** ChipConfig words */
            words?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChipConfig. */
        type $Shape = stadls.ChipConfig.$Properties;
    }

    /**
     * Properties of a DumpWrite.
     * @deprecated Use stadls.DumpWrite.$Properties instead.
     */
    interface IDumpWrite extends stadls.DumpWrite.$Properties {
    }

    /** Represents a DumpWrite. */
    class DumpWrite {

        /**
         * Constructs a new DumpWrite.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.DumpWrite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DumpWrite containerType. */
        containerType: string;

        /** DumpWrite coordinateType. */
        coordinateType: string;

        /** DumpWrite coordinateEnum. */
        coordinateEnum: number;

        /** DumpWrite addresses. */
        addresses: Uint8Array;

        /** DumpWrite words. */
        words: Uint8Array;

        /** DumpWrite messages. */
        messages: Uint8Array;

        /** DumpWrite json. */
        json: string;

        /**
         * Creates a new DumpWrite instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DumpWrite instance
         */
        static create(properties: stadls.DumpWrite.$Shape): stadls.DumpWrite & stadls.DumpWrite.$Shape;
        static create(properties?: stadls.DumpWrite.$Properties): stadls.DumpWrite;

        /**
         * Encodes the specified DumpWrite message. Does not implicitly {@link stadls.DumpWrite.verify|verify} messages.
         * @param message DumpWrite message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.DumpWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DumpWrite message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.DumpWrite & stadls.DumpWrite.$Shape} DumpWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.DumpWrite & stadls.DumpWrite.$Shape;

        /**
         * Creates a DumpWrite message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DumpWrite
         */
        static fromObject(object: { [k: string]: any }): stadls.DumpWrite;

        /**
         * Creates a plain object from a DumpWrite message. Also converts values to other types if specified.
         * @param message DumpWrite
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.DumpWrite, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DumpWrite to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DumpWrite
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DumpWrite {

        /** Properties of a DumpWrite. */
        interface $Properties {

            /** DumpWrite containerType */
            containerType?: (string|null);

            /** DumpWrite coordinateType */
            coordinateType?: (string|null);

            /** DumpWrite coordinateEnum */
            coordinateEnum?: (number|null);

            /** DumpWrite addresses */
            addresses?: (Uint8Array|null);

            /** DumpWrite words */
            words?: (Uint8Array|null);

            /** DumpWrite messages */
            messages?: (Uint8Array|null);

            /** DumpWrite json */
            json?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DumpWrite. */
        type $Shape = stadls.DumpWrite.$Properties;
    }

    /** BlockKind enum. */
    enum BlockKind {

        /** BLOCK_TIMER value */
        BLOCK_TIMER = 0,

        /** BLOCK_BARRIER value */
        BLOCK_BARRIER = 1,

        /** BLOCK_POLLING value */
        BLOCK_POLLING = 2
    }

    /**
     * Properties of a DumpBlock.
     * @deprecated Use stadls.DumpBlock.$Properties instead.
     */
    interface IDumpBlock extends stadls.DumpBlock.$Properties {
    }

    /** Represents a DumpBlock. */
    class DumpBlock {

        /**
         * Constructs a new DumpBlock.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.DumpBlock.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DumpBlock kind. */
        kind: stadls.BlockKind;

        /** DumpBlock value. */
        value: number;

        /**
         * Creates a new DumpBlock instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DumpBlock instance
         */
        static create(properties: stadls.DumpBlock.$Shape): stadls.DumpBlock & stadls.DumpBlock.$Shape;
        static create(properties?: stadls.DumpBlock.$Properties): stadls.DumpBlock;

        /**
         * Encodes the specified DumpBlock message. Does not implicitly {@link stadls.DumpBlock.verify|verify} messages.
         * @param message DumpBlock message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.DumpBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DumpBlock message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.DumpBlock & stadls.DumpBlock.$Shape} DumpBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.DumpBlock & stadls.DumpBlock.$Shape;

        /**
         * Creates a DumpBlock message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DumpBlock
         */
        static fromObject(object: { [k: string]: any }): stadls.DumpBlock;

        /**
         * Creates a plain object from a DumpBlock message. Also converts values to other types if specified.
         * @param message DumpBlock
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.DumpBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DumpBlock to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DumpBlock
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DumpBlock {

        /** Properties of a DumpBlock. */
        interface $Properties {

            /** DumpBlock kind */
            kind?: (stadls.BlockKind|null);

            /** DumpBlock value */
            value?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DumpBlock. */
        type $Shape = stadls.DumpBlock.$Properties;
    }

    /**
     * Properties of a DumpEntry.
     * @deprecated Use stadls.DumpEntry.$Properties instead.
     */
    interface IDumpEntry extends stadls.DumpEntry.$Properties {
    }

    /** Represents a DumpEntry. */
    class DumpEntry {

        /**
         * Constructs a new DumpEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.DumpEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DumpEntry write. */
        write?: (stadls.DumpWrite.$Properties|null);

        /** DumpEntry block. */
        block?: (stadls.DumpBlock.$Properties|null);

        /** DumpEntry message. */
        message?: (Uint8Array|null);

        /** DumpEntry entry. */
        entry?: ("write"|"block"|"message");

        /**
         * Creates a new DumpEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DumpEntry instance
         */
        static create(properties: stadls.DumpEntry.$Shape): stadls.DumpEntry & stadls.DumpEntry.$Shape;
        static create(properties?: stadls.DumpEntry.$Properties): stadls.DumpEntry;

        /**
         * Encodes the specified DumpEntry message. Does not implicitly {@link stadls.DumpEntry.verify|verify} messages.
         * @param message DumpEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.DumpEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DumpEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.DumpEntry & stadls.DumpEntry.$Shape} DumpEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.DumpEntry & stadls.DumpEntry.$Shape;

        /**
         * Creates a DumpEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DumpEntry
         */
        static fromObject(object: { [k: string]: any }): stadls.DumpEntry;

        /**
         * Creates a plain object from a DumpEntry message. Also converts values to other types if specified.
         * @param message DumpEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.DumpEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DumpEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for DumpEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace DumpEntry {

        /** Properties of a DumpEntry. */
        interface $Properties {

            /** DumpEntry write */
            write?: (stadls.DumpWrite.$Properties|null);

            /** DumpEntry block */
            block?: (stadls.DumpBlock.$Properties|null);

            /** DumpEntry message */
            message?: (Uint8Array|null);

            /** DumpEntry entry */
            entry?: ("write"|"block"|"message");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a DumpEntry. */
        type $Shape = {
          write?: stadls.DumpWrite.$Shape|null;
          block?: stadls.DumpBlock.$Shape|null;
          message?: Uint8Array|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ entry?: undefined; write?: null; block?: null; message?: null }|{ entry?: "write"; write: stadls.DumpWrite.$Shape; block?: null; message?: null }|{ entry?: "block"; write?: null; block: stadls.DumpBlock.$Shape; message?: null }|{ entry?: "message"; write?: null; block?: null; message: Uint8Array })
        );
    }

    /**
     * Properties of a Dump.
     * @deprecated Use stadls.Dump.$Properties instead.
     */
    interface IDump extends stadls.Dump.$Properties {
    }

    /** Represents a Dump. */
    class Dump {

        /**
         * Constructs a new Dump.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.Dump.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Dump formatVersion. */
        formatVersion: number;

        /** Dump entries. */
        entries: stadls.DumpEntry.$Properties[];

        /**
         * Creates a new Dump instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Dump instance
         */
        static create(properties: stadls.Dump.$Shape): stadls.Dump & stadls.Dump.$Shape;
        static create(properties?: stadls.Dump.$Properties): stadls.Dump;

        /**
         * Encodes the specified Dump message. Does not implicitly {@link stadls.Dump.verify|verify} messages.
         * @param message Dump message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.Dump.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Dump message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.Dump & stadls.Dump.$Shape} Dump
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.Dump & stadls.Dump.$Shape;

        /**
         * Creates a Dump message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Dump
         */
        static fromObject(object: { [k: string]: any }): stadls.Dump;

        /**
         * Creates a plain object from a Dump message. Also converts values to other types if specified.
         * @param message Dump
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.Dump, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Dump to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Dump
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Dump {

        /** Properties of a Dump. */
        interface $Properties {

            /** Dump formatVersion */
            formatVersion?: (number|null);

            /** Dump entries */
            entries?: (stadls.DumpEntry.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Dump. */
        type $Shape = {
          formatVersion?: number|null;
          entries?: stadls.DumpEntry.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Program.
     * @deprecated Use stadls.Program.$Properties instead.
     */
    interface IProgram extends stadls.Program.$Properties {
    }

    /** Represents a Program. */
    class Program {

        /**
         * Constructs a new Program.
         * @param [properties] Properties to set
         */
        constructor(properties?: stadls.Program.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Program formatVersion. */
        formatVersion: number;

        /** Program instructions. */
        instructions: Uint8Array;

        /** Program expectedOmnibus. */
        expectedOmnibus: number;

        /** Program expectedJtag. */
        expectedJtag: number;

        /** Program expectedLoopback. */
        expectedLoopback: number;

        /** Program unsupportedTargets. */
        unsupportedTargets: string[];

        /**
         * Creates a new Program instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Program instance
         */
        static create(properties: stadls.Program.$Shape): stadls.Program & stadls.Program.$Shape;
        static create(properties?: stadls.Program.$Properties): stadls.Program;

        /**
         * Encodes the specified Program message. Does not implicitly {@link stadls.Program.verify|verify} messages.
         * @param message Program message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: stadls.Program.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Program message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {stadls.Program & stadls.Program.$Shape} Program
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): stadls.Program & stadls.Program.$Shape;

        /**
         * Creates a Program message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Program
         */
        static fromObject(object: { [k: string]: any }): stadls.Program;

        /**
         * Creates a plain object from a Program message. Also converts values to other types if specified.
         * @param message Program
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: stadls.Program, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Program to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Program
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Program {

        /** Properties of a Program. */
        interface $Properties {

            /** Program formatVersion */
            formatVersion?: (number|null);

            /** Program instructions */
            instructions?: (Uint8Array|null);

            /** Program expectedOmnibus */
            expectedOmnibus?: (number|null);

            /** Program expectedJtag */
            expectedJtag?: (number|null);

            /** Program expectedLoopback */
            expectedLoopback?: (number|null);

            /** Program unsupportedTargets */
            unsupportedTargets?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Program. */
        type $Shape = stadls.Program.$Properties;
    }
}
