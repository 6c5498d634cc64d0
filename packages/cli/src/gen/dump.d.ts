import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bss2. */
export namespace bss2 {

    /** Namespace dump. */
    namespace dump {

        /**
         * Properties of a ProgramDump.
         * @deprecated Use bss2.dump.ProgramDump.$Properties instead.
         */
        interface IProgramDump extends bss2.dump.ProgramDump.$Properties {
        }

        /** Represents a ProgramDump. */
        class ProgramDump {

            /**
             * Constructs a new ProgramDump.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.dump.ProgramDump.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProgramDump version. */
            version: number;

            /** ProgramDump toFpga. */
            toFpga: Uint8Array;

            /** ProgramDump fromFpga. */
            fromFpga: Uint8Array;

            /** ProgramDump description. */
            description: string;

            /** ProgramDump backend. */
            backend: string;

            /**
             * Creates a new ProgramDump instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProgramDump instance
             */
            static create(properties: bss2.dump.ProgramDump.$Shape): bss2.dump.ProgramDump & bss2.dump.ProgramDump.$Shape;
            static create(properties?: bss2.dump.ProgramDump.$Properties): bss2.dump.ProgramDump;

            /**
             * Encodes the specified ProgramDump message. Does not implicitly {@link bss2.dump.ProgramDump.verify|verify} messages.
             * @param message ProgramDump message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.dump.ProgramDump.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProgramDump message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.dump.ProgramDump & bss2.dump.ProgramDump.$Shape} ProgramDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.dump.ProgramDump & bss2.dump.ProgramDump.$Shape;

            /**
             * Gets the type url for ProgramDump
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProgramDump {

            /** Properties of a ProgramDump. */
            interface $Properties {

                /** ProgramDump version */
                version?: (number|null);

                /** ProgramDump toFpga */
                toFpga?: (Uint8Array|null);

                /** ProgramDump fromFpga */
                fromFpga?: (Uint8Array|null);

                /** ProgramDump description */
                description?: (string|null);

                /** ProgramDump backend */
                backend?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProgramDump. */
            type $Shape = bss2.dump.ProgramDump.$Properties;
        }
    }
}
