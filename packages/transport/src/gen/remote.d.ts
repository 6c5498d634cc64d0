import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace bss2. */
export namespace bss2 {

    /** Namespace remote. */
    namespace remote {

        /** RequestKind enum. */
        enum RequestKind {

            /** EXECUTE value */
            EXECUTE = 0,

            /** INFO value */
            INFO = 1,

            /** CANCEL value */
            CANCEL = 2
        }

        /**
         * Properties of an ExecuteOptions.
         * @deprecated Use bss2.remote.ExecuteOptions.$Properties instead.
         */
        interface IExecuteOptions extends bss2.remote.ExecuteOptions.$Properties {
        }

        /** Represents an ExecuteOptions. */
        class ExecuteOptions {

            /**
             * Constructs a new ExecuteOptions.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.ExecuteOptions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExecuteOptions timeoutMs. */
            timeoutMs: number;

            /**
             * Creates a new ExecuteOptions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExecuteOptions instance
             */
            static create(properties: bss2.remote.ExecuteOptions.$Shape): bss2.remote.ExecuteOptions & bss2.remote.ExecuteOptions.$Shape;
            static create(properties?: bss2.remote.ExecuteOptions.$Properties): bss2.remote.ExecuteOptions;

            /**
             * Encodes the specified ExecuteOptions message. Does not implicitly {@link bss2.remote.ExecuteOptions.verify|verify} messages.
             * @param message ExecuteOptions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.ExecuteOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExecuteOptions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.ExecuteOptions & bss2.remote.ExecuteOptions.$Shape} ExecuteOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.ExecuteOptions & bss2.remote.ExecuteOptions.$Shape;

            /**
             * Gets the type url for ExecuteOptions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecuteOptions {

            /** Properties of an ExecuteOptions. */
            interface $Properties {

                /** ExecuteOptions timeoutMs */
                timeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExecuteOptions. */
            type $Shape = bss2.remote.ExecuteOptions.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use bss2.remote.Request.$Properties instead.
         */
        interface IRequest extends bss2.remote.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request id. */
            id: number;

            /** Request kind. */
            kind: bss2.remote.RequestKind;

            /** Request program. */
            program: Uint8Array;

            /** Request options. */
            options?: (bss2.remote.ExecuteOptions.$Properties|null);

            /** Request user. */
            user: string;

            /** Request cancelId. */
            cancelId: number;

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: bss2.remote.Request.$Shape): bss2.remote.Request & bss2.remote.Request.$Shape;
            static create(properties?: bss2.remote.Request.$Properties): bss2.remote.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link bss2.remote.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.Request & bss2.remote.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.Request & bss2.remote.Request.$Shape;

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request id */
                id?: (number|null);

                /** Request kind */
                kind?: (bss2.remote.RequestKind|null);

                /** Request program */
                program?: (Uint8Array|null);

                /** Request options */
                options?: (bss2.remote.ExecuteOptions.$Properties|null);

                /** Request user */
                user?: (string|null);

                /** Request cancelId */
                cancelId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = bss2.remote.Request.$Properties;
        }

        /**
         * Properties of a TimeInfo.
         * @deprecated Use bss2.remote.TimeInfo.$Properties instead.
         */
        interface ITimeInfo extends bss2.remote.TimeInfo.$Properties {
        }

        /** Represents a TimeInfo. */
        class TimeInfo {

            /**
             * Constructs a new TimeInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.TimeInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TimeInfo encodeNs. */
            encodeNs: number;

            /** TimeInfo decodeNs. */
            decodeNs: number;

            /** TimeInfo commitNs. */
            commitNs: number;

            /** TimeInfo executionNs. */
            executionNs: number;

            /**
             * Creates a new TimeInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeInfo instance
             */
            static create(properties: bss2.remote.TimeInfo.$Shape): bss2.remote.TimeInfo & bss2.remote.TimeInfo.$Shape;
            static create(properties?: bss2.remote.TimeInfo.$Properties): bss2.remote.TimeInfo;

            /**
             * Encodes the specified TimeInfo message. Does not implicitly {@link bss2.remote.TimeInfo.verify|verify} messages.
             * @param message TimeInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.TimeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.TimeInfo & bss2.remote.TimeInfo.$Shape} TimeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.TimeInfo & bss2.remote.TimeInfo.$Shape;

            /**
             * Gets the type url for TimeInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeInfo {

            /** Properties of a TimeInfo. */
            interface $Properties {

                /** TimeInfo encodeNs */
                encodeNs?: (number|null);

                /** TimeInfo decodeNs */
                decodeNs?: (number|null);

                /** TimeInfo commitNs */
                commitNs?: (number|null);

                /** TimeInfo executionNs */
                executionNs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeInfo. */
            type $Shape = bss2.remote.TimeInfo.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use bss2.remote.Error.$Properties instead.
         */
        interface IError extends bss2.remote.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error name. */
            name: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: bss2.remote.Error.$Shape): bss2.remote.Error & bss2.remote.Error.$Shape;
            static create(properties?: bss2.remote.Error.$Properties): bss2.remote.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link bss2.remote.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.Error & bss2.remote.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.Error & bss2.remote.Error.$Shape;

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = bss2.remote.Error.$Properties;
        }

        /**
         * Properties of a BackendInfo.
         * @deprecated Use bss2.remote.BackendInfo.$Properties instead.
         */
        interface IBackendInfo extends bss2.remote.BackendInfo.$Properties {
        }

        /** Represents a BackendInfo. */
        class BackendInfo {

            /**
             * Constructs a new BackendInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.BackendInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BackendInfo name. */
            name: string;

            /** BackendInfo supportedTargets. */
            supportedTargets: string[];

            /** BackendInfo uniqueIdentifier. */
            uniqueIdentifier: string;

            /** BackendInfo bitfileInfo. */
            bitfileInfo: string;

            /** BackendInfo maxProgramBytes. */
            maxProgramBytes: number;

            /** BackendInfo serverVersion. */
            serverVersion: string;

            /**
             * Creates a new BackendInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BackendInfo instance
             */
            static create(properties: bss2.remote.BackendInfo.$Shape): bss2.remote.BackendInfo & bss2.remote.BackendInfo.$Shape;
            static create(properties?: bss2.remote.BackendInfo.$Properties): bss2.remote.BackendInfo;

            /**
             * Encodes the specified BackendInfo message. Does not implicitly {@link bss2.remote.BackendInfo.verify|verify} messages.
             * @param message BackendInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.BackendInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BackendInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.BackendInfo & bss2.remote.BackendInfo.$Shape} BackendInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.BackendInfo & bss2.remote.BackendInfo.$Shape;

            /**
             * Gets the type url for BackendInfo
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BackendInfo {

            /** Properties of a BackendInfo. */
            interface $Properties {

                /** BackendInfo name */
                name?: (string|null);

                /** BackendInfo supportedTargets */
                supportedTargets?: (string[]|null);

                /** BackendInfo uniqueIdentifier */
                uniqueIdentifier?: (string|null);

                /** BackendInfo bitfileInfo */
                bitfileInfo?: (string|null);

                /** BackendInfo maxProgramBytes */
                maxProgramBytes?: (number|null);

                /** BackendInfo serverVersion */
                serverVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BackendInfo. */
            type $Shape = bss2.remote.BackendInfo.$Properties;
        }

        /**
         * Properties of a Response.
         * @deprecated Use bss2.remote.Response.$Properties instead.
         */
        interface IResponse extends bss2.remote.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: bss2.remote.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response id. */
            id: number;

            /** Response responses. */
            responses: Uint8Array;

            /** Response timeInfo. */
            timeInfo?: (bss2.remote.TimeInfo.$Properties|null);

            /** Response error. */
            error?: (bss2.remote.Error.$Properties|null);

            /** Response info. */
            info?: (bss2.remote.BackendInfo.$Properties|null);

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: bss2.remote.Response.$Shape): bss2.remote.Response & bss2.remote.Response.$Shape;
            static create(properties?: bss2.remote.Response.$Properties): bss2.remote.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link bss2.remote.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: bss2.remote.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {bss2.remote.Response & bss2.remote.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): bss2.remote.Response & bss2.remote.Response.$Shape;

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response id */
                id?: (number|null);

                /** Response responses */
                responses?: (Uint8Array|null);

                /** Response timeInfo */
                timeInfo?: (bss2.remote.TimeInfo.$Properties|null);

                /** Response error */
                error?: (bss2.remote.Error.$Properties|null);

                /** Response info */
                info?: (bss2.remote.BackendInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Response. */
            type $Shape = bss2.remote.Response.$Properties;
        }
    }
}
