/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["bss2cli"] || ($protobuf.roots["bss2cli"] = {});

export const bss2 = $root.bss2 = (() => {

    /**
     * Namespace bss2.
     * @exports bss2
     * @namespace
     */
    const bss2 = {};

    bss2.dump = (function() {

        /**
         * Namespace dump.
         * @memberof bss2
         * @namespace
         */
        const dump = {};

        dump.ProgramDump = (function() {

            /**
             * Properties of a ProgramDump.
             * @typedef {Object} bss2.dump.ProgramDump.$Properties
             * @property {number|null} [version] ProgramDump version
             * @property {Uint8Array|null} [toFpga] ProgramDump toFpga
             * @property {Uint8Array|null} [fromFpga] ProgramDump fromFpga
             * @property {string|null} [description] ProgramDump description
             * @property {string|null} [backend] ProgramDump backend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProgramDump.
             * @memberof bss2.dump
             * @interface IProgramDump
             * @augments bss2.dump.ProgramDump.$Properties
             * @deprecated Use bss2.dump.ProgramDump.$Properties instead.
             */

            /**
             * Shape of a ProgramDump.
             * @typedef {bss2.dump.ProgramDump.$Properties} bss2.dump.ProgramDump.$Shape
             */

            /**
             * Constructs a new ProgramDump.
             * @memberof bss2.dump
             * @classdesc Represents a ProgramDump.
             * @constructor
             * @param {bss2.dump.ProgramDump.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProgramDump = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProgramDump version.
             * @member {number} version
             * @memberof bss2.dump.ProgramDump
             * @instance
             */
            ProgramDump.prototype.version = 0;

            /**
             * ProgramDump toFpga.
             * @member {Uint8Array} toFpga
             * @memberof bss2.dump.ProgramDump
             * @instance
             */
            ProgramDump.prototype.toFpga = $util.newBuffer([]);

            /**
             * ProgramDump fromFpga.
             * @member {Uint8Array} fromFpga
             * @memberof bss2.dump.ProgramDump
             * @instance
             */
            ProgramDump.prototype.fromFpga = $util.newBuffer([]);

            /**
             * ProgramDump description.
             * @member {string} description
             * @memberof bss2.dump.ProgramDump
             * @instance
             */
            ProgramDump.prototype.description = "";

            /**
             * ProgramDump backend.
             * @member {string} backend
             * @memberof bss2.dump.ProgramDump
             * @instance
             */
            ProgramDump.prototype.backend = "";

            /**
             * Creates a new ProgramDump instance using the specified properties.
             * @function create
             * @memberof bss2.dump.ProgramDump
             * @static
             * @param {bss2.dump.ProgramDump.$Properties=} [properties] Properties to set
             * @returns {bss2.dump.ProgramDump} ProgramDump instance
             * @type {{
             *   (properties: bss2.dump.ProgramDump.$Shape): bss2.dump.ProgramDump & bss2.dump.ProgramDump.$Shape;
             *   (properties?: bss2.dump.ProgramDump.$Properties): bss2.dump.ProgramDump;
             * }}
             */
            ProgramDump.create = function(properties) {
                return new ProgramDump(properties);
            };

            /**
             * Encodes the specified ProgramDump message. Does not implicitly {@link bss2.dump.ProgramDump.verify|verify} messages.
             * @function encode
             * @memberof bss2.dump.ProgramDump
             * @static
             * @param {bss2.dump.ProgramDump.$Properties} message ProgramDump message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProgramDump.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.toFpga != null && $Object.hasOwnProperty.call(message, "toFpga") && message.toFpga.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.toFpga);
                if (message.fromFpga != null && $Object.hasOwnProperty.call(message, "fromFpga") && message.fromFpga.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.fromFpga);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.backend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProgramDump message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.dump.ProgramDump
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.dump.ProgramDump & bss2.dump.ProgramDump.$Shape} ProgramDump
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProgramDump.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.bss2.dump.ProgramDump();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.toFpga = value;
                            else
                                delete message.toFpga;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fromFpga = value;
                            else
                                delete message.fromFpga;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProgramDump
             * @function getTypeUrl
             * @memberof bss2.dump.ProgramDump
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProgramDump.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.dump.ProgramDump";
            };

            return ProgramDump;
        })();

        return dump;
    })();

    return bss2;
})();

export {
  $root as default
};
