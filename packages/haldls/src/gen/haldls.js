/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["haldls"] || ($protobuf.roots["haldls"] = {});

export const haldls = $root.haldls = (() => {

    /**
     * Namespace haldls.
     * @exports haldls
     * @namespace
     */
    const haldls = {};

    haldls.CoordinateMessage = (function() {

        /**
         * Properties of a CoordinateMessage.
         * @typedef {Object} haldls.CoordinateMessage.$Properties
         * @property {string|null} [type] CoordinateMessage type
         * @property {number|null} ["enum"] CoordinateMessage enum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CoordinateMessage.
         * @memberof haldls
         * @interface ICoordinateMessage
         * @augments haldls.CoordinateMessage.$Properties
         * @deprecated Use haldls.CoordinateMessage.$Properties instead.
         */

        /**
         * Shape of a CoordinateMessage.
         * @typedef {haldls.CoordinateMessage.$Properties} haldls.CoordinateMessage.$Shape
         */

        /**
         * Constructs a new CoordinateMessage.
         * @memberof haldls
         * @classdesc Represents a CoordinateMessage.
         * @constructor
         * @param {haldls.CoordinateMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CoordinateMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CoordinateMessage type.
         * @member {string} type
         * @memberof haldls.CoordinateMessage
         * @instance
         */
        CoordinateMessage.prototype.type = "";

        /**
         * CoordinateMessage enum.
         * @member {number} enum
         * @memberof haldls.CoordinateMessage
         * @instance
         */
        CoordinateMessage.prototype["enum"] = 0;

        /**
         * Creates a new CoordinateMessage instance using the specified properties.
         * @function create
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {haldls.CoordinateMessage.$Properties=} [properties] Properties to set
         * @returns {haldls.CoordinateMessage} CoordinateMessage instance
         * @type {{
         *   (properties: haldls.CoordinateMessage.$Shape): haldls.CoordinateMessage & haldls.CoordinateMessage.$Shape;
         *   (properties?: haldls.CoordinateMessage.$Properties): haldls.CoordinateMessage;
         * }}
         */
        CoordinateMessage.create = function(properties) {
            return new CoordinateMessage(properties);
        };

        /**
         * Encodes the specified CoordinateMessage message. Does not implicitly {@link haldls.CoordinateMessage.verify|verify} messages.
         * @function encode
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {haldls.CoordinateMessage.$Properties} message CoordinateMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CoordinateMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message["enum"] != null && $Object.hasOwnProperty.call(message, "enum") && !$Object.is(message["enum"], 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message["enum"]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a CoordinateMessage message from the specified reader or buffer.
         * @function decode
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {haldls.CoordinateMessage & haldls.CoordinateMessage.$Shape} CoordinateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CoordinateMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.haldls.CoordinateMessage();
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
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message["enum"] = value;
                        else
                            delete message["enum"];
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
         * Creates a CoordinateMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {haldls.CoordinateMessage} CoordinateMessage
         */
        CoordinateMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.haldls.CoordinateMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".haldls.CoordinateMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.haldls.CoordinateMessage();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object["enum"] != null)
                if (!$Object.is($Number(object["enum"]), 0))
                    message["enum"] = $Number(object["enum"]);
            return message;
        };

        /**
         * Creates a plain object from a CoordinateMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {haldls.CoordinateMessage} message CoordinateMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CoordinateMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = "";
                object["enum"] = 0;
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message["enum"] != null && $Object.hasOwnProperty.call(message, "enum"))
                object["enum"] = options.json && !$isFinite(message["enum"]) ? $String(message["enum"]) : message["enum"];
            return object;
        };

        /**
         * Converts this CoordinateMessage to JSON.
         * @function toJSON
         * @memberof haldls.CoordinateMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CoordinateMessage.prototype.toJSON = function() {
            return CoordinateMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CoordinateMessage
         * @function getTypeUrl
         * @memberof haldls.CoordinateMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CoordinateMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/haldls.CoordinateMessage";
        };

        return CoordinateMessage;
    })();

    haldls.FieldValue = (function() {

        /**
         * Properties of a FieldValue.
         * @typedef {Object} haldls.FieldValue.$Properties
         * @property {string|null} [name] FieldValue name
         * @property {boolean|null} [isArray] FieldValue isArray
         * @property {Array.<boolean>|null} [bools] FieldValue bools
         * @property {Array.<number>|null} [numbers] FieldValue numbers
         * @property {Array.<string>|null} [strings] FieldValue strings
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FieldValue.
         * @memberof haldls
         * @interface IFieldValue
         * @augments haldls.FieldValue.$Properties
         * @deprecated Use haldls.FieldValue.$Properties instead.
         */

        /**
         * Shape of a FieldValue.
         * @typedef {haldls.FieldValue.$Properties} haldls.FieldValue.$Shape
         */

        /**
         * Constructs a new FieldValue.
         * @memberof haldls
         * @classdesc Represents a FieldValue.
         * @constructor
         * @param {haldls.FieldValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FieldValue = function (properties) {
            this.bools = [];
            this.numbers = [];
            this.strings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FieldValue name.
         * @member {string} name
         * @memberof haldls.FieldValue
         * @instance
         */
        FieldValue.prototype.name = "";

        /**
         * FieldValue isArray.
         * @member {boolean} isArray
         * @memberof haldls.FieldValue
         * @instance
         */
        FieldValue.prototype.isArray = false;

        /**
         * FieldValue bools.
         * @member {Array.<boolean>} bools
         * @memberof haldls.FieldValue
         * @instance
         */
        FieldValue.prototype.bools = $util.emptyArray;

        /**
         * FieldValue numbers.
         * @member {Array.<number>} numbers
         * @memberof haldls.FieldValue
         * @instance
         */
        FieldValue.prototype.numbers = $util.emptyArray;

        /**
         * FieldValue strings.
         * @member {Array.<string>} strings
         * @memberof haldls.FieldValue
         * @instance
         */
        FieldValue.prototype.strings = $util.emptyArray;

        /**
         * Creates a new FieldValue instance using the specified properties.
         * @function create
         * @memberof haldls.FieldValue
         * @static
         * @param {haldls.FieldValue.$Properties=} [properties] Properties to set
         * @returns {haldls.FieldValue} FieldValue instance
         * @type {{
         *   (properties: haldls.FieldValue.$Shape): haldls.FieldValue & haldls.FieldValue.$Shape;
         *   (properties?: haldls.FieldValue.$Properties): haldls.FieldValue;
         * }}
         */
        FieldValue.create = function(properties) {
            return new FieldValue(properties);
        };

        /**
         * Encodes the specified FieldValue message. Does not implicitly {@link haldls.FieldValue.verify|verify} messages.
         * @function encode
         * @memberof haldls.FieldValue
         * @static
         * @param {haldls.FieldValue.$Properties} message FieldValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FieldValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.isArray != null && $Object.hasOwnProperty.call(message, "isArray") && message.isArray !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isArray);
            if (message.bools != null && message.bools.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bools(message.bools);
            if (message.numbers != null && message.numbers.length)
                writer.uint32(/* id 4, wireType 2 =*/34).doubles(message.numbers);
            if (message.strings != null && message.strings.length)
                for (let i = 0; i < message.strings.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.strings[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FieldValue message from the specified reader or buffer.
         * @function decode
         * @memberof haldls.FieldValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {haldls.FieldValue & haldls.FieldValue.$Shape} FieldValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FieldValue.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.haldls.FieldValue();
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
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isArray = value;
                        else
                            delete message.isArray;
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.bools && message.bools.length))
                                message.bools = [];
                            reader.bools(message.bools);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.bools && message.bools.length))
                            message.bools = [];
                        message.bools.push(reader.bool());
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.numbers && message.numbers.length))
                                message.numbers = [];
                            reader.doubles(message.numbers);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.numbers && message.numbers.length))
                            message.numbers = [];
                        message.numbers.push(reader.double());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.strings && message.strings.length))
                            message.strings = [];
                        message.strings.push(reader.stringVerify());
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
         * Creates a FieldValue message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof haldls.FieldValue
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {haldls.FieldValue} FieldValue
         */
        FieldValue.fromObject = function (object, _depth) {
            if (object instanceof $root.haldls.FieldValue)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".haldls.FieldValue: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.haldls.FieldValue();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.isArray != null)
                if (object.isArray)
                    message.isArray = $Boolean(object.isArray);
            if (object.bools) {
                if (!$Array.isArray(object.bools))
                    throw $TypeError(".haldls.FieldValue.bools: array expected");
                message.bools = $Array(object.bools.length);
                for (let i = 0; i < object.bools.length; ++i)
                    message.bools[i] = $Boolean(object.bools[i]);
            }
            if (object.numbers) {
                if (!$Array.isArray(object.numbers))
                    throw $TypeError(".haldls.FieldValue.numbers: array expected");
                message.numbers = $Array(object.numbers.length);
                for (let i = 0; i < object.numbers.length; ++i)
                    message.numbers[i] = $Number(object.numbers[i]);
            }
            if (object.strings) {
                if (!$Array.isArray(object.strings))
                    throw $TypeError(".haldls.FieldValue.strings: array expected");
                message.strings = $Array(object.strings.length);
                for (let i = 0; i < object.strings.length; ++i)
                    message.strings[i] = $String(object.strings[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a FieldValue message. Also converts values to other types if specified.
         * @function toObject
         * @memberof haldls.FieldValue
         * @static
         * @param {haldls.FieldValue} message FieldValue
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FieldValue.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.bools = [];
                object.numbers = [];
                object.strings = [];
            }
            if (options.defaults) {
                object.name = "";
                object.isArray = false;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.isArray != null && $Object.hasOwnProperty.call(message, "isArray"))
                object.isArray = message.isArray;
            if (message.bools && message.bools.length) {
                object.bools = $Array(message.bools.length);
                for (let j = 0; j < message.bools.length; ++j)
                    object.bools[j] = message.bools[j];
            }
            if (message.numbers && message.numbers.length) {
                object.numbers = $Array(message.numbers.length);
                for (let j = 0; j < message.numbers.length; ++j)
                    object.numbers[j] = options.json && !$isFinite(message.numbers[j]) ? $String(message.numbers[j]) : message.numbers[j];
            }
            if (message.strings && message.strings.length) {
                object.strings = $Array(message.strings.length);
                for (let j = 0; j < message.strings.length; ++j)
                    object.strings[j] = message.strings[j];
            }
            return object;
        };

        /**
         * Converts this FieldValue to JSON.
         * @function toJSON
         * @memberof haldls.FieldValue
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FieldValue.prototype.toJSON = function() {
            return FieldValue.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FieldValue
         * @function getTypeUrl
         * @memberof haldls.FieldValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FieldValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/haldls.FieldValue";
        };

        return FieldValue;
    })();

    haldls.ContainerMessage = (function() {

        /**
         * Properties of a ContainerMessage.
         * @typedef {Object} haldls.ContainerMessage.$Properties
         * @property {string|null} [type] ContainerMessage type
         * @property {Array.<haldls.FieldValue.$Properties>|null} [fields] ContainerMessage fields
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContainerMessage.
         * @memberof haldls
         * @interface IContainerMessage
         * @augments haldls.ContainerMessage.$Properties
         * @deprecated Use haldls.ContainerMessage.$Properties instead.
         */

        /**
         * Shape of a ContainerMessage.
         * @typedef {haldls.ContainerMessage.$Properties} haldls.ContainerMessage.$Shape
         */

        /**
         * Constructs a new ContainerMessage.
         * @memberof haldls
         * @classdesc Represents a ContainerMessage.
         * @constructor
         * @param {haldls.ContainerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContainerMessage = function (properties) {
            this.fields = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContainerMessage type.
         * @member {string} type
         * @memberof haldls.ContainerMessage
         * @instance
         */
        ContainerMessage.prototype.type = "";

        /**
         * ContainerMessage fields.
         * @member {Array.<haldls.FieldValue.$Properties>} fields
         * @memberof haldls.ContainerMessage
         * @instance
         */
        ContainerMessage.prototype.fields = $util.emptyArray;

        /**
         * Creates a new ContainerMessage instance using the specified properties.
         * @function create
         * @memberof haldls.ContainerMessage
         * @static
         * @param {haldls.ContainerMessage.$Properties=} [properties] Properties to set
         * @returns {haldls.ContainerMessage} ContainerMessage instance
         * @type {{
         *   (properties: haldls.ContainerMessage.$Shape): haldls.ContainerMessage & haldls.ContainerMessage.$Shape;
         *   (properties?: haldls.ContainerMessage.$Properties): haldls.ContainerMessage;
         * }}
         */
        ContainerMessage.create = function(properties) {
            return new ContainerMessage(properties);
        };

        /**
         * Encodes the specified ContainerMessage message. Does not implicitly {@link haldls.ContainerMessage.verify|verify} messages.
         * @function encode
         * @memberof haldls.ContainerMessage
         * @static
         * @param {haldls.ContainerMessage.$Properties} message ContainerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContainerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
            if (message.fields != null && message.fields.length)
                for (let i = 0; i < message.fields.length; ++i)
                    $root.haldls.FieldValue.encode(message.fields[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContainerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof haldls.ContainerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {haldls.ContainerMessage & haldls.ContainerMessage.$Shape} ContainerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContainerMessage.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.haldls.ContainerMessage();
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
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.fields && message.fields.length))
                            message.fields = [];
                        message.fields.push($root.haldls.FieldValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Creates a ContainerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof haldls.ContainerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {haldls.ContainerMessage} ContainerMessage
         */
        ContainerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.haldls.ContainerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".haldls.ContainerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.haldls.ContainerMessage();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.fields) {
                if (!$Array.isArray(object.fields))
                    throw $TypeError(".haldls.ContainerMessage.fields: array expected");
                message.fields = $Array(object.fields.length);
                for (let i = 0; i < object.fields.length; ++i) {
                    if (!$util.isObject(object.fields[i]))
                        throw $TypeError(".haldls.ContainerMessage.fields: object expected");
                    message.fields[i] = $root.haldls.FieldValue.fromObject(object.fields[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a ContainerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof haldls.ContainerMessage
         * @static
         * @param {haldls.ContainerMessage} message ContainerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ContainerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.fields = [];
            if (options.defaults)
                object.type = "";
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.fields && message.fields.length) {
                object.fields = $Array(message.fields.length);
                for (let j = 0; j < message.fields.length; ++j)
                    object.fields[j] = $root.haldls.FieldValue.toObject(message.fields[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ContainerMessage to JSON.
         * @function toJSON
         * @memberof haldls.ContainerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ContainerMessage.prototype.toJSON = function() {
            return ContainerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ContainerMessage
         * @function getTypeUrl
         * @memberof haldls.ContainerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ContainerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/haldls.ContainerMessage";
        };

        return ContainerMessage;
    })();

    haldls.PlacedContainer = (function() {

        /**
         * Properties of a PlacedContainer.
         * @typedef {Object} haldls.PlacedContainer.$Properties
         * @property {haldls.CoordinateMessage.$Properties|null} [coordinate] PlacedContainer coordinate
         * @property {haldls.ContainerMessage.$Properties|null} [container] PlacedContainer container
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlacedContainer.
         * @memberof haldls
         * @interface IPlacedContainer
         * @augments haldls.PlacedContainer.$Properties
         * @deprecated Use haldls.PlacedContainer.$Properties instead.
         */

        /**
         * Shape of a PlacedContainer.
         * @typedef {haldls.PlacedContainer.$Properties} haldls.PlacedContainer.$Shape
         */

        /**
         * Constructs a new PlacedContainer.
         * @memberof haldls
         * @classdesc Represents a PlacedContainer.
         * @constructor
         * @param {haldls.PlacedContainer.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlacedContainer = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlacedContainer coordinate.
         * @member {haldls.CoordinateMessage.$Properties|null|undefined} coordinate
         * @memberof haldls.PlacedContainer
         * @instance
         */
        PlacedContainer.prototype.coordinate = null;

        /**
         * PlacedContainer container.
         * @member {haldls.ContainerMessage.$Properties|null|undefined} container
         * @memberof haldls.PlacedContainer
         * @instance
         */
        PlacedContainer.prototype.container = null;

        /**
         * Creates a new PlacedContainer instance using the specified properties.
         * @function create
         * @memberof haldls.PlacedContainer
         * @static
         * @param {haldls.PlacedContainer.$Properties=} [properties] Properties to set
         * @returns {haldls.PlacedContainer} PlacedContainer instance
         * @type {{
         *   (properties: haldls.PlacedContainer.$Shape): haldls.PlacedContainer & haldls.PlacedContainer.$Shape;
         *   (properties?: haldls.PlacedContainer.$Properties): haldls.PlacedContainer;
         * }}
         */
        PlacedContainer.create = function(properties) {
            return new PlacedContainer(properties);
        };

        /**
         * Encodes the specified PlacedContainer message. Does not implicitly {@link haldls.PlacedContainer.verify|verify} messages.
         * @function encode
         * @memberof haldls.PlacedContainer
         * @static
         * @param {haldls.PlacedContainer.$Properties} message PlacedContainer message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlacedContainer.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.coordinate != null && $Object.hasOwnProperty.call(message, "coordinate"))
                $root.haldls.CoordinateMessage.encode(message.coordinate, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                $root.haldls.ContainerMessage.encode(message.container, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a PlacedContainer message from the specified reader or buffer.
         * @function decode
         * @memberof haldls.PlacedContainer
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {haldls.PlacedContainer & haldls.PlacedContainer.$Shape} PlacedContainer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlacedContainer.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.haldls.PlacedContainer();
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
                        message.coordinate = $root.haldls.CoordinateMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.coordinate);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.container = $root.haldls.ContainerMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
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
         * Creates a PlacedContainer message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof haldls.PlacedContainer
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {haldls.PlacedContainer} PlacedContainer
         */
        PlacedContainer.fromObject = function (object, _depth) {
            if (object instanceof $root.haldls.PlacedContainer)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".haldls.PlacedContainer: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.haldls.PlacedContainer();
            if (object.coordinate != null) {
                if (!$util.isObject(object.coordinate))
                    throw $TypeError(".haldls.PlacedContainer.coordinate: object expected");
                message.coordinate = $root.haldls.CoordinateMessage.fromObject(object.coordinate, _depth + 1);
            }
            if (object.container != null) {
                if (!$util.isObject(object.container))
                    throw $TypeError(".haldls.PlacedContainer.container: object expected");
                message.container = $root.haldls.ContainerMessage.fromObject(object.container, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a PlacedContainer message. Also converts values to other types if specified.
         * @function toObject
         * @memberof haldls.PlacedContainer
         * @static
         * @param {haldls.PlacedContainer} message PlacedContainer
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PlacedContainer.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.coordinate = null;
                object.container = null;
            }
            if (message.coordinate != null && $Object.hasOwnProperty.call(message, "coordinate"))
                object.coordinate = $root.haldls.CoordinateMessage.toObject(message.coordinate, options, _depth + 1);
            if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                object.container = $root.haldls.ContainerMessage.toObject(message.container, options, _depth + 1);
            return object;
        };

        /**
         * Converts this PlacedContainer to JSON.
         * @function toJSON
         * @memberof haldls.PlacedContainer
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PlacedContainer.prototype.toJSON = function() {
            return PlacedContainer.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PlacedContainer
         * @function getTypeUrl
         * @memberof haldls.PlacedContainer
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PlacedContainer.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/haldls.PlacedContainer";
        };

        return PlacedContainer;
    })();

    haldls.ContainerList = (function() {

        /**
         * Properties of a ContainerList.
         * @typedef {Object} haldls.ContainerList.$Properties
         * @property {Array.<haldls.PlacedContainer.$Properties>|null} [entries] ContainerList entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ContainerList.
         * @memberof haldls
         * @interface IContainerList
         * @augments haldls.ContainerList.$Properties
         * @deprecated Use haldls.ContainerList.$Properties instead.
         */

        /**
         * Shape of a ContainerList.
         * @typedef {haldls.ContainerList.$Properties} haldls.ContainerList.$Shape
         */

        /**
         * Constructs a new ContainerList.
         * @memberof haldls
         * @classdesc Represents a ContainerList.
         * @constructor
         * @param {haldls.ContainerList.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ContainerList = function (properties) {
            this.entries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ContainerList entries.
         * @member {Array.<haldls.PlacedContainer.$Properties>} entries
         * @memberof haldls.ContainerList
         * @instance
         */
        ContainerList.prototype.entries = $util.emptyArray;

        /**
         * Creates a new ContainerList instance using the specified properties.
         * @function create
         * @memberof haldls.ContainerList
         * @static
         * @param {haldls.ContainerList.$Properties=} [properties] Properties to set
         * @returns {haldls.ContainerList} ContainerList instance
         * @type {{
         *   (properties: haldls.ContainerList.$Shape): haldls.ContainerList & haldls.ContainerList.$Shape;
         *   (properties?: haldls.ContainerList.$Properties): haldls.ContainerList;
         * }}
         */
        ContainerList.create = function(properties) {
            return new ContainerList(properties);
        };

        /**
         * Encodes the specified ContainerList message. Does not implicitly {@link haldls.ContainerList.verify|verify} messages.
         * @function encode
         * @memberof haldls.ContainerList
         * @static
         * @param {haldls.ContainerList.$Properties} message ContainerList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ContainerList.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.haldls.PlacedContainer.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ContainerList message from the specified reader or buffer.
         * @function decode
         * @memberof haldls.ContainerList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {haldls.ContainerList & haldls.ContainerList.$Shape} ContainerList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ContainerList.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.haldls.ContainerList();
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
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.haldls.PlacedContainer.decode(reader, reader.size(), $undefined, _depth + 1));
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
         * Creates a ContainerList message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof haldls.ContainerList
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {haldls.ContainerList} ContainerList
         */
        ContainerList.fromObject = function (object, _depth) {
            if (object instanceof $root.haldls.ContainerList)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".haldls.ContainerList: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.haldls.ContainerList();
            if (object.entries) {
                if (!$Array.isArray(object.entries))
                    throw $TypeError(".haldls.ContainerList.entries: array expected");
                message.entries = $Array(object.entries.length);
                for (let i = 0; i < object.entries.length; ++i) {
                    if (!$util.isObject(object.entries[i]))
                        throw $TypeError(".haldls.ContainerList.entries: object expected");
                    message.entries[i] = $root.haldls.PlacedContainer.fromObject(object.entries[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a ContainerList message. Also converts values to other types if specified.
         * @function toObject
         * @memberof haldls.ContainerList
         * @static
         * @param {haldls.ContainerList} message ContainerList
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ContainerList.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (message.entries && message.entries.length) {
                object.entries = $Array(message.entries.length);
                for (let j = 0; j < message.entries.length; ++j)
                    object.entries[j] = $root.haldls.PlacedContainer.toObject(message.entries[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ContainerList to JSON.
         * @function toJSON
         * @memberof haldls.ContainerList
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ContainerList.prototype.toJSON = function() {
            return ContainerList.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ContainerList
         * @function getTypeUrl
         * @memberof haldls.ContainerList
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ContainerList.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/haldls.ContainerList";
        };

        return ContainerList;
    })();

    return haldls;
})();

export {
  $root as default
};
