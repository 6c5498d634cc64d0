/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["remote"] || ($protobuf.roots["remote"] = {});

export const bss2 = $root.bss2 = (() => {

    /**
     * Namespace bss2.
     * @exports bss2
     * @namespace
     */
    const bss2 = {};

    bss2.remote = (function() {

        /**
         * Namespace remote.
         * @memberof bss2
         * @namespace
         */
        const remote = {};

        /**
         * RequestKind enum.
         * @name bss2.remote.RequestKind
         * @enum {number}
         * @property {number} EXECUTE=0 EXECUTE value
         * @property {number} INFO=1 INFO value
         * @property {number} CANCEL=2 CANCEL value
         */
        remote.RequestKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EXECUTE"] = 0;
            values[valuesById[1] = "INFO"] = 1;
            values[valuesById[2] = "CANCEL"] = 2;
            return values;
        })();

        remote.ExecuteOptions = (function() {

            /**
             * Properties of an ExecuteOptions.
             * @typedef {Object} bss2.remote.ExecuteOptions.$Properties
             * @property {number|null} [timeoutMs] ExecuteOptions timeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecuteOptions.
             * @memberof bss2.remote
             * @interface IExecuteOptions
             * @augments bss2.remote.ExecuteOptions.$Properties
             * @deprecated Use bss2.remote.ExecuteOptions.$Properties instead.
             */

            /**
             * Shape of an ExecuteOptions.
             * @typedef {bss2.remote.ExecuteOptions.$Properties} bss2.remote.ExecuteOptions.$Shape
             */

            /**
             * Constructs a new ExecuteOptions.
             * @memberof bss2.remote
             * @classdesc Represents an ExecuteOptions.
             * @constructor
             * @param {bss2.remote.ExecuteOptions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecuteOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecuteOptions timeoutMs.
             * @member {number} timeoutMs
             * @memberof bss2.remote.ExecuteOptions
             * @instance
             */
            ExecuteOptions.prototype.timeoutMs = 0;

            /**
             * Creates a new ExecuteOptions instance using the specified properties.
             * @function create
             * @memberof bss2.remote.ExecuteOptions
             * @static
             * @param {bss2.remote.ExecuteOptions.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.ExecuteOptions} ExecuteOptions instance
             * @type {{
             *   (properties: bss2.remote.ExecuteOptions.$Shape): bss2.remote.ExecuteOptions & bss2.remote.ExecuteOptions.$Shape;
             *   (properties?: bss2.remote.ExecuteOptions.$Properties): bss2.remote.ExecuteOptions;
             * }}
             */
            ExecuteOptions.create = function(properties) {
                return new ExecuteOptions(properties);
            };

            /**
             * Encodes the specified ExecuteOptions message. Does not implicitly {@link bss2.remote.ExecuteOptions.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.ExecuteOptions
             * @static
             * @param {bss2.remote.ExecuteOptions.$Properties} message ExecuteOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecuteOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.timeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecuteOptions message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.ExecuteOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.ExecuteOptions & bss2.remote.ExecuteOptions.$Shape} ExecuteOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecuteOptions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.ExecuteOptions();
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
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
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
             * Gets the type url for ExecuteOptions
             * @function getTypeUrl
             * @memberof bss2.remote.ExecuteOptions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExecuteOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.ExecuteOptions";
            };

            return ExecuteOptions;
        })();

        remote.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} bss2.remote.Request.$Properties
             * @property {number|null} [id] Request id
             * @property {bss2.remote.RequestKind|null} [kind] Request kind
             * @property {Uint8Array|null} [program] Request program
             * @property {bss2.remote.ExecuteOptions.$Properties|null} [options] Request options
             * @property {string|null} [user] Request user
             * @property {number|null} [cancelId] Request cancelId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof bss2.remote
             * @interface IRequest
             * @augments bss2.remote.Request.$Properties
             * @deprecated Use bss2.remote.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {bss2.remote.Request.$Properties} bss2.remote.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof bss2.remote
             * @classdesc Represents a Request.
             * @constructor
             * @param {bss2.remote.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request id.
             * @member {number} id
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.id = 0;

            /**
             * Request kind.
             * @member {bss2.remote.RequestKind} kind
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.kind = 0;

            /**
             * Request program.
             * @member {Uint8Array} program
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.program = $util.newBuffer([]);

            /**
             * Request options.
             * @member {bss2.remote.ExecuteOptions.$Properties|null|undefined} options
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.options = null;

            /**
             * Request user.
             * @member {string} user
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.user = "";

            /**
             * Request cancelId.
             * @member {number} cancelId
             * @memberof bss2.remote.Request
             * @instance
             */
            Request.prototype.cancelId = 0;

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof bss2.remote.Request
             * @static
             * @param {bss2.remote.Request.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.Request} Request instance
             * @type {{
             *   (properties: bss2.remote.Request.$Shape): bss2.remote.Request & bss2.remote.Request.$Shape;
             *   (properties?: bss2.remote.Request.$Properties): bss2.remote.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link bss2.remote.Request.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.Request
             * @static
             * @param {bss2.remote.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.program != null && $Object.hasOwnProperty.call(message, "program") && message.program.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.program);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    $root.bss2.remote.ExecuteOptions.encode(message.options, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.user);
                if (message.cancelId != null && $Object.hasOwnProperty.call(message, "cancelId") && message.cancelId !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.cancelId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.Request & bss2.remote.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.Request();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.program = value;
                            else
                                delete message.program;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.options = $root.bss2.remote.ExecuteOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cancelId = value;
                            else
                                delete message.cancelId;
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
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof bss2.remote.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.Request";
            };

            return Request;
        })();

        remote.TimeInfo = (function() {

            /**
             * Properties of a TimeInfo.
             * @typedef {Object} bss2.remote.TimeInfo.$Properties
             * @property {number|null} [encodeNs] TimeInfo encodeNs
             * @property {number|null} [decodeNs] TimeInfo decodeNs
             * @property {number|null} [commitNs] TimeInfo commitNs
             * @property {number|null} [executionNs] TimeInfo executionNs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeInfo.
             * @memberof bss2.remote
             * @interface ITimeInfo
             * @augments bss2.remote.TimeInfo.$Properties
             * @deprecated Use bss2.remote.TimeInfo.$Properties instead.
             */

            /**
             * Shape of a TimeInfo.
             * @typedef {bss2.remote.TimeInfo.$Properties} bss2.remote.TimeInfo.$Shape
             */

            /**
             * Constructs a new TimeInfo.
             * @memberof bss2.remote
             * @classdesc Represents a TimeInfo.
             * @constructor
             * @param {bss2.remote.TimeInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TimeInfo encodeNs.
             * @member {number} encodeNs
             * @memberof bss2.remote.TimeInfo
             * @instance
             */
            TimeInfo.prototype.encodeNs = 0;

            /**
             * TimeInfo decodeNs.
             * @member {number} decodeNs
             * @memberof bss2.remote.TimeInfo
             * @instance
             */
            TimeInfo.prototype.decodeNs = 0;

            /**
             * TimeInfo commitNs.
             * @member {number} commitNs
             * @memberof bss2.remote.TimeInfo
             * @instance
             */
            TimeInfo.prototype.commitNs = 0;

            /**
             * TimeInfo executionNs.
             * @member {number} executionNs
             * @memberof bss2.remote.TimeInfo
             * @instance
             */
            TimeInfo.prototype.executionNs = 0;

            /**
             * Creates a new TimeInfo instance using the specified properties.
             * @function create
             * @memberof bss2.remote.TimeInfo
             * @static
             * @param {bss2.remote.TimeInfo.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.TimeInfo} TimeInfo instance
             * @type {{
             *   (properties: bss2.remote.TimeInfo.$Shape): bss2.remote.TimeInfo & bss2.remote.TimeInfo.$Shape;
             *   (properties?: bss2.remote.TimeInfo.$Properties): bss2.remote.TimeInfo;
             * }}
             */
            TimeInfo.create = function(properties) {
                return new TimeInfo(properties);
            };

            /**
             * Encodes the specified TimeInfo message. Does not implicitly {@link bss2.remote.TimeInfo.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.TimeInfo
             * @static
             * @param {bss2.remote.TimeInfo.$Properties} message TimeInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.encodeNs != null && $Object.hasOwnProperty.call(message, "encodeNs") && !$Object.is(message.encodeNs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.encodeNs);
                if (message.decodeNs != null && $Object.hasOwnProperty.call(message, "decodeNs") && !$Object.is(message.decodeNs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.decodeNs);
                if (message.commitNs != null && $Object.hasOwnProperty.call(message, "commitNs") && !$Object.is(message.commitNs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.commitNs);
                if (message.executionNs != null && $Object.hasOwnProperty.call(message, "executionNs") && !$Object.is(message.executionNs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.executionNs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TimeInfo message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.TimeInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.TimeInfo & bss2.remote.TimeInfo.$Shape} TimeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.TimeInfo();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.encodeNs = value;
                            else
                                delete message.encodeNs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.decodeNs = value;
                            else
                                delete message.decodeNs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.commitNs = value;
                            else
                                delete message.commitNs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.executionNs = value;
                            else
                                delete message.executionNs;
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
             * Gets the type url for TimeInfo
             * @function getTypeUrl
             * @memberof bss2.remote.TimeInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.TimeInfo";
            };

            return TimeInfo;
        })();

        remote.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} bss2.remote.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {string|null} [name] Error name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof bss2.remote
             * @interface IError
             * @augments bss2.remote.Error.$Properties
             * @deprecated Use bss2.remote.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {bss2.remote.Error.$Properties} bss2.remote.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof bss2.remote
             * @classdesc Represents an Error.
             * @constructor
             * @param {bss2.remote.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof bss2.remote.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof bss2.remote.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error name.
             * @member {string} name
             * @memberof bss2.remote.Error
             * @instance
             */
            Error.prototype.name = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof bss2.remote.Error
             * @static
             * @param {bss2.remote.Error.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.Error} Error instance
             * @type {{
             *   (properties: bss2.remote.Error.$Shape): bss2.remote.Error & bss2.remote.Error.$Shape;
             *   (properties?: bss2.remote.Error.$Properties): bss2.remote.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link bss2.remote.Error.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.Error
             * @static
             * @param {bss2.remote.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.Error & bss2.remote.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.Error();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
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
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof bss2.remote.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.Error";
            };

            return Error;
        })();

        remote.BackendInfo = (function() {

            /**
             * Properties of a BackendInfo.
             * @typedef {Object} bss2.remote.BackendInfo.$Properties
             * @property {string|null} [name] BackendInfo name
             * @property {Array.<string>|null} [supportedTargets] BackendInfo supportedTargets
             * @property {string|null} [uniqueIdentifier] BackendInfo uniqueIdentifier
             * @property {string|null} [bitfileInfo] BackendInfo bitfileInfo
             * @property {number|null} [maxProgramBytes] BackendInfo maxProgramBytes
             * @property {string|null} [serverVersion] BackendInfo serverVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BackendInfo.
             * @memberof bss2.remote
             * @interface IBackendInfo
             * @augments bss2.remote.BackendInfo.$Properties
             * @deprecated Use bss2.remote.BackendInfo.$Properties instead.
             */

            /**
             * Shape of a BackendInfo.
             * @typedef {bss2.remote.BackendInfo.$Properties} bss2.remote.BackendInfo.$Shape
             */

            /**
             * Constructs a new BackendInfo.
             * @memberof bss2.remote
             * @classdesc Represents a BackendInfo.
             * @constructor
             * @param {bss2.remote.BackendInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BackendInfo = function (properties) {
                this.supportedTargets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BackendInfo name.
             * @member {string} name
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.name = "";

            /**
             * BackendInfo supportedTargets.
             * @member {Array.<string>} supportedTargets
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.supportedTargets = $util.emptyArray;

            /**
             * BackendInfo uniqueIdentifier.
             * @member {string} uniqueIdentifier
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.uniqueIdentifier = "";

            /**
             * BackendInfo bitfileInfo.
             * @member {string} bitfileInfo
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.bitfileInfo = "";

            /**
             * BackendInfo maxProgramBytes.
             * @member {number} maxProgramBytes
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.maxProgramBytes = 0;

            /**
             * BackendInfo serverVersion.
             * @member {string} serverVersion
             * @memberof bss2.remote.BackendInfo
             * @instance
             */
            BackendInfo.prototype.serverVersion = "";

            /**
             * Creates a new BackendInfo instance using the specified properties.
             * @function create
             * @memberof bss2.remote.BackendInfo
             * @static
             * @param {bss2.remote.BackendInfo.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.BackendInfo} BackendInfo instance
             * @type {{
             *   (properties: bss2.remote.BackendInfo.$Shape): bss2.remote.BackendInfo & bss2.remote.BackendInfo.$Shape;
             *   (properties?: bss2.remote.BackendInfo.$Properties): bss2.remote.BackendInfo;
             * }}
             */
            BackendInfo.create = function(properties) {
                return new BackendInfo(properties);
            };

            /**
             * Encodes the specified BackendInfo message. Does not implicitly {@link bss2.remote.BackendInfo.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.BackendInfo
             * @static
             * @param {bss2.remote.BackendInfo.$Properties} message BackendInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BackendInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.supportedTargets != null && message.supportedTargets.length)
                    for (let i = 0; i < message.supportedTargets.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.supportedTargets[i]);
                if (message.uniqueIdentifier != null && $Object.hasOwnProperty.call(message, "uniqueIdentifier") && message.uniqueIdentifier !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.uniqueIdentifier);
                if (message.bitfileInfo != null && $Object.hasOwnProperty.call(message, "bitfileInfo") && message.bitfileInfo !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.bitfileInfo);
                if (message.maxProgramBytes != null && $Object.hasOwnProperty.call(message, "maxProgramBytes") && !$Object.is(message.maxProgramBytes, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.maxProgramBytes);
                if (message.serverVersion != null && $Object.hasOwnProperty.call(message, "serverVersion") && message.serverVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.serverVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BackendInfo message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.BackendInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.BackendInfo & bss2.remote.BackendInfo.$Shape} BackendInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BackendInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.BackendInfo();
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
                            if (wireType !== 2)
                                break;
                            if (!(message.supportedTargets && message.supportedTargets.length))
                                message.supportedTargets = [];
                            message.supportedTargets.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uniqueIdentifier = value;
                            else
                                delete message.uniqueIdentifier;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bitfileInfo = value;
                            else
                                delete message.bitfileInfo;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxProgramBytes = value;
                            else
                                delete message.maxProgramBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serverVersion = value;
                            else
                                delete message.serverVersion;
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
             * Gets the type url for BackendInfo
             * @function getTypeUrl
             * @memberof bss2.remote.BackendInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BackendInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.BackendInfo";
            };

            return BackendInfo;
        })();

        remote.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} bss2.remote.Response.$Properties
             * @property {number|null} [id] Response id
             * @property {Uint8Array|null} [responses] Response responses
             * @property {bss2.remote.TimeInfo.$Properties|null} [timeInfo] Response timeInfo
             * @property {bss2.remote.Error.$Properties|null} [error] Response error
             * @property {bss2.remote.BackendInfo.$Properties|null} [info] Response info
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof bss2.remote
             * @interface IResponse
             * @augments bss2.remote.Response.$Properties
             * @deprecated Use bss2.remote.Response.$Properties instead.
             */

            /**
             * Shape of a Response.
             * @typedef {bss2.remote.Response.$Properties} bss2.remote.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof bss2.remote
             * @classdesc Represents a Response.
             * @constructor
             * @param {bss2.remote.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response id.
             * @member {number} id
             * @memberof bss2.remote.Response
             * @instance
             */
            Response.prototype.id = 0;

            /**
             * Response responses.
             * @member {Uint8Array} responses
             * @memberof bss2.remote.Response
             * @instance
             */
            Response.prototype.responses = $util.newBuffer([]);

            /**
             * Response timeInfo.
             * @member {bss2.remote.TimeInfo.$Properties|null|undefined} timeInfo
             * @memberof bss2.remote.Response
             * @instance
             */
            Response.prototype.timeInfo = null;

            /**
             * Response error.
             * @member {bss2.remote.Error.$Properties|null|undefined} error
             * @memberof bss2.remote.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response info.
             * @member {bss2.remote.BackendInfo.$Properties|null|undefined} info
             * @memberof bss2.remote.Response
             * @instance
             */
            Response.prototype.info = null;

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof bss2.remote.Response
             * @static
             * @param {bss2.remote.Response.$Properties=} [properties] Properties to set
             * @returns {bss2.remote.Response} Response instance
             * @type {{
             *   (properties: bss2.remote.Response.$Shape): bss2.remote.Response & bss2.remote.Response.$Shape;
             *   (properties?: bss2.remote.Response.$Properties): bss2.remote.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link bss2.remote.Response.verify|verify} messages.
             * @function encode
             * @memberof bss2.remote.Response
             * @static
             * @param {bss2.remote.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.responses != null && $Object.hasOwnProperty.call(message, "responses") && message.responses.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.responses);
                if (message.timeInfo != null && $Object.hasOwnProperty.call(message, "timeInfo"))
                    $root.bss2.remote.TimeInfo.encode(message.timeInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.bss2.remote.Error.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.bss2.remote.BackendInfo.encode(message.info, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof bss2.remote.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {bss2.remote.Response & bss2.remote.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.bss2.remote.Response();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.responses = value;
                            else
                                delete message.responses;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.timeInfo = $root.bss2.remote.TimeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.timeInfo);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.bss2.remote.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.bss2.remote.BackendInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
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
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof bss2.remote.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/bss2.remote.Response";
            };

            return Response;
        })();

        return remote;
    })();

    return bss2;
})();

export {
  $root as default
};
