/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["stadls"] || ($protobuf.roots["stadls"] = {});

export const stadls = $root.stadls = (() => {

    /**
     * Namespace stadls.
     * @exports stadls
     * @namespace
     */
    const stadls = {};

    stadls.ChipConfig = (function() {

        /**
         * Properties of a ChipConfig.
         * @typedef {Object} stadls.ChipConfig.$Properties
         * @property {number|null} [formatVersion] ChipConfig formatVersion
         * @property {number|null} [wordCount] ChipConfig wordCount
         * @property {Uint8Array|null} [words] ChipConfig words
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ChipConfig.
         * @memberof stadls
         * @interface IChipConfig
         * @augments stadls.ChipConfig.$Properties
         * @deprecated Use stadls.ChipConfig.$Properties instead.
         */

        /**
         * Shape of a ChipConfig.
         * @typedef {stadls.ChipConfig.$Properties} stadls.ChipConfig.$Shape
         */

        /**
         * Constructs a new ChipConfig.
         * @memberof stadls
         * @classdesc Represents a ChipConfig.
         * @constructor
         * @param {stadls.ChipConfig.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ChipConfig = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ChipConfig formatVersion.
         * @member {number} formatVersion
         * @memberof stadls.ChipConfig
         * @instance
         */
        ChipConfig.prototype.formatVersion = 0;

        /**
         * ChipConfig wordCount.
         * @member {number} wordCount
         * @memberof stadls.ChipConfig
         * @instance
         */
        ChipConfig.prototype.wordCount = 0;

        /**
         * ChipConfig words.
         * @member {Uint8Array} words
         * @memberof stadls.ChipConfig
         * @instance
         */
        ChipConfig.prototype.words = $util.newBuffer([]);

        /**
         * Creates a new ChipConfig instance using the specified properties.
         * @function create
         * @memberof stadls.ChipConfig
         * @static
         * @param {stadls.ChipConfig.$Properties=} [properties] Properties to set
         * @returns {stadls.ChipConfig} ChipConfig instance
         * @type {{
         *   (properties: stadls.ChipConfig.$Shape): stadls.ChipConfig & stadls.ChipConfig.$Shape;
         *   (properties?: stadls.ChipConfig.$Properties): stadls.ChipConfig;
         * }}
         */
        ChipConfig.create = function(properties) {
            return new ChipConfig(properties);
        };

        /**
         * Encodes the specified ChipConfig message. Does not implicitly {@link stadls.ChipConfig.verify|verify} messages.
         * @function encode
         * @memberof stadls.ChipConfig
         * @static
         * @param {stadls.ChipConfig.$Properties} message ChipConfig message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChipConfig.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
            if (message.wordCount != null && $Object.hasOwnProperty.call(message, "wordCount") && message.wordCount !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.wordCount);
            if (message.words != null && $Object.hasOwnProperty.call(message, "words") && message.words.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.words);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ChipConfig message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.ChipConfig
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.ChipConfig & stadls.ChipConfig.$Shape} ChipConfig
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChipConfig.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.stadls.ChipConfig();
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
                            message.formatVersion = value;
                        else
                            delete message.formatVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.wordCount = value;
                        else
                            delete message.wordCount;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.words = value;
                        else
                            delete message.words;
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
         * Creates a ChipConfig message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.ChipConfig
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.ChipConfig} ChipConfig
         */
        ChipConfig.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.ChipConfig)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.ChipConfig: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.ChipConfig();
            if (object.formatVersion != null)
                if ($Number(object.formatVersion) !== 0)
                    message.formatVersion = object.formatVersion >>> 0;
            if (object.wordCount != null)
                if ($Number(object.wordCount) !== 0)
                    message.wordCount = object.wordCount >>> 0;
            if (object.words != null)
                if (object.words.length)
                    if (typeof object.words === "string")
                        $util.base64.decode(object.words, message.words = $util.newBuffer($util.base64.length(object.words)), 0);
                    else if (object.words.length >= 0)
                        message.words = object.words;
            return message;
        };

        /**
         * Creates a plain object from a ChipConfig message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.ChipConfig
         * @static
         * @param {stadls.ChipConfig} message ChipConfig
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ChipConfig.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.formatVersion = 0;
                object.wordCount = 0;
                if (options.bytes === $String)
                    object.words = "";
                else {
                    object.words = [];
                    if (options.bytes !== $Array)
                        object.words = $util.newBuffer(object.words);
                }
            }
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                object.formatVersion = message.formatVersion;
            if (message.wordCount != null && $Object.hasOwnProperty.call(message, "wordCount"))
                object.wordCount = message.wordCount;
            if (message.words != null && $Object.hasOwnProperty.call(message, "words"))
                object.words = options.bytes === $String ? $util.base64.encode(message.words, 0, message.words.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.words) : message.words;
            return object;
        };

        /**
         * Converts this ChipConfig to JSON.
         * @function toJSON
         * @memberof stadls.ChipConfig
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ChipConfig.prototype.toJSON = function() {
            return ChipConfig.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ChipConfig
         * @function getTypeUrl
         * @memberof stadls.ChipConfig
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ChipConfig.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.ChipConfig";
        };

        return ChipConfig;
    })();

    stadls.DumpWrite = (function() {

        /**
         * Properties of a DumpWrite.
         * @typedef {Object} stadls.DumpWrite.$Properties
         * @property {string|null} [containerType] DumpWrite containerType
         * @property {string|null} [coordinateType] DumpWrite coordinateType
         * @property {number|null} [coordinateEnum] DumpWrite coordinateEnum
         * @property {Uint8Array|null} [addresses] DumpWrite addresses
         * @property {Uint8Array|null} [words] DumpWrite words
         * @property {Uint8Array|null} [messages] DumpWrite messages
         * @property {string|null} [json] DumpWrite json
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DumpWrite.
         * @memberof stadls
         * @interface IDumpWrite
         * @augments stadls.DumpWrite.$Properties
         * @deprecated Use stadls.DumpWrite.$Properties instead.
         */

        /**
         * Shape of a DumpWrite.
         * @typedef {stadls.DumpWrite.$Properties} stadls.DumpWrite.$Shape
         */

        /**
         * Constructs a new DumpWrite.
         * @memberof stadls
         * @classdesc Represents a DumpWrite.
         * @constructor
         * @param {stadls.DumpWrite.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DumpWrite = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DumpWrite containerType.
         * @member {string} containerType
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.containerType = "";

        /**
         * DumpWrite coordinateType.
         * @member {string} coordinateType
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.coordinateType = "";

        /**
         * DumpWrite coordinateEnum.
         * @member {number} coordinateEnum
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.coordinateEnum = 0;

        /**
         * DumpWrite addresses.
         * @member {Uint8Array} addresses
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.addresses = $util.newBuffer([]);

        /**
         * DumpWrite words.
         * @member {Uint8Array} words
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.words = $util.newBuffer([]);

        /**
         * DumpWrite messages.
         * @member {Uint8Array} messages
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.messages = $util.newBuffer([]);

        /**
         * DumpWrite json.
         * @member {string} json
         * @memberof stadls.DumpWrite
         * @instance
         */
        DumpWrite.prototype.json = "";

        /**
         * Creates a new DumpWrite instance using the specified properties.
         * @function create
         * @memberof stadls.DumpWrite
         * @static
         * @param {stadls.DumpWrite.$Properties=} [properties] Properties to set
         * @returns {stadls.DumpWrite} DumpWrite instance
         * @type {{
         *   (properties: stadls.DumpWrite.$Shape): stadls.DumpWrite & stadls.DumpWrite.$Shape;
         *   (properties?: stadls.DumpWrite.$Properties): stadls.DumpWrite;
         * }}
         */
        DumpWrite.create = function(properties) {
            return new DumpWrite(properties);
        };

        /**
         * Encodes the specified DumpWrite message. Does not implicitly {@link stadls.DumpWrite.verify|verify} messages.
         * @function encode
         * @memberof stadls.DumpWrite
         * @static
         * @param {stadls.DumpWrite.$Properties} message DumpWrite message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DumpWrite.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.containerType != null && $Object.hasOwnProperty.call(message, "containerType") && message.containerType !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerType);
            if (message.coordinateType != null && $Object.hasOwnProperty.call(message, "coordinateType") && message.coordinateType !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinateType);
            if (message.coordinateEnum != null && $Object.hasOwnProperty.call(message, "coordinateEnum") && message.coordinateEnum !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.coordinateEnum);
            if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses") && message.addresses.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.addresses);
            if (message.words != null && $Object.hasOwnProperty.call(message, "words") && message.words.length)
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.words);
            if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && message.messages.length)
                writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.messages);
            if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json !== "")
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.json);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DumpWrite message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.DumpWrite
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.DumpWrite & stadls.DumpWrite.$Shape} DumpWrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DumpWrite.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.stadls.DumpWrite();
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
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.containerType = value;
                        else
                            delete message.containerType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.coordinateType = value;
                        else
                            delete message.coordinateType;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.coordinateEnum = value;
                        else
                            delete message.coordinateEnum;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.addresses = value;
                        else
                            delete message.addresses;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.words = value;
                        else
                            delete message.words;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.messages = value;
                        else
                            delete message.messages;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.json = value;
                        else
                            delete message.json;
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
         * Creates a DumpWrite message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.DumpWrite
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.DumpWrite} DumpWrite
         */
        DumpWrite.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.DumpWrite)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.DumpWrite: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.DumpWrite();
            if (object.containerType != null)
                if (typeof object.containerType !== "string" || object.containerType.length)
                    message.containerType = $String(object.containerType);
            if (object.coordinateType != null)
                if (typeof object.coordinateType !== "string" || object.coordinateType.length)
                    message.coordinateType = $String(object.coordinateType);
            if (object.coordinateEnum != null)
                if ($Number(object.coordinateEnum) !== 0)
                    message.coordinateEnum = object.coordinateEnum >>> 0;
            if (object.addresses != null)
                if (object.addresses.length)
                    if (typeof object.addresses === "string")
                        $util.base64.decode(object.addresses, message.addresses = $util.newBuffer($util.base64.length(object.addresses)), 0);
                    else if (object.addresses.length >= 0)
                        message.addresses = object.addresses;
            if (object.words != null)
                if (object.words.length)
                    if (typeof object.words === "string")
                        $util.base64.decode(object.words, message.words = $util.newBuffer($util.base64.length(object.words)), 0);
                    else if (object.words.length >= 0)
                        message.words = object.words;
            if (object.messages != null)
                if (object.messages.length)
                    if (typeof object.messages === "string")
                        $util.base64.decode(object.messages, message.messages = $util.newBuffer($util.base64.length(object.messages)), 0);
                    else if (object.messages.length >= 0)
                        message.messages = object.messages;
            if (object.json != null)
                if (typeof object.json !== "string" || object.json.length)
                    message.json = $String(object.json);
            return message;
        };

        /**
         * Creates a plain object from a DumpWrite message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.DumpWrite
         * @static
         * @param {stadls.DumpWrite} message DumpWrite
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DumpWrite.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.containerType = "";
                object.coordinateType = "";
                object.coordinateEnum = 0;
                if (options.bytes === $String)
                    object.addresses = "";
                else {
                    object.addresses = [];
                    if (options.bytes !== $Array)
                        object.addresses = $util.newBuffer(object.addresses);
                }
                if (options.bytes === $String)
                    object.words = "";
                else {
                    object.words = [];
                    if (options.bytes !== $Array)
                        object.words = $util.newBuffer(object.words);
                }
                if (options.bytes === $String)
                    object.messages = "";
                else {
                    object.messages = [];
                    if (options.bytes !== $Array)
                        object.messages = $util.newBuffer(object.messages);
                }
                object.json = "";
            }
            if (message.containerType != null && $Object.hasOwnProperty.call(message, "containerType"))
                object.containerType = message.containerType;
            if (message.coordinateType != null && $Object.hasOwnProperty.call(message, "coordinateType"))
                object.coordinateType = message.coordinateType;
            if (message.coordinateEnum != null && $Object.hasOwnProperty.call(message, "coordinateEnum"))
                object.coordinateEnum = message.coordinateEnum;
            if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses"))
                object.addresses = options.bytes === $String ? $util.base64.encode(message.addresses, 0, message.addresses.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.addresses) : message.addresses;
            if (message.words != null && $Object.hasOwnProperty.call(message, "words"))
                object.words = options.bytes === $String ? $util.base64.encode(message.words, 0, message.words.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.words) : message.words;
            if (message.messages != null && $Object.hasOwnProperty.call(message, "messages"))
                object.messages = options.bytes === $String ? $util.base64.encode(message.messages, 0, message.messages.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.messages) : message.messages;
            if (message.json != null && $Object.hasOwnProperty.call(message, "json"))
                object.json = message.json;
            return object;
        };

        /**
         * Converts this DumpWrite to JSON.
         * @function toJSON
         * @memberof stadls.DumpWrite
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DumpWrite.prototype.toJSON = function() {
            return DumpWrite.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DumpWrite
         * @function getTypeUrl
         * @memberof stadls.DumpWrite
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DumpWrite.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.DumpWrite";
        };

        return DumpWrite;
    })();

    /**
     * BlockKind enum.
     * @name stadls.BlockKind
     * @enum {number}
     * @property {number} BLOCK_TIMER=0 BLOCK_TIMER value
     * @property {number} BLOCK_BARRIER=1 BLOCK_BARRIER value
     * @property {number} BLOCK_POLLING=2 BLOCK_POLLING value
     */
    stadls.BlockKind = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BLOCK_TIMER"] = 0;
        values[valuesById[1] = "BLOCK_BARRIER"] = 1;
        values[valuesById[2] = "BLOCK_POLLING"] = 2;
        return values;
    })();

    stadls.DumpBlock = (function() {

        /**
         * Properties of a DumpBlock.
         * @typedef {Object} stadls.DumpBlock.$Properties
         * @property {stadls.BlockKind|null} [kind] DumpBlock kind
         * @property {number|null} [value] DumpBlock value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DumpBlock.
         * @memberof stadls
         * @interface IDumpBlock
         * @augments stadls.DumpBlock.$Properties
         * @deprecated Use stadls.DumpBlock.$Properties instead.
         */

        /**
         * Shape of a DumpBlock.
         * @typedef {stadls.DumpBlock.$Properties} stadls.DumpBlock.$Shape
         */

        /**
         * Constructs a new DumpBlock.
         * @memberof stadls
         * @classdesc Represents a DumpBlock.
         * @constructor
         * @param {stadls.DumpBlock.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DumpBlock = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DumpBlock kind.
         * @member {stadls.BlockKind} kind
         * @memberof stadls.DumpBlock
         * @instance
         */
        DumpBlock.prototype.kind = 0;

        /**
         * DumpBlock value.
         * @member {number} value
         * @memberof stadls.DumpBlock
         * @instance
         */
        DumpBlock.prototype.value = 0;

        /**
         * Creates a new DumpBlock instance using the specified properties.
         * @function create
         * @memberof stadls.DumpBlock
         * @static
         * @param {stadls.DumpBlock.$Properties=} [properties] Properties to set
         * @returns {stadls.DumpBlock} DumpBlock instance
         * @type {{
         *   (properties: stadls.DumpBlock.$Shape): stadls.DumpBlock & stadls.DumpBlock.$Shape;
         *   (properties?: stadls.DumpBlock.$Properties): stadls.DumpBlock;
         * }}
         */
        DumpBlock.create = function(properties) {
            return new DumpBlock(properties);
        };

        /**
         * Encodes the specified DumpBlock message. Does not implicitly {@link stadls.DumpBlock.verify|verify} messages.
         * @function encode
         * @memberof stadls.DumpBlock
         * @static
         * @param {stadls.DumpBlock.$Properties} message DumpBlock message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DumpBlock.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DumpBlock message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.DumpBlock
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.DumpBlock & stadls.DumpBlock.$Shape} DumpBlock
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DumpBlock.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.stadls.DumpBlock();
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
                        if (value = reader.int32())
                            message.kind = value;
                        else
                            delete message.kind;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.value = value;
                        else
                            delete message.value;
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
         * Creates a DumpBlock message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.DumpBlock
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.DumpBlock} DumpBlock
         */
        DumpBlock.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.DumpBlock)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.DumpBlock: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.DumpBlock();
            if (object.kind !== 0 && (typeof object.kind !== "string" || $root.stadls.BlockKind[object.kind] !== 0))
                switch (object.kind) {
                case "BLOCK_TIMER":
                case 0:
                    message.kind = 0;
                    break;
                case "BLOCK_BARRIER":
                case 1:
                    message.kind = 1;
                    break;
                case "BLOCK_POLLING":
                case 2:
                    message.kind = 2;
                    break;
                default:
                    if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                        message.kind = object.kind;
                }
            if (object.value != null)
                if ($Number(object.value) !== 0)
                    message.value = object.value >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a DumpBlock message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.DumpBlock
         * @static
         * @param {stadls.DumpBlock} message DumpBlock
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DumpBlock.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.kind = options.enums === $String ? "BLOCK_TIMER" : 0;
                object.value = 0;
            }
            if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                object.kind = options.enums === $String ? $root.stadls.BlockKind[message.kind] === $undefined ? message.kind : $root.stadls.BlockKind[message.kind] : message.kind;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        /**
         * Converts this DumpBlock to JSON.
         * @function toJSON
         * @memberof stadls.DumpBlock
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DumpBlock.prototype.toJSON = function() {
            return DumpBlock.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DumpBlock
         * @function getTypeUrl
         * @memberof stadls.DumpBlock
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DumpBlock.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.DumpBlock";
        };

        return DumpBlock;
    })();

    stadls.DumpEntry = (function() {

        /**
         * Properties of a DumpEntry.
         * @typedef {Object} stadls.DumpEntry.$Properties
         * @property {stadls.DumpWrite.$Properties|null} [write] DumpEntry write
         * @property {stadls.DumpBlock.$Properties|null} [block] DumpEntry block
         * @property {Uint8Array|null} [message] DumpEntry message
         * @property {"write"|"block"|"message"} [entry] DumpEntry entry
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DumpEntry.
         * @memberof stadls
         * @interface IDumpEntry
         * @augments stadls.DumpEntry.$Properties
         * @deprecated Use stadls.DumpEntry.$Properties instead.
         */

        /**
         * Narrowed shape of a DumpEntry.
         * @typedef {{
         *   write?: stadls.DumpWrite.$Shape|null;
         *   block?: stadls.DumpBlock.$Shape|null;
         *   message?: Uint8Array|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ entry?: undefined; write?: null; block?: null; message?: null }|{ entry?: "write"; write: stadls.DumpWrite.$Shape; block?: null; message?: null }|{ entry?: "block"; write?: null; block: stadls.DumpBlock.$Shape; message?: null }|{ entry?: "message"; write?: null; block?: null; message: Uint8Array })
         * )} stadls.DumpEntry.$Shape
         */

        /**
         * Constructs a new DumpEntry.
         * @memberof stadls
         * @classdesc Represents a DumpEntry.
         * @constructor
         * @param {stadls.DumpEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DumpEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DumpEntry write.
         * @member {stadls.DumpWrite.$Properties|null|undefined} write
         * @memberof stadls.DumpEntry
         * @instance
         */
        DumpEntry.prototype.write = null;

        /**
         * DumpEntry block.
         * @member {stadls.DumpBlock.$Properties|null|undefined} block
         * @memberof stadls.DumpEntry
         * @instance
         */
        DumpEntry.prototype.block = null;

        /**
         * DumpEntry message.
         * @member {Uint8Array|null|undefined} message
         * @memberof stadls.DumpEntry
         * @instance
         */
        DumpEntry.prototype.message = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * DumpEntry entry.
         * @member {"write"|"block"|"message"|undefined} entry
         * @memberof stadls.DumpEntry
         * @instance
         */
        $Object.defineProperty(DumpEntry.prototype, "entry", {
            get: $util.oneOfGetter($oneOfFields = ["write", "block", "message"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new DumpEntry instance using the specified properties.
         * @function create
         * @memberof stadls.DumpEntry
         * @static
         * @param {stadls.DumpEntry.$Properties=} [properties] Properties to set
         * @returns {stadls.DumpEntry} DumpEntry instance
         * @type {{
         *   (properties: stadls.DumpEntry.$Shape): stadls.DumpEntry & stadls.DumpEntry.$Shape;
         *   (properties?: stadls.DumpEntry.$Properties): stadls.DumpEntry;
         * }}
         */
        DumpEntry.create = function(properties) {
            return new DumpEntry(properties);
        };

        /**
         * Encodes the specified DumpEntry message. Does not implicitly {@link stadls.DumpEntry.verify|verify} messages.
         * @function encode
         * @memberof stadls.DumpEntry
         * @static
         * @param {stadls.DumpEntry.$Properties} message DumpEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DumpEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.write != null && $Object.hasOwnProperty.call(message, "write"))
                $root.stadls.DumpWrite.encode(message.write, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                $root.stadls.DumpBlock.encode(message.block, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.message);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DumpEntry message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.DumpEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.DumpEntry & stadls.DumpEntry.$Shape} DumpEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DumpEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.stadls.DumpEntry();
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
                        if (wireType !== 2)
                            break;
                        message.write = $root.stadls.DumpWrite.decode(reader, reader.size(), $undefined, _depth + 1, message.write);
                        message.entry = "write";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.block = $root.stadls.DumpBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                        message.entry = "block";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.message = reader.bytes();
                        message.entry = "message";
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
         * Creates a DumpEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.DumpEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.DumpEntry} DumpEntry
         */
        DumpEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.DumpEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.DumpEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.DumpEntry();
            if (object.write != null) {
                if (!$util.isObject(object.write))
                    throw $TypeError(".stadls.DumpEntry.write: object expected");
                message.write = $root.stadls.DumpWrite.fromObject(object.write, _depth + 1);
            }
            if (object.block != null) {
                if (!$util.isObject(object.block))
                    throw $TypeError(".stadls.DumpEntry.block: object expected");
                message.block = $root.stadls.DumpBlock.fromObject(object.block, _depth + 1);
            }
            if (object.message != null)
                if (typeof object.message === "string")
                    $util.base64.decode(object.message, message.message = $util.newBuffer($util.base64.length(object.message)), 0);
                else if (object.message.length >= 0)
                    message.message = object.message;
            return message;
        };

        /**
         * Creates a plain object from a DumpEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.DumpEntry
         * @static
         * @param {stadls.DumpEntry} message DumpEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DumpEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.write != null && $Object.hasOwnProperty.call(message, "write")) {
                object.write = $root.stadls.DumpWrite.toObject(message.write, options, _depth + 1);
                if (options.oneofs)
                    object.entry = "write";
            }
            if (message.block != null && $Object.hasOwnProperty.call(message, "block")) {
                object.block = $root.stadls.DumpBlock.toObject(message.block, options, _depth + 1);
                if (options.oneofs)
                    object.entry = "block";
            }
            if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                object.message = options.bytes === $String ? $util.base64.encode(message.message, 0, message.message.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.message) : message.message;
                if (options.oneofs)
                    object.entry = "message";
            }
            return object;
        };

        /**
         * Converts this DumpEntry to JSON.
         * @function toJSON
         * @memberof stadls.DumpEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DumpEntry.prototype.toJSON = function() {
            return DumpEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DumpEntry
         * @function getTypeUrl
         * @memberof stadls.DumpEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DumpEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.DumpEntry";
        };

        return DumpEntry;
    })();

    stadls.Dump = (function() {

        /**
         * Properties of a Dump.
         * @typedef {Object} stadls.Dump.$Properties
         * @property {number|null} [formatVersion] Dump formatVersion
         * @property {Array.<stadls.DumpEntry.$Properties>|null} [entries] Dump entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Dump.
         * @memberof stadls
         * @interface IDump
         * @augments stadls.Dump.$Properties
         * @deprecated Use stadls.Dump.$Properties instead.
         */

        /**
         * Shape of a Dump.
         * @typedef {{
         *   formatVersion?: number|null;
         *   entries?: Array.<stadls.DumpEntry.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} stadls.Dump.$Shape
         */

        /**
         * Constructs a new Dump.
         * @memberof stadls
         * @classdesc Represents a Dump.
         * @constructor
         * @param {stadls.Dump.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Dump = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Dump formatVersion.
         * @member {number} formatVersion
         * @memberof stadls.Dump
         * @instance
         */
        Dump.prototype.formatVersion = 0;

        /**
         * Dump entries.
         * @member {Array.<stadls.DumpEntry.$Properties>} entries
         * @memberof stadls.Dump
         * @instance
         */
        Dump.prototype.entries = $util.emptyArray;

        /**
         * Creates a new Dump instance using the specified properties.
         * @function create
         * @memberof stadls.Dump
         * @static
         * @param {stadls.Dump.$Properties=} [properties] Properties to set
         * @returns {stadls.Dump} Dump instance
         * @type {{
         *   (properties: stadls.Dump.$Shape): stadls.Dump & stadls.Dump.$Shape;
         *   (properties?: stadls.Dump.$Properties): stadls.Dump;
         * }}
         */
        Dump.create = function(properties) {
            return new Dump(properties);
        };

        /**
         * Encodes the specified Dump message. Does not implicitly {@link stadls.Dump.verify|verify} messages.
         * @function encode
         * @memberof stadls.Dump
         * @static
         * @param {stadls.Dump.$Properties} message Dump message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Dump.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.stadls.DumpEntry.encode(message.entries[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Dump message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.Dump
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.Dump & stadls.Dump.$Shape} Dump
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Dump.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.stadls.Dump();
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
                            message.formatVersion = value;
                        else
                            delete message.formatVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.stadls.DumpEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Creates a Dump message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.Dump
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.Dump} Dump
         */
        Dump.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.Dump)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.Dump: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.Dump();
            if (object.formatVersion != null)
                if ($Number(object.formatVersion) !== 0)
                    message.formatVersion = object.formatVersion >>> 0;
            if (object.entries) {
                if (!$Array.isArray(object.entries))
                    throw $TypeError(".stadls.Dump.entries: array expected");
                message.entries = $Array(object.entries.length);
                for (let i = 0; i < object.entries.length; ++i) {
                    if (!$util.isObject(object.entries[i]))
                        throw $TypeError(".stadls.Dump.entries: object expected");
                    message.entries[i] = $root.stadls.DumpEntry.fromObject(object.entries[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Dump message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.Dump
         * @static
         * @param {stadls.Dump} message Dump
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Dump.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (options.defaults)
                object.formatVersion = 0;
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                object.formatVersion = message.formatVersion;
            if (message.entries && message.entries.length) {
                object.entries = $Array(message.entries.length);
                for (let j = 0; j < message.entries.length; ++j)
                    object.entries[j] = $root.stadls.DumpEntry.toObject(message.entries[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Dump to JSON.
         * @function toJSON
         * @memberof stadls.Dump
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Dump.prototype.toJSON = function() {
            return Dump.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Dump
         * @function getTypeUrl
         * @memberof stadls.Dump
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Dump.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.Dump";
        };

        return Dump;
    })();

    stadls.Program = (function() {

        /**
         * Properties of a Program.
         * @typedef {Object} stadls.Program.$Properties
         * @property {number|null} [formatVersion] Program formatVersion
         * @property {Uint8Array|null} [instructions] Program instructions
         * @property {number|null} [expectedOmnibus] Program expectedOmnibus
         * @property {number|null} [expectedJtag] Program expectedJtag
         * @property {number|null} [expectedLoopback] Program expectedLoopback
         * @property {Array.<string>|null} [unsupportedTargets] Program unsupportedTargets
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Program.
         * @memberof stadls
         * @interface IProgram
         * @augments stadls.Program.$Properties
         * @deprecated Use stadls.Program.$Properties instead.
         */

        /**
         * Shape of a Program.
         * @typedef {stadls.Program.$Properties} stadls.Program.$Shape
         */

        /**
         * Constructs a new Program.
         * @memberof stadls
         * @classdesc Represents a Program.
         * @constructor
         * @param {stadls.Program.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Program = function (properties) {
            this.unsupportedTargets = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Program formatVersion.
         * @member {number} formatVersion
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.formatVersion = 0;

        /**
         * Program instructions.
         * @member {Uint8Array} instructions
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.instructions = $util.newBuffer([]);

        /**
         * Program expectedOmnibus.
         * @member {number} expectedOmnibus
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.expectedOmnibus = 0;

        /**
         * Program expectedJtag.
         * @member {number} expectedJtag
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.expectedJtag = 0;

        /**
         * Program expectedLoopback.
         * @member {number} expectedLoopback
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.expectedLoopback = 0;

        /**
         * Program unsupportedTargets.
         * @member {Array.<string>} unsupportedTargets
         * @memberof stadls.Program
         * @instance
         */
        Program.prototype.unsupportedTargets = $util.emptyArray;

        /**
         * Creates a new Program instance using the specified properties.
         * @function create
         * @memberof stadls.Program
         * @static
         * @param {stadls.Program.$Properties=} [properties] Properties to set
         * @returns {stadls.Program} Program instance
         * @type {{
         *   (properties: stadls.Program.$Shape): stadls.Program & stadls.Program.$Shape;
         *   (properties?: stadls.Program.$Properties): stadls.Program;
         * }}
         */
        Program.create = function(properties) {
            return new Program(properties);
        };

        /**
         * Encodes the specified Program message. Does not implicitly {@link stadls.Program.verify|verify} messages.
         * @function encode
         * @memberof stadls.Program
         * @static
         * @param {stadls.Program.$Properties} message Program message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Program.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
            if (message.instructions != null && $Object.hasOwnProperty.call(message, "instructions") && message.instructions.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.instructions);
            if (message.expectedOmnibus != null && $Object.hasOwnProperty.call(message, "expectedOmnibus") && message.expectedOmnibus !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.expectedOmnibus);
            if (message.expectedJtag != null && $Object.hasOwnProperty.call(message, "expectedJtag") && message.expectedJtag !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.expectedJtag);
            if (message.expectedLoopback != null && $Object.hasOwnProperty.call(message, "expectedLoopback") && message.expectedLoopback !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.expectedLoopback);
            if (message.unsupportedTargets != null && message.unsupportedTargets.length)
                for (let i = 0; i < message.unsupportedTargets.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.unsupportedTargets[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Program message from the specified reader or buffer.
         * @function decode
         * @memberof stadls.Program
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {stadls.Program & stadls.Program.$Shape} Program
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Program.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.stadls.Program();
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
                            message.formatVersion = value;
                        else
                            delete message.formatVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.instructions = value;
                        else
                            delete message.instructions;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expectedOmnibus = value;
                        else
                            delete message.expectedOmnibus;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expectedJtag = value;
                        else
                            delete message.expectedJtag;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.expectedLoopback = value;
                        else
                            delete message.expectedLoopback;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.unsupportedTargets && message.unsupportedTargets.length))
                            message.unsupportedTargets = [];
                        message.unsupportedTargets.push(reader.stringVerify());
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
         * Creates a Program message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof stadls.Program
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {stadls.Program} Program
         */
        Program.fromObject = function (object, _depth) {
            if (object instanceof $root.stadls.Program)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".stadls.Program: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.stadls.Program();
            if (object.formatVersion != null)
                if ($Number(object.formatVersion) !== 0)
                    message.formatVersion = object.formatVersion >>> 0;
            if (object.instructions != null)
                if (object.instructions.length)
                    if (typeof object.instructions === "string")
                        $util.base64.decode(object.instructions, message.instructions = $util.newBuffer($util.base64.length(object.instructions)), 0);
                    else if (object.instructions.length >= 0)
                        message.instructions = object.instructions;
            if (object.expectedOmnibus != null)
                if ($Number(object.expectedOmnibus) !== 0)
                    message.expectedOmnibus = object.expectedOmnibus >>> 0;
            if (object.expectedJtag != null)
                if ($Number(object.expectedJtag) !== 0)
                    message.expectedJtag = object.expectedJtag >>> 0;
            if (object.expectedLoopback != null)
                if ($Number(object.expectedLoopback) !== 0)
                    message.expectedLoopback = object.expectedLoopback >>> 0;
            if (object.unsupportedTargets) {
                if (!$Array.isArray(object.unsupportedTargets))
                    throw $TypeError(".stadls.Program.unsupportedTargets: array expected");
                message.unsupportedTargets = $Array(object.unsupportedTargets.length);
                for (let i = 0; i < object.unsupportedTargets.length; ++i)
                    message.unsupportedTargets[i] = $String(object.unsupportedTargets[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a Program message. Also converts values to other types if specified.
         * @function toObject
         * @memberof stadls.Program
         * @static
         * @param {stadls.Program} message Program
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Program.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.unsupportedTargets = [];
            if (options.defaults) {
                object.formatVersion = 0;
                if (options.bytes === $String)
                    object.instructions = "";
                else {
                    object.instructions = [];
                    if (options.bytes !== $Array)
                        object.instructions = $util.newBuffer(object.instructions);
                }
                object.expectedOmnibus = 0;
                object.expectedJtag = 0;
                object.expectedLoopback = 0;
            }
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion"))
                object.formatVersion = message.formatVersion;
            if (message.instructions != null && $Object.hasOwnProperty.call(message, "instructions"))
                object.instructions = options.bytes === $String ? $util.base64.encode(message.instructions, 0, message.instructions.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.instructions) : message.instructions;
            if (message.expectedOmnibus != null && $Object.hasOwnProperty.call(message, "expectedOmnibus"))
                object.expectedOmnibus = message.expectedOmnibus;
            if (message.expectedJtag != null && $Object.hasOwnProperty.call(message, "expectedJtag"))
                object.expectedJtag = message.expectedJtag;
            if (message.expectedLoopback != null && $Object.hasOwnProperty.call(message, "expectedLoopback"))
                object.expectedLoopback = message.expectedLoopback;
            if (message.unsupportedTargets && message.unsupportedTargets.length) {
                object.unsupportedTargets = $Array(message.unsupportedTargets.length);
                for (let j = 0; j < message.unsupportedTargets.length; ++j)
                    object.unsupportedTargets[j] = message.unsupportedTargets[j];
            }
            return object;
        };

        /**
         * Converts this Program to JSON.
         * @function toJSON
         * @memberof stadls.Program
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Program.prototype.toJSON = function() {
            return Program.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Program
         * @function getTypeUrl
         * @memberof stadls.Program
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Program.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/stadls.Program";
        };

        return Program;
    })();

    return stadls;
})();

export {
  $root as default
};
