#!/usr/bin/env node
import { createRequire as __ntcCreateRequire } from 'node:module'; const require = __ntcCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tweetnacl/nacl-fast.js
var require_nacl_fast = __commonJS({
  "node_modules/tweetnacl/nacl-fast.js"(exports, module) {
    (function(nacl2) {
      "use strict";
      var gf = function(init) {
        var i, r = new Float64Array(16);
        if (init) for (i = 0; i < init.length; i++) r[i] = init[i];
        return r;
      };
      var randombytes = function() {
        throw new Error("no PRNG");
      };
      var _0 = new Uint8Array(16);
      var _9 = new Uint8Array(32);
      _9[0] = 9;
      var gf0 = gf(), gf1 = gf([1]), _121665 = gf([56129, 1]), D = gf([30883, 4953, 19914, 30187, 55467, 16705, 2637, 112, 59544, 30585, 16505, 36039, 65139, 11119, 27886, 20995]), D2 = gf([61785, 9906, 39828, 60374, 45398, 33411, 5274, 224, 53552, 61171, 33010, 6542, 64743, 22239, 55772, 9222]), X = gf([54554, 36645, 11616, 51542, 42930, 38181, 51040, 26924, 56412, 64982, 57905, 49316, 21502, 52590, 14035, 8553]), Y = gf([26200, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214, 26214]), I = gf([41136, 18958, 6951, 50414, 58488, 44335, 6150, 12099, 55207, 15867, 153, 11085, 57099, 20417, 9344, 11139]);
      function ts64(x, i, h, l) {
        x[i] = h >> 24 & 255;
        x[i + 1] = h >> 16 & 255;
        x[i + 2] = h >> 8 & 255;
        x[i + 3] = h & 255;
        x[i + 4] = l >> 24 & 255;
        x[i + 5] = l >> 16 & 255;
        x[i + 6] = l >> 8 & 255;
        x[i + 7] = l & 255;
      }
      function vn(x, xi, y, yi, n) {
        var i, d = 0;
        for (i = 0; i < n; i++) d |= x[xi + i] ^ y[yi + i];
        return (1 & d - 1 >>> 8) - 1;
      }
      function crypto_verify_16(x, xi, y, yi) {
        return vn(x, xi, y, yi, 16);
      }
      function crypto_verify_32(x, xi, y, yi) {
        return vn(x, xi, y, yi, 32);
      }
      function core_salsa20(o, p, k, c) {
        var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24;
        var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u;
        for (var i = 0; i < 20; i += 2) {
          u = x0 + x12 | 0;
          x4 ^= u << 7 | u >>> 32 - 7;
          u = x4 + x0 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x4 | 0;
          x12 ^= u << 13 | u >>> 32 - 13;
          u = x12 + x8 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x1 | 0;
          x9 ^= u << 7 | u >>> 32 - 7;
          u = x9 + x5 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x9 | 0;
          x1 ^= u << 13 | u >>> 32 - 13;
          u = x1 + x13 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x6 | 0;
          x14 ^= u << 7 | u >>> 32 - 7;
          u = x14 + x10 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x14 | 0;
          x6 ^= u << 13 | u >>> 32 - 13;
          u = x6 + x2 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x11 | 0;
          x3 ^= u << 7 | u >>> 32 - 7;
          u = x3 + x15 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x3 | 0;
          x11 ^= u << 13 | u >>> 32 - 13;
          u = x11 + x7 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
          u = x0 + x3 | 0;
          x1 ^= u << 7 | u >>> 32 - 7;
          u = x1 + x0 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x1 | 0;
          x3 ^= u << 13 | u >>> 32 - 13;
          u = x3 + x2 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x4 | 0;
          x6 ^= u << 7 | u >>> 32 - 7;
          u = x6 + x5 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x6 | 0;
          x4 ^= u << 13 | u >>> 32 - 13;
          u = x4 + x7 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x9 | 0;
          x11 ^= u << 7 | u >>> 32 - 7;
          u = x11 + x10 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x11 | 0;
          x9 ^= u << 13 | u >>> 32 - 13;
          u = x9 + x8 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x14 | 0;
          x12 ^= u << 7 | u >>> 32 - 7;
          u = x12 + x15 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x12 | 0;
          x14 ^= u << 13 | u >>> 32 - 13;
          u = x14 + x13 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
        }
        x0 = x0 + j0 | 0;
        x1 = x1 + j1 | 0;
        x2 = x2 + j2 | 0;
        x3 = x3 + j3 | 0;
        x4 = x4 + j4 | 0;
        x5 = x5 + j5 | 0;
        x6 = x6 + j6 | 0;
        x7 = x7 + j7 | 0;
        x8 = x8 + j8 | 0;
        x9 = x9 + j9 | 0;
        x10 = x10 + j10 | 0;
        x11 = x11 + j11 | 0;
        x12 = x12 + j12 | 0;
        x13 = x13 + j13 | 0;
        x14 = x14 + j14 | 0;
        x15 = x15 + j15 | 0;
        o[0] = x0 >>> 0 & 255;
        o[1] = x0 >>> 8 & 255;
        o[2] = x0 >>> 16 & 255;
        o[3] = x0 >>> 24 & 255;
        o[4] = x1 >>> 0 & 255;
        o[5] = x1 >>> 8 & 255;
        o[6] = x1 >>> 16 & 255;
        o[7] = x1 >>> 24 & 255;
        o[8] = x2 >>> 0 & 255;
        o[9] = x2 >>> 8 & 255;
        o[10] = x2 >>> 16 & 255;
        o[11] = x2 >>> 24 & 255;
        o[12] = x3 >>> 0 & 255;
        o[13] = x3 >>> 8 & 255;
        o[14] = x3 >>> 16 & 255;
        o[15] = x3 >>> 24 & 255;
        o[16] = x4 >>> 0 & 255;
        o[17] = x4 >>> 8 & 255;
        o[18] = x4 >>> 16 & 255;
        o[19] = x4 >>> 24 & 255;
        o[20] = x5 >>> 0 & 255;
        o[21] = x5 >>> 8 & 255;
        o[22] = x5 >>> 16 & 255;
        o[23] = x5 >>> 24 & 255;
        o[24] = x6 >>> 0 & 255;
        o[25] = x6 >>> 8 & 255;
        o[26] = x6 >>> 16 & 255;
        o[27] = x6 >>> 24 & 255;
        o[28] = x7 >>> 0 & 255;
        o[29] = x7 >>> 8 & 255;
        o[30] = x7 >>> 16 & 255;
        o[31] = x7 >>> 24 & 255;
        o[32] = x8 >>> 0 & 255;
        o[33] = x8 >>> 8 & 255;
        o[34] = x8 >>> 16 & 255;
        o[35] = x8 >>> 24 & 255;
        o[36] = x9 >>> 0 & 255;
        o[37] = x9 >>> 8 & 255;
        o[38] = x9 >>> 16 & 255;
        o[39] = x9 >>> 24 & 255;
        o[40] = x10 >>> 0 & 255;
        o[41] = x10 >>> 8 & 255;
        o[42] = x10 >>> 16 & 255;
        o[43] = x10 >>> 24 & 255;
        o[44] = x11 >>> 0 & 255;
        o[45] = x11 >>> 8 & 255;
        o[46] = x11 >>> 16 & 255;
        o[47] = x11 >>> 24 & 255;
        o[48] = x12 >>> 0 & 255;
        o[49] = x12 >>> 8 & 255;
        o[50] = x12 >>> 16 & 255;
        o[51] = x12 >>> 24 & 255;
        o[52] = x13 >>> 0 & 255;
        o[53] = x13 >>> 8 & 255;
        o[54] = x13 >>> 16 & 255;
        o[55] = x13 >>> 24 & 255;
        o[56] = x14 >>> 0 & 255;
        o[57] = x14 >>> 8 & 255;
        o[58] = x14 >>> 16 & 255;
        o[59] = x14 >>> 24 & 255;
        o[60] = x15 >>> 0 & 255;
        o[61] = x15 >>> 8 & 255;
        o[62] = x15 >>> 16 & 255;
        o[63] = x15 >>> 24 & 255;
      }
      function core_hsalsa20(o, p, k, c) {
        var j0 = c[0] & 255 | (c[1] & 255) << 8 | (c[2] & 255) << 16 | (c[3] & 255) << 24, j1 = k[0] & 255 | (k[1] & 255) << 8 | (k[2] & 255) << 16 | (k[3] & 255) << 24, j2 = k[4] & 255 | (k[5] & 255) << 8 | (k[6] & 255) << 16 | (k[7] & 255) << 24, j3 = k[8] & 255 | (k[9] & 255) << 8 | (k[10] & 255) << 16 | (k[11] & 255) << 24, j4 = k[12] & 255 | (k[13] & 255) << 8 | (k[14] & 255) << 16 | (k[15] & 255) << 24, j5 = c[4] & 255 | (c[5] & 255) << 8 | (c[6] & 255) << 16 | (c[7] & 255) << 24, j6 = p[0] & 255 | (p[1] & 255) << 8 | (p[2] & 255) << 16 | (p[3] & 255) << 24, j7 = p[4] & 255 | (p[5] & 255) << 8 | (p[6] & 255) << 16 | (p[7] & 255) << 24, j8 = p[8] & 255 | (p[9] & 255) << 8 | (p[10] & 255) << 16 | (p[11] & 255) << 24, j9 = p[12] & 255 | (p[13] & 255) << 8 | (p[14] & 255) << 16 | (p[15] & 255) << 24, j10 = c[8] & 255 | (c[9] & 255) << 8 | (c[10] & 255) << 16 | (c[11] & 255) << 24, j11 = k[16] & 255 | (k[17] & 255) << 8 | (k[18] & 255) << 16 | (k[19] & 255) << 24, j12 = k[20] & 255 | (k[21] & 255) << 8 | (k[22] & 255) << 16 | (k[23] & 255) << 24, j13 = k[24] & 255 | (k[25] & 255) << 8 | (k[26] & 255) << 16 | (k[27] & 255) << 24, j14 = k[28] & 255 | (k[29] & 255) << 8 | (k[30] & 255) << 16 | (k[31] & 255) << 24, j15 = c[12] & 255 | (c[13] & 255) << 8 | (c[14] & 255) << 16 | (c[15] & 255) << 24;
        var x0 = j0, x1 = j1, x2 = j2, x3 = j3, x4 = j4, x5 = j5, x6 = j6, x7 = j7, x8 = j8, x9 = j9, x10 = j10, x11 = j11, x12 = j12, x13 = j13, x14 = j14, x15 = j15, u;
        for (var i = 0; i < 20; i += 2) {
          u = x0 + x12 | 0;
          x4 ^= u << 7 | u >>> 32 - 7;
          u = x4 + x0 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x4 | 0;
          x12 ^= u << 13 | u >>> 32 - 13;
          u = x12 + x8 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x1 | 0;
          x9 ^= u << 7 | u >>> 32 - 7;
          u = x9 + x5 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x9 | 0;
          x1 ^= u << 13 | u >>> 32 - 13;
          u = x1 + x13 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x6 | 0;
          x14 ^= u << 7 | u >>> 32 - 7;
          u = x14 + x10 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x14 | 0;
          x6 ^= u << 13 | u >>> 32 - 13;
          u = x6 + x2 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x11 | 0;
          x3 ^= u << 7 | u >>> 32 - 7;
          u = x3 + x15 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x3 | 0;
          x11 ^= u << 13 | u >>> 32 - 13;
          u = x11 + x7 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
          u = x0 + x3 | 0;
          x1 ^= u << 7 | u >>> 32 - 7;
          u = x1 + x0 | 0;
          x2 ^= u << 9 | u >>> 32 - 9;
          u = x2 + x1 | 0;
          x3 ^= u << 13 | u >>> 32 - 13;
          u = x3 + x2 | 0;
          x0 ^= u << 18 | u >>> 32 - 18;
          u = x5 + x4 | 0;
          x6 ^= u << 7 | u >>> 32 - 7;
          u = x6 + x5 | 0;
          x7 ^= u << 9 | u >>> 32 - 9;
          u = x7 + x6 | 0;
          x4 ^= u << 13 | u >>> 32 - 13;
          u = x4 + x7 | 0;
          x5 ^= u << 18 | u >>> 32 - 18;
          u = x10 + x9 | 0;
          x11 ^= u << 7 | u >>> 32 - 7;
          u = x11 + x10 | 0;
          x8 ^= u << 9 | u >>> 32 - 9;
          u = x8 + x11 | 0;
          x9 ^= u << 13 | u >>> 32 - 13;
          u = x9 + x8 | 0;
          x10 ^= u << 18 | u >>> 32 - 18;
          u = x15 + x14 | 0;
          x12 ^= u << 7 | u >>> 32 - 7;
          u = x12 + x15 | 0;
          x13 ^= u << 9 | u >>> 32 - 9;
          u = x13 + x12 | 0;
          x14 ^= u << 13 | u >>> 32 - 13;
          u = x14 + x13 | 0;
          x15 ^= u << 18 | u >>> 32 - 18;
        }
        o[0] = x0 >>> 0 & 255;
        o[1] = x0 >>> 8 & 255;
        o[2] = x0 >>> 16 & 255;
        o[3] = x0 >>> 24 & 255;
        o[4] = x5 >>> 0 & 255;
        o[5] = x5 >>> 8 & 255;
        o[6] = x5 >>> 16 & 255;
        o[7] = x5 >>> 24 & 255;
        o[8] = x10 >>> 0 & 255;
        o[9] = x10 >>> 8 & 255;
        o[10] = x10 >>> 16 & 255;
        o[11] = x10 >>> 24 & 255;
        o[12] = x15 >>> 0 & 255;
        o[13] = x15 >>> 8 & 255;
        o[14] = x15 >>> 16 & 255;
        o[15] = x15 >>> 24 & 255;
        o[16] = x6 >>> 0 & 255;
        o[17] = x6 >>> 8 & 255;
        o[18] = x6 >>> 16 & 255;
        o[19] = x6 >>> 24 & 255;
        o[20] = x7 >>> 0 & 255;
        o[21] = x7 >>> 8 & 255;
        o[22] = x7 >>> 16 & 255;
        o[23] = x7 >>> 24 & 255;
        o[24] = x8 >>> 0 & 255;
        o[25] = x8 >>> 8 & 255;
        o[26] = x8 >>> 16 & 255;
        o[27] = x8 >>> 24 & 255;
        o[28] = x9 >>> 0 & 255;
        o[29] = x9 >>> 8 & 255;
        o[30] = x9 >>> 16 & 255;
        o[31] = x9 >>> 24 & 255;
      }
      function crypto_core_salsa20(out, inp, k, c) {
        core_salsa20(out, inp, k, c);
      }
      function crypto_core_hsalsa20(out, inp, k, c) {
        core_hsalsa20(out, inp, k, c);
      }
      var sigma = new Uint8Array([101, 120, 112, 97, 110, 100, 32, 51, 50, 45, 98, 121, 116, 101, 32, 107]);
      function crypto_stream_salsa20_xor(c, cpos, m, mpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64);
        var u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        while (b >= 64) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < 64; i++) c[cpos + i] = m[mpos + i] ^ x[i];
          u = 1;
          for (i = 8; i < 16; i++) {
            u = u + (z[i] & 255) | 0;
            z[i] = u & 255;
            u >>>= 8;
          }
          b -= 64;
          cpos += 64;
          mpos += 64;
        }
        if (b > 0) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < b; i++) c[cpos + i] = m[mpos + i] ^ x[i];
        }
        return 0;
      }
      function crypto_stream_salsa20(c, cpos, b, n, k) {
        var z = new Uint8Array(16), x = new Uint8Array(64);
        var u, i;
        for (i = 0; i < 16; i++) z[i] = 0;
        for (i = 0; i < 8; i++) z[i] = n[i];
        while (b >= 64) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < 64; i++) c[cpos + i] = x[i];
          u = 1;
          for (i = 8; i < 16; i++) {
            u = u + (z[i] & 255) | 0;
            z[i] = u & 255;
            u >>>= 8;
          }
          b -= 64;
          cpos += 64;
        }
        if (b > 0) {
          crypto_core_salsa20(x, z, k, sigma);
          for (i = 0; i < b; i++) c[cpos + i] = x[i];
        }
        return 0;
      }
      function crypto_stream(c, cpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        var sn = new Uint8Array(8);
        for (var i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20(c, cpos, d, sn, s);
      }
      function crypto_stream_xor(c, cpos, m, mpos, d, n, k) {
        var s = new Uint8Array(32);
        crypto_core_hsalsa20(s, n, k, sigma);
        var sn = new Uint8Array(8);
        for (var i = 0; i < 8; i++) sn[i] = n[i + 16];
        return crypto_stream_salsa20_xor(c, cpos, m, mpos, d, sn, s);
      }
      var poly1305 = function(key) {
        this.buffer = new Uint8Array(16);
        this.r = new Uint16Array(10);
        this.h = new Uint16Array(10);
        this.pad = new Uint16Array(8);
        this.leftover = 0;
        this.fin = 0;
        var t0, t1, t2, t3, t4, t5, t6, t7;
        t0 = key[0] & 255 | (key[1] & 255) << 8;
        this.r[0] = t0 & 8191;
        t1 = key[2] & 255 | (key[3] & 255) << 8;
        this.r[1] = (t0 >>> 13 | t1 << 3) & 8191;
        t2 = key[4] & 255 | (key[5] & 255) << 8;
        this.r[2] = (t1 >>> 10 | t2 << 6) & 7939;
        t3 = key[6] & 255 | (key[7] & 255) << 8;
        this.r[3] = (t2 >>> 7 | t3 << 9) & 8191;
        t4 = key[8] & 255 | (key[9] & 255) << 8;
        this.r[4] = (t3 >>> 4 | t4 << 12) & 255;
        this.r[5] = t4 >>> 1 & 8190;
        t5 = key[10] & 255 | (key[11] & 255) << 8;
        this.r[6] = (t4 >>> 14 | t5 << 2) & 8191;
        t6 = key[12] & 255 | (key[13] & 255) << 8;
        this.r[7] = (t5 >>> 11 | t6 << 5) & 8065;
        t7 = key[14] & 255 | (key[15] & 255) << 8;
        this.r[8] = (t6 >>> 8 | t7 << 8) & 8191;
        this.r[9] = t7 >>> 5 & 127;
        this.pad[0] = key[16] & 255 | (key[17] & 255) << 8;
        this.pad[1] = key[18] & 255 | (key[19] & 255) << 8;
        this.pad[2] = key[20] & 255 | (key[21] & 255) << 8;
        this.pad[3] = key[22] & 255 | (key[23] & 255) << 8;
        this.pad[4] = key[24] & 255 | (key[25] & 255) << 8;
        this.pad[5] = key[26] & 255 | (key[27] & 255) << 8;
        this.pad[6] = key[28] & 255 | (key[29] & 255) << 8;
        this.pad[7] = key[30] & 255 | (key[31] & 255) << 8;
      };
      poly1305.prototype.blocks = function(m, mpos, bytes) {
        var hibit = this.fin ? 0 : 1 << 11;
        var t0, t1, t2, t3, t4, t5, t6, t7, c;
        var d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;
        var h0 = this.h[0], h1 = this.h[1], h2 = this.h[2], h3 = this.h[3], h4 = this.h[4], h5 = this.h[5], h6 = this.h[6], h7 = this.h[7], h8 = this.h[8], h9 = this.h[9];
        var r0 = this.r[0], r1 = this.r[1], r2 = this.r[2], r3 = this.r[3], r4 = this.r[4], r5 = this.r[5], r6 = this.r[6], r7 = this.r[7], r8 = this.r[8], r9 = this.r[9];
        while (bytes >= 16) {
          t0 = m[mpos + 0] & 255 | (m[mpos + 1] & 255) << 8;
          h0 += t0 & 8191;
          t1 = m[mpos + 2] & 255 | (m[mpos + 3] & 255) << 8;
          h1 += (t0 >>> 13 | t1 << 3) & 8191;
          t2 = m[mpos + 4] & 255 | (m[mpos + 5] & 255) << 8;
          h2 += (t1 >>> 10 | t2 << 6) & 8191;
          t3 = m[mpos + 6] & 255 | (m[mpos + 7] & 255) << 8;
          h3 += (t2 >>> 7 | t3 << 9) & 8191;
          t4 = m[mpos + 8] & 255 | (m[mpos + 9] & 255) << 8;
          h4 += (t3 >>> 4 | t4 << 12) & 8191;
          h5 += t4 >>> 1 & 8191;
          t5 = m[mpos + 10] & 255 | (m[mpos + 11] & 255) << 8;
          h6 += (t4 >>> 14 | t5 << 2) & 8191;
          t6 = m[mpos + 12] & 255 | (m[mpos + 13] & 255) << 8;
          h7 += (t5 >>> 11 | t6 << 5) & 8191;
          t7 = m[mpos + 14] & 255 | (m[mpos + 15] & 255) << 8;
          h8 += (t6 >>> 8 | t7 << 8) & 8191;
          h9 += t7 >>> 5 | hibit;
          c = 0;
          d0 = c;
          d0 += h0 * r0;
          d0 += h1 * (5 * r9);
          d0 += h2 * (5 * r8);
          d0 += h3 * (5 * r7);
          d0 += h4 * (5 * r6);
          c = d0 >>> 13;
          d0 &= 8191;
          d0 += h5 * (5 * r5);
          d0 += h6 * (5 * r4);
          d0 += h7 * (5 * r3);
          d0 += h8 * (5 * r2);
          d0 += h9 * (5 * r1);
          c += d0 >>> 13;
          d0 &= 8191;
          d1 = c;
          d1 += h0 * r1;
          d1 += h1 * r0;
          d1 += h2 * (5 * r9);
          d1 += h3 * (5 * r8);
          d1 += h4 * (5 * r7);
          c = d1 >>> 13;
          d1 &= 8191;
          d1 += h5 * (5 * r6);
          d1 += h6 * (5 * r5);
          d1 += h7 * (5 * r4);
          d1 += h8 * (5 * r3);
          d1 += h9 * (5 * r2);
          c += d1 >>> 13;
          d1 &= 8191;
          d2 = c;
          d2 += h0 * r2;
          d2 += h1 * r1;
          d2 += h2 * r0;
          d2 += h3 * (5 * r9);
          d2 += h4 * (5 * r8);
          c = d2 >>> 13;
          d2 &= 8191;
          d2 += h5 * (5 * r7);
          d2 += h6 * (5 * r6);
          d2 += h7 * (5 * r5);
          d2 += h8 * (5 * r4);
          d2 += h9 * (5 * r3);
          c += d2 >>> 13;
          d2 &= 8191;
          d3 = c;
          d3 += h0 * r3;
          d3 += h1 * r2;
          d3 += h2 * r1;
          d3 += h3 * r0;
          d3 += h4 * (5 * r9);
          c = d3 >>> 13;
          d3 &= 8191;
          d3 += h5 * (5 * r8);
          d3 += h6 * (5 * r7);
          d3 += h7 * (5 * r6);
          d3 += h8 * (5 * r5);
          d3 += h9 * (5 * r4);
          c += d3 >>> 13;
          d3 &= 8191;
          d4 = c;
          d4 += h0 * r4;
          d4 += h1 * r3;
          d4 += h2 * r2;
          d4 += h3 * r1;
          d4 += h4 * r0;
          c = d4 >>> 13;
          d4 &= 8191;
          d4 += h5 * (5 * r9);
          d4 += h6 * (5 * r8);
          d4 += h7 * (5 * r7);
          d4 += h8 * (5 * r6);
          d4 += h9 * (5 * r5);
          c += d4 >>> 13;
          d4 &= 8191;
          d5 = c;
          d5 += h0 * r5;
          d5 += h1 * r4;
          d5 += h2 * r3;
          d5 += h3 * r2;
          d5 += h4 * r1;
          c = d5 >>> 13;
          d5 &= 8191;
          d5 += h5 * r0;
          d5 += h6 * (5 * r9);
          d5 += h7 * (5 * r8);
          d5 += h8 * (5 * r7);
          d5 += h9 * (5 * r6);
          c += d5 >>> 13;
          d5 &= 8191;
          d6 = c;
          d6 += h0 * r6;
          d6 += h1 * r5;
          d6 += h2 * r4;
          d6 += h3 * r3;
          d6 += h4 * r2;
          c = d6 >>> 13;
          d6 &= 8191;
          d6 += h5 * r1;
          d6 += h6 * r0;
          d6 += h7 * (5 * r9);
          d6 += h8 * (5 * r8);
          d6 += h9 * (5 * r7);
          c += d6 >>> 13;
          d6 &= 8191;
          d7 = c;
          d7 += h0 * r7;
          d7 += h1 * r6;
          d7 += h2 * r5;
          d7 += h3 * r4;
          d7 += h4 * r3;
          c = d7 >>> 13;
          d7 &= 8191;
          d7 += h5 * r2;
          d7 += h6 * r1;
          d7 += h7 * r0;
          d7 += h8 * (5 * r9);
          d7 += h9 * (5 * r8);
          c += d7 >>> 13;
          d7 &= 8191;
          d8 = c;
          d8 += h0 * r8;
          d8 += h1 * r7;
          d8 += h2 * r6;
          d8 += h3 * r5;
          d8 += h4 * r4;
          c = d8 >>> 13;
          d8 &= 8191;
          d8 += h5 * r3;
          d8 += h6 * r2;
          d8 += h7 * r1;
          d8 += h8 * r0;
          d8 += h9 * (5 * r9);
          c += d8 >>> 13;
          d8 &= 8191;
          d9 = c;
          d9 += h0 * r9;
          d9 += h1 * r8;
          d9 += h2 * r7;
          d9 += h3 * r6;
          d9 += h4 * r5;
          c = d9 >>> 13;
          d9 &= 8191;
          d9 += h5 * r4;
          d9 += h6 * r3;
          d9 += h7 * r2;
          d9 += h8 * r1;
          d9 += h9 * r0;
          c += d9 >>> 13;
          d9 &= 8191;
          c = (c << 2) + c | 0;
          c = c + d0 | 0;
          d0 = c & 8191;
          c = c >>> 13;
          d1 += c;
          h0 = d0;
          h1 = d1;
          h2 = d2;
          h3 = d3;
          h4 = d4;
          h5 = d5;
          h6 = d6;
          h7 = d7;
          h8 = d8;
          h9 = d9;
          mpos += 16;
          bytes -= 16;
        }
        this.h[0] = h0;
        this.h[1] = h1;
        this.h[2] = h2;
        this.h[3] = h3;
        this.h[4] = h4;
        this.h[5] = h5;
        this.h[6] = h6;
        this.h[7] = h7;
        this.h[8] = h8;
        this.h[9] = h9;
      };
      poly1305.prototype.finish = function(mac, macpos) {
        var g = new Uint16Array(10);
        var c, mask, f, i;
        if (this.leftover) {
          i = this.leftover;
          this.buffer[i++] = 1;
          for (; i < 16; i++) this.buffer[i] = 0;
          this.fin = 1;
          this.blocks(this.buffer, 0, 16);
        }
        c = this.h[1] >>> 13;
        this.h[1] &= 8191;
        for (i = 2; i < 10; i++) {
          this.h[i] += c;
          c = this.h[i] >>> 13;
          this.h[i] &= 8191;
        }
        this.h[0] += c * 5;
        c = this.h[0] >>> 13;
        this.h[0] &= 8191;
        this.h[1] += c;
        c = this.h[1] >>> 13;
        this.h[1] &= 8191;
        this.h[2] += c;
        g[0] = this.h[0] + 5;
        c = g[0] >>> 13;
        g[0] &= 8191;
        for (i = 1; i < 10; i++) {
          g[i] = this.h[i] + c;
          c = g[i] >>> 13;
          g[i] &= 8191;
        }
        g[9] -= 1 << 13;
        mask = (c ^ 1) - 1;
        for (i = 0; i < 10; i++) g[i] &= mask;
        mask = ~mask;
        for (i = 0; i < 10; i++) this.h[i] = this.h[i] & mask | g[i];
        this.h[0] = (this.h[0] | this.h[1] << 13) & 65535;
        this.h[1] = (this.h[1] >>> 3 | this.h[2] << 10) & 65535;
        this.h[2] = (this.h[2] >>> 6 | this.h[3] << 7) & 65535;
        this.h[3] = (this.h[3] >>> 9 | this.h[4] << 4) & 65535;
        this.h[4] = (this.h[4] >>> 12 | this.h[5] << 1 | this.h[6] << 14) & 65535;
        this.h[5] = (this.h[6] >>> 2 | this.h[7] << 11) & 65535;
        this.h[6] = (this.h[7] >>> 5 | this.h[8] << 8) & 65535;
        this.h[7] = (this.h[8] >>> 8 | this.h[9] << 5) & 65535;
        f = this.h[0] + this.pad[0];
        this.h[0] = f & 65535;
        for (i = 1; i < 8; i++) {
          f = (this.h[i] + this.pad[i] | 0) + (f >>> 16) | 0;
          this.h[i] = f & 65535;
        }
        mac[macpos + 0] = this.h[0] >>> 0 & 255;
        mac[macpos + 1] = this.h[0] >>> 8 & 255;
        mac[macpos + 2] = this.h[1] >>> 0 & 255;
        mac[macpos + 3] = this.h[1] >>> 8 & 255;
        mac[macpos + 4] = this.h[2] >>> 0 & 255;
        mac[macpos + 5] = this.h[2] >>> 8 & 255;
        mac[macpos + 6] = this.h[3] >>> 0 & 255;
        mac[macpos + 7] = this.h[3] >>> 8 & 255;
        mac[macpos + 8] = this.h[4] >>> 0 & 255;
        mac[macpos + 9] = this.h[4] >>> 8 & 255;
        mac[macpos + 10] = this.h[5] >>> 0 & 255;
        mac[macpos + 11] = this.h[5] >>> 8 & 255;
        mac[macpos + 12] = this.h[6] >>> 0 & 255;
        mac[macpos + 13] = this.h[6] >>> 8 & 255;
        mac[macpos + 14] = this.h[7] >>> 0 & 255;
        mac[macpos + 15] = this.h[7] >>> 8 & 255;
      };
      poly1305.prototype.update = function(m, mpos, bytes) {
        var i, want;
        if (this.leftover) {
          want = 16 - this.leftover;
          if (want > bytes)
            want = bytes;
          for (i = 0; i < want; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          bytes -= want;
          mpos += want;
          this.leftover += want;
          if (this.leftover < 16)
            return;
          this.blocks(this.buffer, 0, 16);
          this.leftover = 0;
        }
        if (bytes >= 16) {
          want = bytes - bytes % 16;
          this.blocks(m, mpos, want);
          mpos += want;
          bytes -= want;
        }
        if (bytes) {
          for (i = 0; i < bytes; i++)
            this.buffer[this.leftover + i] = m[mpos + i];
          this.leftover += bytes;
        }
      };
      function crypto_onetimeauth(out, outpos, m, mpos, n, k) {
        var s = new poly1305(k);
        s.update(m, mpos, n);
        s.finish(out, outpos);
        return 0;
      }
      function crypto_onetimeauth_verify(h, hpos, m, mpos, n, k) {
        var x = new Uint8Array(16);
        crypto_onetimeauth(x, 0, m, mpos, n, k);
        return crypto_verify_16(h, hpos, x, 0);
      }
      function crypto_secretbox(c, m, d, n, k) {
        var i;
        if (d < 32) return -1;
        crypto_stream_xor(c, 0, m, 0, d, n, k);
        crypto_onetimeauth(c, 16, c, 32, d - 32, c);
        for (i = 0; i < 16; i++) c[i] = 0;
        return 0;
      }
      function crypto_secretbox_open(m, c, d, n, k) {
        var i;
        var x = new Uint8Array(32);
        if (d < 32) return -1;
        crypto_stream(x, 0, 32, n, k);
        if (crypto_onetimeauth_verify(c, 16, c, 32, d - 32, x) !== 0) return -1;
        crypto_stream_xor(m, 0, c, 0, d, n, k);
        for (i = 0; i < 32; i++) m[i] = 0;
        return 0;
      }
      function set25519(r, a) {
        var i;
        for (i = 0; i < 16; i++) r[i] = a[i] | 0;
      }
      function car25519(o) {
        var i, v, c = 1;
        for (i = 0; i < 16; i++) {
          v = o[i] + c + 65535;
          c = Math.floor(v / 65536);
          o[i] = v - c * 65536;
        }
        o[0] += c - 1 + 37 * (c - 1);
      }
      function sel25519(p, q, b) {
        var t, c = ~(b - 1);
        for (var i = 0; i < 16; i++) {
          t = c & (p[i] ^ q[i]);
          p[i] ^= t;
          q[i] ^= t;
        }
      }
      function pack25519(o, n) {
        var i, j, b;
        var m = gf(), t = gf();
        for (i = 0; i < 16; i++) t[i] = n[i];
        car25519(t);
        car25519(t);
        car25519(t);
        for (j = 0; j < 2; j++) {
          m[0] = t[0] - 65517;
          for (i = 1; i < 15; i++) {
            m[i] = t[i] - 65535 - (m[i - 1] >> 16 & 1);
            m[i - 1] &= 65535;
          }
          m[15] = t[15] - 32767 - (m[14] >> 16 & 1);
          b = m[15] >> 16 & 1;
          m[14] &= 65535;
          sel25519(t, m, 1 - b);
        }
        for (i = 0; i < 16; i++) {
          o[2 * i] = t[i] & 255;
          o[2 * i + 1] = t[i] >> 8;
        }
      }
      function neq25519(a, b) {
        var c = new Uint8Array(32), d = new Uint8Array(32);
        pack25519(c, a);
        pack25519(d, b);
        return crypto_verify_32(c, 0, d, 0);
      }
      function par25519(a) {
        var d = new Uint8Array(32);
        pack25519(d, a);
        return d[0] & 1;
      }
      function unpack25519(o, n) {
        var i;
        for (i = 0; i < 16; i++) o[i] = n[2 * i] + (n[2 * i + 1] << 8);
        o[15] &= 32767;
      }
      function A(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] + b[i];
      }
      function Z(o, a, b) {
        for (var i = 0; i < 16; i++) o[i] = a[i] - b[i];
      }
      function M(o, a, b) {
        var v, c, t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0, t8 = 0, t9 = 0, t10 = 0, t11 = 0, t12 = 0, t13 = 0, t14 = 0, t15 = 0, t16 = 0, t17 = 0, t18 = 0, t19 = 0, t20 = 0, t21 = 0, t22 = 0, t23 = 0, t24 = 0, t25 = 0, t26 = 0, t27 = 0, t28 = 0, t29 = 0, t30 = 0, b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12], b13 = b[13], b14 = b[14], b15 = b[15];
        v = a[0];
        t0 += v * b0;
        t1 += v * b1;
        t2 += v * b2;
        t3 += v * b3;
        t4 += v * b4;
        t5 += v * b5;
        t6 += v * b6;
        t7 += v * b7;
        t8 += v * b8;
        t9 += v * b9;
        t10 += v * b10;
        t11 += v * b11;
        t12 += v * b12;
        t13 += v * b13;
        t14 += v * b14;
        t15 += v * b15;
        v = a[1];
        t1 += v * b0;
        t2 += v * b1;
        t3 += v * b2;
        t4 += v * b3;
        t5 += v * b4;
        t6 += v * b5;
        t7 += v * b6;
        t8 += v * b7;
        t9 += v * b8;
        t10 += v * b9;
        t11 += v * b10;
        t12 += v * b11;
        t13 += v * b12;
        t14 += v * b13;
        t15 += v * b14;
        t16 += v * b15;
        v = a[2];
        t2 += v * b0;
        t3 += v * b1;
        t4 += v * b2;
        t5 += v * b3;
        t6 += v * b4;
        t7 += v * b5;
        t8 += v * b6;
        t9 += v * b7;
        t10 += v * b8;
        t11 += v * b9;
        t12 += v * b10;
        t13 += v * b11;
        t14 += v * b12;
        t15 += v * b13;
        t16 += v * b14;
        t17 += v * b15;
        v = a[3];
        t3 += v * b0;
        t4 += v * b1;
        t5 += v * b2;
        t6 += v * b3;
        t7 += v * b4;
        t8 += v * b5;
        t9 += v * b6;
        t10 += v * b7;
        t11 += v * b8;
        t12 += v * b9;
        t13 += v * b10;
        t14 += v * b11;
        t15 += v * b12;
        t16 += v * b13;
        t17 += v * b14;
        t18 += v * b15;
        v = a[4];
        t4 += v * b0;
        t5 += v * b1;
        t6 += v * b2;
        t7 += v * b3;
        t8 += v * b4;
        t9 += v * b5;
        t10 += v * b6;
        t11 += v * b7;
        t12 += v * b8;
        t13 += v * b9;
        t14 += v * b10;
        t15 += v * b11;
        t16 += v * b12;
        t17 += v * b13;
        t18 += v * b14;
        t19 += v * b15;
        v = a[5];
        t5 += v * b0;
        t6 += v * b1;
        t7 += v * b2;
        t8 += v * b3;
        t9 += v * b4;
        t10 += v * b5;
        t11 += v * b6;
        t12 += v * b7;
        t13 += v * b8;
        t14 += v * b9;
        t15 += v * b10;
        t16 += v * b11;
        t17 += v * b12;
        t18 += v * b13;
        t19 += v * b14;
        t20 += v * b15;
        v = a[6];
        t6 += v * b0;
        t7 += v * b1;
        t8 += v * b2;
        t9 += v * b3;
        t10 += v * b4;
        t11 += v * b5;
        t12 += v * b6;
        t13 += v * b7;
        t14 += v * b8;
        t15 += v * b9;
        t16 += v * b10;
        t17 += v * b11;
        t18 += v * b12;
        t19 += v * b13;
        t20 += v * b14;
        t21 += v * b15;
        v = a[7];
        t7 += v * b0;
        t8 += v * b1;
        t9 += v * b2;
        t10 += v * b3;
        t11 += v * b4;
        t12 += v * b5;
        t13 += v * b6;
        t14 += v * b7;
        t15 += v * b8;
        t16 += v * b9;
        t17 += v * b10;
        t18 += v * b11;
        t19 += v * b12;
        t20 += v * b13;
        t21 += v * b14;
        t22 += v * b15;
        v = a[8];
        t8 += v * b0;
        t9 += v * b1;
        t10 += v * b2;
        t11 += v * b3;
        t12 += v * b4;
        t13 += v * b5;
        t14 += v * b6;
        t15 += v * b7;
        t16 += v * b8;
        t17 += v * b9;
        t18 += v * b10;
        t19 += v * b11;
        t20 += v * b12;
        t21 += v * b13;
        t22 += v * b14;
        t23 += v * b15;
        v = a[9];
        t9 += v * b0;
        t10 += v * b1;
        t11 += v * b2;
        t12 += v * b3;
        t13 += v * b4;
        t14 += v * b5;
        t15 += v * b6;
        t16 += v * b7;
        t17 += v * b8;
        t18 += v * b9;
        t19 += v * b10;
        t20 += v * b11;
        t21 += v * b12;
        t22 += v * b13;
        t23 += v * b14;
        t24 += v * b15;
        v = a[10];
        t10 += v * b0;
        t11 += v * b1;
        t12 += v * b2;
        t13 += v * b3;
        t14 += v * b4;
        t15 += v * b5;
        t16 += v * b6;
        t17 += v * b7;
        t18 += v * b8;
        t19 += v * b9;
        t20 += v * b10;
        t21 += v * b11;
        t22 += v * b12;
        t23 += v * b13;
        t24 += v * b14;
        t25 += v * b15;
        v = a[11];
        t11 += v * b0;
        t12 += v * b1;
        t13 += v * b2;
        t14 += v * b3;
        t15 += v * b4;
        t16 += v * b5;
        t17 += v * b6;
        t18 += v * b7;
        t19 += v * b8;
        t20 += v * b9;
        t21 += v * b10;
        t22 += v * b11;
        t23 += v * b12;
        t24 += v * b13;
        t25 += v * b14;
        t26 += v * b15;
        v = a[12];
        t12 += v * b0;
        t13 += v * b1;
        t14 += v * b2;
        t15 += v * b3;
        t16 += v * b4;
        t17 += v * b5;
        t18 += v * b6;
        t19 += v * b7;
        t20 += v * b8;
        t21 += v * b9;
        t22 += v * b10;
        t23 += v * b11;
        t24 += v * b12;
        t25 += v * b13;
        t26 += v * b14;
        t27 += v * b15;
        v = a[13];
        t13 += v * b0;
        t14 += v * b1;
        t15 += v * b2;
        t16 += v * b3;
        t17 += v * b4;
        t18 += v * b5;
        t19 += v * b6;
        t20 += v * b7;
        t21 += v * b8;
        t22 += v * b9;
        t23 += v * b10;
        t24 += v * b11;
        t25 += v * b12;
        t26 += v * b13;
        t27 += v * b14;
        t28 += v * b15;
        v = a[14];
        t14 += v * b0;
        t15 += v * b1;
        t16 += v * b2;
        t17 += v * b3;
        t18 += v * b4;
        t19 += v * b5;
        t20 += v * b6;
        t21 += v * b7;
        t22 += v * b8;
        t23 += v * b9;
        t24 += v * b10;
        t25 += v * b11;
        t26 += v * b12;
        t27 += v * b13;
        t28 += v * b14;
        t29 += v * b15;
        v = a[15];
        t15 += v * b0;
        t16 += v * b1;
        t17 += v * b2;
        t18 += v * b3;
        t19 += v * b4;
        t20 += v * b5;
        t21 += v * b6;
        t22 += v * b7;
        t23 += v * b8;
        t24 += v * b9;
        t25 += v * b10;
        t26 += v * b11;
        t27 += v * b12;
        t28 += v * b13;
        t29 += v * b14;
        t30 += v * b15;
        t0 += 38 * t16;
        t1 += 38 * t17;
        t2 += 38 * t18;
        t3 += 38 * t19;
        t4 += 38 * t20;
        t5 += 38 * t21;
        t6 += 38 * t22;
        t7 += 38 * t23;
        t8 += 38 * t24;
        t9 += 38 * t25;
        t10 += 38 * t26;
        t11 += 38 * t27;
        t12 += 38 * t28;
        t13 += 38 * t29;
        t14 += 38 * t30;
        c = 1;
        v = t0 + c + 65535;
        c = Math.floor(v / 65536);
        t0 = v - c * 65536;
        v = t1 + c + 65535;
        c = Math.floor(v / 65536);
        t1 = v - c * 65536;
        v = t2 + c + 65535;
        c = Math.floor(v / 65536);
        t2 = v - c * 65536;
        v = t3 + c + 65535;
        c = Math.floor(v / 65536);
        t3 = v - c * 65536;
        v = t4 + c + 65535;
        c = Math.floor(v / 65536);
        t4 = v - c * 65536;
        v = t5 + c + 65535;
        c = Math.floor(v / 65536);
        t5 = v - c * 65536;
        v = t6 + c + 65535;
        c = Math.floor(v / 65536);
        t6 = v - c * 65536;
        v = t7 + c + 65535;
        c = Math.floor(v / 65536);
        t7 = v - c * 65536;
        v = t8 + c + 65535;
        c = Math.floor(v / 65536);
        t8 = v - c * 65536;
        v = t9 + c + 65535;
        c = Math.floor(v / 65536);
        t9 = v - c * 65536;
        v = t10 + c + 65535;
        c = Math.floor(v / 65536);
        t10 = v - c * 65536;
        v = t11 + c + 65535;
        c = Math.floor(v / 65536);
        t11 = v - c * 65536;
        v = t12 + c + 65535;
        c = Math.floor(v / 65536);
        t12 = v - c * 65536;
        v = t13 + c + 65535;
        c = Math.floor(v / 65536);
        t13 = v - c * 65536;
        v = t14 + c + 65535;
        c = Math.floor(v / 65536);
        t14 = v - c * 65536;
        v = t15 + c + 65535;
        c = Math.floor(v / 65536);
        t15 = v - c * 65536;
        t0 += c - 1 + 37 * (c - 1);
        c = 1;
        v = t0 + c + 65535;
        c = Math.floor(v / 65536);
        t0 = v - c * 65536;
        v = t1 + c + 65535;
        c = Math.floor(v / 65536);
        t1 = v - c * 65536;
        v = t2 + c + 65535;
        c = Math.floor(v / 65536);
        t2 = v - c * 65536;
        v = t3 + c + 65535;
        c = Math.floor(v / 65536);
        t3 = v - c * 65536;
        v = t4 + c + 65535;
        c = Math.floor(v / 65536);
        t4 = v - c * 65536;
        v = t5 + c + 65535;
        c = Math.floor(v / 65536);
        t5 = v - c * 65536;
        v = t6 + c + 65535;
        c = Math.floor(v / 65536);
        t6 = v - c * 65536;
        v = t7 + c + 65535;
        c = Math.floor(v / 65536);
        t7 = v - c * 65536;
        v = t8 + c + 65535;
        c = Math.floor(v / 65536);
        t8 = v - c * 65536;
        v = t9 + c + 65535;
        c = Math.floor(v / 65536);
        t9 = v - c * 65536;
        v = t10 + c + 65535;
        c = Math.floor(v / 65536);
        t10 = v - c * 65536;
        v = t11 + c + 65535;
        c = Math.floor(v / 65536);
        t11 = v - c * 65536;
        v = t12 + c + 65535;
        c = Math.floor(v / 65536);
        t12 = v - c * 65536;
        v = t13 + c + 65535;
        c = Math.floor(v / 65536);
        t13 = v - c * 65536;
        v = t14 + c + 65535;
        c = Math.floor(v / 65536);
        t14 = v - c * 65536;
        v = t15 + c + 65535;
        c = Math.floor(v / 65536);
        t15 = v - c * 65536;
        t0 += c - 1 + 37 * (c - 1);
        o[0] = t0;
        o[1] = t1;
        o[2] = t2;
        o[3] = t3;
        o[4] = t4;
        o[5] = t5;
        o[6] = t6;
        o[7] = t7;
        o[8] = t8;
        o[9] = t9;
        o[10] = t10;
        o[11] = t11;
        o[12] = t12;
        o[13] = t13;
        o[14] = t14;
        o[15] = t15;
      }
      function S(o, a) {
        M(o, a, a);
      }
      function inv25519(o, i) {
        var c = gf();
        var a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 253; a >= 0; a--) {
          S(c, c);
          if (a !== 2 && a !== 4) M(c, c, i);
        }
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      function pow2523(o, i) {
        var c = gf();
        var a;
        for (a = 0; a < 16; a++) c[a] = i[a];
        for (a = 250; a >= 0; a--) {
          S(c, c);
          if (a !== 1) M(c, c, i);
        }
        for (a = 0; a < 16; a++) o[a] = c[a];
      }
      function crypto_scalarmult(q, n, p) {
        var z = new Uint8Array(32);
        var x = new Float64Array(80), r, i;
        var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf();
        for (i = 0; i < 31; i++) z[i] = n[i];
        z[31] = n[31] & 127 | 64;
        z[0] &= 248;
        unpack25519(x, p);
        for (i = 0; i < 16; i++) {
          b[i] = x[i];
          d[i] = a[i] = c[i] = 0;
        }
        a[0] = d[0] = 1;
        for (i = 254; i >= 0; --i) {
          r = z[i >>> 3] >>> (i & 7) & 1;
          sel25519(a, b, r);
          sel25519(c, d, r);
          A(e, a, c);
          Z(a, a, c);
          A(c, b, d);
          Z(b, b, d);
          S(d, e);
          S(f, a);
          M(a, c, a);
          M(c, b, e);
          A(e, a, c);
          Z(a, a, c);
          S(b, a);
          Z(c, d, f);
          M(a, c, _121665);
          A(a, a, d);
          M(c, c, a);
          M(a, d, f);
          M(d, b, x);
          S(b, e);
          sel25519(a, b, r);
          sel25519(c, d, r);
        }
        for (i = 0; i < 16; i++) {
          x[i + 16] = a[i];
          x[i + 32] = c[i];
          x[i + 48] = b[i];
          x[i + 64] = d[i];
        }
        var x32 = x.subarray(32);
        var x16 = x.subarray(16);
        inv25519(x32, x32);
        M(x16, x16, x32);
        pack25519(q, x16);
        return 0;
      }
      function crypto_scalarmult_base(q, n) {
        return crypto_scalarmult(q, n, _9);
      }
      function crypto_box_keypair(y, x) {
        randombytes(x, 32);
        return crypto_scalarmult_base(y, x);
      }
      function crypto_box_beforenm(k, y, x) {
        var s = new Uint8Array(32);
        crypto_scalarmult(s, x, y);
        return crypto_core_hsalsa20(k, _0, s, sigma);
      }
      var crypto_box_afternm = crypto_secretbox;
      var crypto_box_open_afternm = crypto_secretbox_open;
      function crypto_box(c, m, d, n, y, x) {
        var k = new Uint8Array(32);
        crypto_box_beforenm(k, y, x);
        return crypto_box_afternm(c, m, d, n, k);
      }
      function crypto_box_open(m, c, d, n, y, x) {
        var k = new Uint8Array(32);
        crypto_box_beforenm(k, y, x);
        return crypto_box_open_afternm(m, c, d, n, k);
      }
      var K = [
        1116352408,
        3609767458,
        1899447441,
        602891725,
        3049323471,
        3964484399,
        3921009573,
        2173295548,
        961987163,
        4081628472,
        1508970993,
        3053834265,
        2453635748,
        2937671579,
        2870763221,
        3664609560,
        3624381080,
        2734883394,
        310598401,
        1164996542,
        607225278,
        1323610764,
        1426881987,
        3590304994,
        1925078388,
        4068182383,
        2162078206,
        991336113,
        2614888103,
        633803317,
        3248222580,
        3479774868,
        3835390401,
        2666613458,
        4022224774,
        944711139,
        264347078,
        2341262773,
        604807628,
        2007800933,
        770255983,
        1495990901,
        1249150122,
        1856431235,
        1555081692,
        3175218132,
        1996064986,
        2198950837,
        2554220882,
        3999719339,
        2821834349,
        766784016,
        2952996808,
        2566594879,
        3210313671,
        3203337956,
        3336571891,
        1034457026,
        3584528711,
        2466948901,
        113926993,
        3758326383,
        338241895,
        168717936,
        666307205,
        1188179964,
        773529912,
        1546045734,
        1294757372,
        1522805485,
        1396182291,
        2643833823,
        1695183700,
        2343527390,
        1986661051,
        1014477480,
        2177026350,
        1206759142,
        2456956037,
        344077627,
        2730485921,
        1290863460,
        2820302411,
        3158454273,
        3259730800,
        3505952657,
        3345764771,
        106217008,
        3516065817,
        3606008344,
        3600352804,
        1432725776,
        4094571909,
        1467031594,
        275423344,
        851169720,
        430227734,
        3100823752,
        506948616,
        1363258195,
        659060556,
        3750685593,
        883997877,
        3785050280,
        958139571,
        3318307427,
        1322822218,
        3812723403,
        1537002063,
        2003034995,
        1747873779,
        3602036899,
        1955562222,
        1575990012,
        2024104815,
        1125592928,
        2227730452,
        2716904306,
        2361852424,
        442776044,
        2428436474,
        593698344,
        2756734187,
        3733110249,
        3204031479,
        2999351573,
        3329325298,
        3815920427,
        3391569614,
        3928383900,
        3515267271,
        566280711,
        3940187606,
        3454069534,
        4118630271,
        4000239992,
        116418474,
        1914138554,
        174292421,
        2731055270,
        289380356,
        3203993006,
        460393269,
        320620315,
        685471733,
        587496836,
        852142971,
        1086792851,
        1017036298,
        365543100,
        1126000580,
        2618297676,
        1288033470,
        3409855158,
        1501505948,
        4234509866,
        1607167915,
        987167468,
        1816402316,
        1246189591
      ];
      function crypto_hashblocks_hl(hh, hl, m, n) {
        var wh = new Int32Array(16), wl = new Int32Array(16), bh0, bh1, bh2, bh3, bh4, bh5, bh6, bh7, bl0, bl1, bl2, bl3, bl4, bl5, bl6, bl7, th, tl, i, j, h, l, a, b, c, d;
        var ah0 = hh[0], ah1 = hh[1], ah2 = hh[2], ah3 = hh[3], ah4 = hh[4], ah5 = hh[5], ah6 = hh[6], ah7 = hh[7], al0 = hl[0], al1 = hl[1], al2 = hl[2], al3 = hl[3], al4 = hl[4], al5 = hl[5], al6 = hl[6], al7 = hl[7];
        var pos = 0;
        while (n >= 128) {
          for (i = 0; i < 16; i++) {
            j = 8 * i + pos;
            wh[i] = m[j + 0] << 24 | m[j + 1] << 16 | m[j + 2] << 8 | m[j + 3];
            wl[i] = m[j + 4] << 24 | m[j + 5] << 16 | m[j + 6] << 8 | m[j + 7];
          }
          for (i = 0; i < 80; i++) {
            bh0 = ah0;
            bh1 = ah1;
            bh2 = ah2;
            bh3 = ah3;
            bh4 = ah4;
            bh5 = ah5;
            bh6 = ah6;
            bh7 = ah7;
            bl0 = al0;
            bl1 = al1;
            bl2 = al2;
            bl3 = al3;
            bl4 = al4;
            bl5 = al5;
            bl6 = al6;
            bl7 = al7;
            h = ah7;
            l = al7;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = (ah4 >>> 14 | al4 << 32 - 14) ^ (ah4 >>> 18 | al4 << 32 - 18) ^ (al4 >>> 41 - 32 | ah4 << 32 - (41 - 32));
            l = (al4 >>> 14 | ah4 << 32 - 14) ^ (al4 >>> 18 | ah4 << 32 - 18) ^ (ah4 >>> 41 - 32 | al4 << 32 - (41 - 32));
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = ah4 & ah5 ^ ~ah4 & ah6;
            l = al4 & al5 ^ ~al4 & al6;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = K[i * 2];
            l = K[i * 2 + 1];
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = wh[i % 16];
            l = wl[i % 16];
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            th = c & 65535 | d << 16;
            tl = a & 65535 | b << 16;
            h = th;
            l = tl;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = (ah0 >>> 28 | al0 << 32 - 28) ^ (al0 >>> 34 - 32 | ah0 << 32 - (34 - 32)) ^ (al0 >>> 39 - 32 | ah0 << 32 - (39 - 32));
            l = (al0 >>> 28 | ah0 << 32 - 28) ^ (ah0 >>> 34 - 32 | al0 << 32 - (34 - 32)) ^ (ah0 >>> 39 - 32 | al0 << 32 - (39 - 32));
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            h = ah0 & ah1 ^ ah0 & ah2 ^ ah1 & ah2;
            l = al0 & al1 ^ al0 & al2 ^ al1 & al2;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            bh7 = c & 65535 | d << 16;
            bl7 = a & 65535 | b << 16;
            h = bh3;
            l = bl3;
            a = l & 65535;
            b = l >>> 16;
            c = h & 65535;
            d = h >>> 16;
            h = th;
            l = tl;
            a += l & 65535;
            b += l >>> 16;
            c += h & 65535;
            d += h >>> 16;
            b += a >>> 16;
            c += b >>> 16;
            d += c >>> 16;
            bh3 = c & 65535 | d << 16;
            bl3 = a & 65535 | b << 16;
            ah1 = bh0;
            ah2 = bh1;
            ah3 = bh2;
            ah4 = bh3;
            ah5 = bh4;
            ah6 = bh5;
            ah7 = bh6;
            ah0 = bh7;
            al1 = bl0;
            al2 = bl1;
            al3 = bl2;
            al4 = bl3;
            al5 = bl4;
            al6 = bl5;
            al7 = bl6;
            al0 = bl7;
            if (i % 16 === 15) {
              for (j = 0; j < 16; j++) {
                h = wh[j];
                l = wl[j];
                a = l & 65535;
                b = l >>> 16;
                c = h & 65535;
                d = h >>> 16;
                h = wh[(j + 9) % 16];
                l = wl[(j + 9) % 16];
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                th = wh[(j + 1) % 16];
                tl = wl[(j + 1) % 16];
                h = (th >>> 1 | tl << 32 - 1) ^ (th >>> 8 | tl << 32 - 8) ^ th >>> 7;
                l = (tl >>> 1 | th << 32 - 1) ^ (tl >>> 8 | th << 32 - 8) ^ (tl >>> 7 | th << 32 - 7);
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                th = wh[(j + 14) % 16];
                tl = wl[(j + 14) % 16];
                h = (th >>> 19 | tl << 32 - 19) ^ (tl >>> 61 - 32 | th << 32 - (61 - 32)) ^ th >>> 6;
                l = (tl >>> 19 | th << 32 - 19) ^ (th >>> 61 - 32 | tl << 32 - (61 - 32)) ^ (tl >>> 6 | th << 32 - 6);
                a += l & 65535;
                b += l >>> 16;
                c += h & 65535;
                d += h >>> 16;
                b += a >>> 16;
                c += b >>> 16;
                d += c >>> 16;
                wh[j] = c & 65535 | d << 16;
                wl[j] = a & 65535 | b << 16;
              }
            }
          }
          h = ah0;
          l = al0;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[0];
          l = hl[0];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[0] = ah0 = c & 65535 | d << 16;
          hl[0] = al0 = a & 65535 | b << 16;
          h = ah1;
          l = al1;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[1];
          l = hl[1];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[1] = ah1 = c & 65535 | d << 16;
          hl[1] = al1 = a & 65535 | b << 16;
          h = ah2;
          l = al2;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[2];
          l = hl[2];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[2] = ah2 = c & 65535 | d << 16;
          hl[2] = al2 = a & 65535 | b << 16;
          h = ah3;
          l = al3;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[3];
          l = hl[3];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[3] = ah3 = c & 65535 | d << 16;
          hl[3] = al3 = a & 65535 | b << 16;
          h = ah4;
          l = al4;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[4];
          l = hl[4];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[4] = ah4 = c & 65535 | d << 16;
          hl[4] = al4 = a & 65535 | b << 16;
          h = ah5;
          l = al5;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[5];
          l = hl[5];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[5] = ah5 = c & 65535 | d << 16;
          hl[5] = al5 = a & 65535 | b << 16;
          h = ah6;
          l = al6;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[6];
          l = hl[6];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[6] = ah6 = c & 65535 | d << 16;
          hl[6] = al6 = a & 65535 | b << 16;
          h = ah7;
          l = al7;
          a = l & 65535;
          b = l >>> 16;
          c = h & 65535;
          d = h >>> 16;
          h = hh[7];
          l = hl[7];
          a += l & 65535;
          b += l >>> 16;
          c += h & 65535;
          d += h >>> 16;
          b += a >>> 16;
          c += b >>> 16;
          d += c >>> 16;
          hh[7] = ah7 = c & 65535 | d << 16;
          hl[7] = al7 = a & 65535 | b << 16;
          pos += 128;
          n -= 128;
        }
        return n;
      }
      function crypto_hash(out, m, n) {
        var hh = new Int32Array(8), hl = new Int32Array(8), x = new Uint8Array(256), i, b = n;
        hh[0] = 1779033703;
        hh[1] = 3144134277;
        hh[2] = 1013904242;
        hh[3] = 2773480762;
        hh[4] = 1359893119;
        hh[5] = 2600822924;
        hh[6] = 528734635;
        hh[7] = 1541459225;
        hl[0] = 4089235720;
        hl[1] = 2227873595;
        hl[2] = 4271175723;
        hl[3] = 1595750129;
        hl[4] = 2917565137;
        hl[5] = 725511199;
        hl[6] = 4215389547;
        hl[7] = 327033209;
        crypto_hashblocks_hl(hh, hl, m, n);
        n %= 128;
        for (i = 0; i < n; i++) x[i] = m[b - n + i];
        x[n] = 128;
        n = 256 - 128 * (n < 112 ? 1 : 0);
        x[n - 9] = 0;
        ts64(x, n - 8, b / 536870912 | 0, b << 3);
        crypto_hashblocks_hl(hh, hl, x, n);
        for (i = 0; i < 8; i++) ts64(out, 8 * i, hh[i], hl[i]);
        return 0;
      }
      function add(p, q) {
        var a = gf(), b = gf(), c = gf(), d = gf(), e = gf(), f = gf(), g = gf(), h = gf(), t = gf();
        Z(a, p[1], p[0]);
        Z(t, q[1], q[0]);
        M(a, a, t);
        A(b, p[0], p[1]);
        A(t, q[0], q[1]);
        M(b, b, t);
        M(c, p[3], q[3]);
        M(c, c, D2);
        M(d, p[2], q[2]);
        A(d, d, d);
        Z(e, b, a);
        Z(f, d, c);
        A(g, d, c);
        A(h, b, a);
        M(p[0], e, f);
        M(p[1], h, g);
        M(p[2], g, f);
        M(p[3], e, h);
      }
      function cswap(p, q, b) {
        var i;
        for (i = 0; i < 4; i++) {
          sel25519(p[i], q[i], b);
        }
      }
      function pack(r, p) {
        var tx = gf(), ty = gf(), zi = gf();
        inv25519(zi, p[2]);
        M(tx, p[0], zi);
        M(ty, p[1], zi);
        pack25519(r, ty);
        r[31] ^= par25519(tx) << 7;
      }
      function scalarmult(p, q, s) {
        var b, i;
        set25519(p[0], gf0);
        set25519(p[1], gf1);
        set25519(p[2], gf1);
        set25519(p[3], gf0);
        for (i = 255; i >= 0; --i) {
          b = s[i / 8 | 0] >> (i & 7) & 1;
          cswap(p, q, b);
          add(q, p);
          add(p, p);
          cswap(p, q, b);
        }
      }
      function scalarbase(p, s) {
        var q = [gf(), gf(), gf(), gf()];
        set25519(q[0], X);
        set25519(q[1], Y);
        set25519(q[2], gf1);
        M(q[3], X, Y);
        scalarmult(p, q, s);
      }
      function crypto_sign_keypair(pk, sk, seeded) {
        var d = new Uint8Array(64);
        var p = [gf(), gf(), gf(), gf()];
        var i;
        if (!seeded) randombytes(sk, 32);
        crypto_hash(d, sk, 32);
        d[0] &= 248;
        d[31] &= 127;
        d[31] |= 64;
        scalarbase(p, d);
        pack(pk, p);
        for (i = 0; i < 32; i++) sk[i + 32] = pk[i];
        return 0;
      }
      var L = new Float64Array([237, 211, 245, 92, 26, 99, 18, 88, 214, 156, 247, 162, 222, 249, 222, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16]);
      function modL(r, x) {
        var carry, i, j, k;
        for (i = 63; i >= 32; --i) {
          carry = 0;
          for (j = i - 32, k = i - 12; j < k; ++j) {
            x[j] += carry - 16 * x[i] * L[j - (i - 32)];
            carry = Math.floor((x[j] + 128) / 256);
            x[j] -= carry * 256;
          }
          x[j] += carry;
          x[i] = 0;
        }
        carry = 0;
        for (j = 0; j < 32; j++) {
          x[j] += carry - (x[31] >> 4) * L[j];
          carry = x[j] >> 8;
          x[j] &= 255;
        }
        for (j = 0; j < 32; j++) x[j] -= carry * L[j];
        for (i = 0; i < 32; i++) {
          x[i + 1] += x[i] >> 8;
          r[i] = x[i] & 255;
        }
      }
      function reduce(r) {
        var x = new Float64Array(64), i;
        for (i = 0; i < 64; i++) x[i] = r[i];
        for (i = 0; i < 64; i++) r[i] = 0;
        modL(r, x);
      }
      function crypto_sign(sm, m, n, sk) {
        var d = new Uint8Array(64), h = new Uint8Array(64), r = new Uint8Array(64);
        var i, j, x = new Float64Array(64);
        var p = [gf(), gf(), gf(), gf()];
        crypto_hash(d, sk, 32);
        d[0] &= 248;
        d[31] &= 127;
        d[31] |= 64;
        var smlen = n + 64;
        for (i = 0; i < n; i++) sm[64 + i] = m[i];
        for (i = 0; i < 32; i++) sm[32 + i] = d[32 + i];
        crypto_hash(r, sm.subarray(32), n + 32);
        reduce(r);
        scalarbase(p, r);
        pack(sm, p);
        for (i = 32; i < 64; i++) sm[i] = sk[i];
        crypto_hash(h, sm, n + 64);
        reduce(h);
        for (i = 0; i < 64; i++) x[i] = 0;
        for (i = 0; i < 32; i++) x[i] = r[i];
        for (i = 0; i < 32; i++) {
          for (j = 0; j < 32; j++) {
            x[i + j] += h[i] * d[j];
          }
        }
        modL(sm.subarray(32), x);
        return smlen;
      }
      function unpackneg(r, p) {
        var t = gf(), chk = gf(), num = gf(), den = gf(), den2 = gf(), den4 = gf(), den6 = gf();
        set25519(r[2], gf1);
        unpack25519(r[1], p);
        S(num, r[1]);
        M(den, num, D);
        Z(num, num, r[2]);
        A(den, r[2], den);
        S(den2, den);
        S(den4, den2);
        M(den6, den4, den2);
        M(t, den6, num);
        M(t, t, den);
        pow2523(t, t);
        M(t, t, num);
        M(t, t, den);
        M(t, t, den);
        M(r[0], t, den);
        S(chk, r[0]);
        M(chk, chk, den);
        if (neq25519(chk, num)) M(r[0], r[0], I);
        S(chk, r[0]);
        M(chk, chk, den);
        if (neq25519(chk, num)) return -1;
        if (par25519(r[0]) === p[31] >> 7) Z(r[0], gf0, r[0]);
        M(r[3], r[0], r[1]);
        return 0;
      }
      function crypto_sign_open(m, sm, n, pk) {
        var i;
        var t = new Uint8Array(32), h = new Uint8Array(64);
        var p = [gf(), gf(), gf(), gf()], q = [gf(), gf(), gf(), gf()];
        if (n < 64) return -1;
        if (unpackneg(q, pk)) return -1;
        for (i = 0; i < n; i++) m[i] = sm[i];
        for (i = 0; i < 32; i++) m[i + 32] = pk[i];
        crypto_hash(h, m, n);
        reduce(h);
        scalarmult(p, q, h);
        scalarbase(q, sm.subarray(32));
        add(p, q);
        pack(t, p);
        n -= 64;
        if (crypto_verify_32(sm, 0, t, 0)) {
          for (i = 0; i < n; i++) m[i] = 0;
          return -1;
        }
        for (i = 0; i < n; i++) m[i] = sm[i + 64];
        return n;
      }
      var crypto_secretbox_KEYBYTES = 32, crypto_secretbox_NONCEBYTES = 24, crypto_secretbox_ZEROBYTES = 32, crypto_secretbox_BOXZEROBYTES = 16, crypto_scalarmult_BYTES = 32, crypto_scalarmult_SCALARBYTES = 32, crypto_box_PUBLICKEYBYTES = 32, crypto_box_SECRETKEYBYTES = 32, crypto_box_BEFORENMBYTES = 32, crypto_box_NONCEBYTES = crypto_secretbox_NONCEBYTES, crypto_box_ZEROBYTES = crypto_secretbox_ZEROBYTES, crypto_box_BOXZEROBYTES = crypto_secretbox_BOXZEROBYTES, crypto_sign_BYTES = 64, crypto_sign_PUBLICKEYBYTES = 32, crypto_sign_SECRETKEYBYTES = 64, crypto_sign_SEEDBYTES = 32, crypto_hash_BYTES = 64;
      nacl2.lowlevel = {
        crypto_core_hsalsa20,
        crypto_stream_xor,
        crypto_stream,
        crypto_stream_salsa20_xor,
        crypto_stream_salsa20,
        crypto_onetimeauth,
        crypto_onetimeauth_verify,
        crypto_verify_16,
        crypto_verify_32,
        crypto_secretbox,
        crypto_secretbox_open,
        crypto_scalarmult,
        crypto_scalarmult_base,
        crypto_box_beforenm,
        crypto_box_afternm,
        crypto_box,
        crypto_box_open,
        crypto_box_keypair,
        crypto_hash,
        crypto_sign,
        crypto_sign_keypair,
        crypto_sign_open,
        crypto_secretbox_KEYBYTES,
        crypto_secretbox_NONCEBYTES,
        crypto_secretbox_ZEROBYTES,
        crypto_secretbox_BOXZEROBYTES,
        crypto_scalarmult_BYTES,
        crypto_scalarmult_SCALARBYTES,
        crypto_box_PUBLICKEYBYTES,
        crypto_box_SECRETKEYBYTES,
        crypto_box_BEFORENMBYTES,
        crypto_box_NONCEBYTES,
        crypto_box_ZEROBYTES,
        crypto_box_BOXZEROBYTES,
        crypto_sign_BYTES,
        crypto_sign_PUBLICKEYBYTES,
        crypto_sign_SECRETKEYBYTES,
        crypto_sign_SEEDBYTES,
        crypto_hash_BYTES,
        gf,
        D,
        L,
        pack25519,
        unpack25519,
        M,
        A,
        S,
        Z,
        pow2523,
        add,
        set25519,
        modL,
        scalarmult,
        scalarbase
      };
      function checkLengths(k, n) {
        if (k.length !== crypto_secretbox_KEYBYTES) throw new Error("bad key size");
        if (n.length !== crypto_secretbox_NONCEBYTES) throw new Error("bad nonce size");
      }
      function checkBoxLengths(pk, sk) {
        if (pk.length !== crypto_box_PUBLICKEYBYTES) throw new Error("bad public key size");
        if (sk.length !== crypto_box_SECRETKEYBYTES) throw new Error("bad secret key size");
      }
      function checkArrayTypes() {
        for (var i = 0; i < arguments.length; i++) {
          if (!(arguments[i] instanceof Uint8Array))
            throw new TypeError("unexpected type, use Uint8Array");
        }
      }
      function cleanup(arr) {
        for (var i = 0; i < arr.length; i++) arr[i] = 0;
      }
      nacl2.randomBytes = function(n) {
        var b = new Uint8Array(n);
        randombytes(b, n);
        return b;
      };
      nacl2.secretbox = function(msg, nonce, key) {
        checkArrayTypes(msg, nonce, key);
        checkLengths(key, nonce);
        var m = new Uint8Array(crypto_secretbox_ZEROBYTES + msg.length);
        var c = new Uint8Array(m.length);
        for (var i = 0; i < msg.length; i++) m[i + crypto_secretbox_ZEROBYTES] = msg[i];
        crypto_secretbox(c, m, m.length, nonce, key);
        return c.subarray(crypto_secretbox_BOXZEROBYTES);
      };
      nacl2.secretbox.open = function(box, nonce, key) {
        checkArrayTypes(box, nonce, key);
        checkLengths(key, nonce);
        var c = new Uint8Array(crypto_secretbox_BOXZEROBYTES + box.length);
        var m = new Uint8Array(c.length);
        for (var i = 0; i < box.length; i++) c[i + crypto_secretbox_BOXZEROBYTES] = box[i];
        if (c.length < 32) return null;
        if (crypto_secretbox_open(m, c, c.length, nonce, key) !== 0) return null;
        return m.subarray(crypto_secretbox_ZEROBYTES);
      };
      nacl2.secretbox.keyLength = crypto_secretbox_KEYBYTES;
      nacl2.secretbox.nonceLength = crypto_secretbox_NONCEBYTES;
      nacl2.secretbox.overheadLength = crypto_secretbox_BOXZEROBYTES;
      nacl2.scalarMult = function(n, p) {
        checkArrayTypes(n, p);
        if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        if (p.length !== crypto_scalarmult_BYTES) throw new Error("bad p size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        crypto_scalarmult(q, n, p);
        return q;
      };
      nacl2.scalarMult.base = function(n) {
        checkArrayTypes(n);
        if (n.length !== crypto_scalarmult_SCALARBYTES) throw new Error("bad n size");
        var q = new Uint8Array(crypto_scalarmult_BYTES);
        crypto_scalarmult_base(q, n);
        return q;
      };
      nacl2.scalarMult.scalarLength = crypto_scalarmult_SCALARBYTES;
      nacl2.scalarMult.groupElementLength = crypto_scalarmult_BYTES;
      nacl2.box = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox(msg, nonce, k);
      };
      nacl2.box.before = function(publicKey, secretKey) {
        checkArrayTypes(publicKey, secretKey);
        checkBoxLengths(publicKey, secretKey);
        var k = new Uint8Array(crypto_box_BEFORENMBYTES);
        crypto_box_beforenm(k, publicKey, secretKey);
        return k;
      };
      nacl2.box.after = nacl2.secretbox;
      nacl2.box.open = function(msg, nonce, publicKey, secretKey) {
        var k = nacl2.box.before(publicKey, secretKey);
        return nacl2.secretbox.open(msg, nonce, k);
      };
      nacl2.box.open.after = nacl2.secretbox.open;
      nacl2.box.keyPair = function() {
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_box_SECRETKEYBYTES);
        crypto_box_keypair(pk, sk);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.box.keyPair.fromSecretKey = function(secretKey) {
        checkArrayTypes(secretKey);
        if (secretKey.length !== crypto_box_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var pk = new Uint8Array(crypto_box_PUBLICKEYBYTES);
        crypto_scalarmult_base(pk, secretKey);
        return { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      };
      nacl2.box.publicKeyLength = crypto_box_PUBLICKEYBYTES;
      nacl2.box.secretKeyLength = crypto_box_SECRETKEYBYTES;
      nacl2.box.sharedKeyLength = crypto_box_BEFORENMBYTES;
      nacl2.box.nonceLength = crypto_box_NONCEBYTES;
      nacl2.box.overheadLength = nacl2.secretbox.overheadLength;
      nacl2.sign = function(msg, secretKey) {
        checkArrayTypes(msg, secretKey);
        if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var signedMsg = new Uint8Array(crypto_sign_BYTES + msg.length);
        crypto_sign(signedMsg, msg, msg.length, secretKey);
        return signedMsg;
      };
      nacl2.sign.open = function(signedMsg, publicKey) {
        checkArrayTypes(signedMsg, publicKey);
        if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var tmp = new Uint8Array(signedMsg.length);
        var mlen = crypto_sign_open(tmp, signedMsg, signedMsg.length, publicKey);
        if (mlen < 0) return null;
        var m = new Uint8Array(mlen);
        for (var i = 0; i < m.length; i++) m[i] = tmp[i];
        return m;
      };
      nacl2.sign.detached = function(msg, secretKey) {
        var signedMsg = nacl2.sign(msg, secretKey);
        var sig = new Uint8Array(crypto_sign_BYTES);
        for (var i = 0; i < sig.length; i++) sig[i] = signedMsg[i];
        return sig;
      };
      nacl2.sign.detached.verify = function(msg, sig, publicKey) {
        checkArrayTypes(msg, sig, publicKey);
        if (sig.length !== crypto_sign_BYTES)
          throw new Error("bad signature size");
        if (publicKey.length !== crypto_sign_PUBLICKEYBYTES)
          throw new Error("bad public key size");
        var sm = new Uint8Array(crypto_sign_BYTES + msg.length);
        var m = new Uint8Array(crypto_sign_BYTES + msg.length);
        var i;
        for (i = 0; i < crypto_sign_BYTES; i++) sm[i] = sig[i];
        for (i = 0; i < msg.length; i++) sm[i + crypto_sign_BYTES] = msg[i];
        return crypto_sign_open(m, sm, sm.length, publicKey) >= 0;
      };
      nacl2.sign.keyPair = function() {
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(pk, sk);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.sign.keyPair.fromSecretKey = function(secretKey) {
        checkArrayTypes(secretKey);
        if (secretKey.length !== crypto_sign_SECRETKEYBYTES)
          throw new Error("bad secret key size");
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        for (var i = 0; i < pk.length; i++) pk[i] = secretKey[32 + i];
        return { publicKey: pk, secretKey: new Uint8Array(secretKey) };
      };
      nacl2.sign.keyPair.fromSeed = function(seed) {
        checkArrayTypes(seed);
        if (seed.length !== crypto_sign_SEEDBYTES)
          throw new Error("bad seed size");
        var pk = new Uint8Array(crypto_sign_PUBLICKEYBYTES);
        var sk = new Uint8Array(crypto_sign_SECRETKEYBYTES);
        for (var i = 0; i < 32; i++) sk[i] = seed[i];
        crypto_sign_keypair(pk, sk, true);
        return { publicKey: pk, secretKey: sk };
      };
      nacl2.sign.publicKeyLength = crypto_sign_PUBLICKEYBYTES;
      nacl2.sign.secretKeyLength = crypto_sign_SECRETKEYBYTES;
      nacl2.sign.seedLength = crypto_sign_SEEDBYTES;
      nacl2.sign.signatureLength = crypto_sign_BYTES;
      nacl2.hash = function(msg) {
        checkArrayTypes(msg);
        var h = new Uint8Array(crypto_hash_BYTES);
        crypto_hash(h, msg, msg.length);
        return h;
      };
      nacl2.hash.hashLength = crypto_hash_BYTES;
      nacl2.verify = function(x, y) {
        checkArrayTypes(x, y);
        if (x.length === 0 || y.length === 0) return false;
        if (x.length !== y.length) return false;
        return vn(x, 0, y, 0, x.length) === 0 ? true : false;
      };
      nacl2.setPRNG = function(fn) {
        randombytes = fn;
      };
      (function() {
        var crypto = typeof self !== "undefined" ? self.crypto || self.msCrypto : null;
        if (crypto && crypto.getRandomValues) {
          var QUOTA = 65536;
          nacl2.setPRNG(function(x, n) {
            var i, v = new Uint8Array(n);
            for (i = 0; i < n; i += QUOTA) {
              crypto.getRandomValues(v.subarray(i, i + Math.min(n - i, QUOTA)));
            }
            for (i = 0; i < n; i++) x[i] = v[i];
            cleanup(v);
          });
        } else if (typeof __require !== "undefined") {
          crypto = __require("crypto");
          if (crypto && crypto.randomBytes) {
            nacl2.setPRNG(function(x, n) {
              var i, v = crypto.randomBytes(n);
              for (i = 0; i < n; i++) x[i] = v[i];
              cleanup(v);
            });
          }
        }
      })();
    })(typeof module !== "undefined" && module.exports ? module.exports : self.nacl = self.nacl || {});
  }
});

// src/core/errors.ts
var errors_exports = {};
__export(errors_exports, {
  UserError: () => UserError,
  errorMessage: () => errorMessage,
  usageError: () => usageError
});
var UserError = class extends Error {
  exitCode;
  // a field, not a parameter property: the bench runs this file with type stripping
  constructor(message, exitCode = 1) {
    super(message);
    this.name = "UserError";
    this.exitCode = exitCode;
  }
};
function usageError(message) {
  return new UserError(message, 2);
}
function errorMessage(err) {
  const raw = err instanceof Error ? err.message : String(err);
  return raw.replace(/\s*\n\s*/g, " ").trim() || "unknown error";
}

// src/audit/audit.ts
import { userInfo } from "node:os";

// src/layout.ts
import { join } from "node:path";
function layoutRoot(env = process.env, uid = process.getuid?.()) {
  return uid === 0 && env.NTC_ROOT ? env.NTC_ROOT : "/";
}
var root = layoutRoot();
var at = (p) => join(root, p);
var LAYOUT = {
  nixConf: at("etc/nix/nix.conf"),
  dropIn: at("etc/nix/nix-trusted-cache.conf"),
  etcDir: at("etc/nix-trusted-cache"),
  signingKey: at("etc/nix-trusted-cache/signing-key"),
  fixedOutputSigningKey: at("etc/nix-trusted-cache/fixed-output-signing-key"),
  credentials: at("etc/nix-trusted-cache/credentials"),
  config: at("etc/nix-trusted-cache/config.json"),
  hook: at("etc/nix-trusted-cache/post-build-hook"),
  libDir: at("usr/local/lib/nix-trusted-cache"),
  worker: at("usr/local/lib/nix-trusted-cache/cli.js"),
  node: at("usr/local/lib/nix-trusted-cache/node"),
  stateDir: at("var/lib/nix-trusted-cache"),
  queueDir: at("var/lib/nix-trusted-cache/queue"),
  failedDir: at("var/lib/nix-trusted-cache/failed"),
  ledger: at("var/lib/nix-trusted-cache/ledger.jsonl"),
  status: at("var/lib/nix-trusted-cache/status.json"),
  // in the root-only queue directory: no other user can open the lock, so none can hold it (flock needs a fd)
  workerLock: at("var/lib/nix-trusted-cache/queue/.worker.lock"),
  workerPid: at("var/lib/nix-trusted-cache/worker.pid"),
  workerLog: at("var/log/nix-trusted-cache/worker.log"),
  logDir: at("var/log/nix-trusted-cache")
};

// src/audit/checks.ts
var check = (id, title, status, seen, fix) => ({ id, title, status, seen, fix });
var octal = (mode) => "0" + (mode & 4095).toString(8).padStart(3, "0");
function owner(s) {
  const u = s.uid === 0 ? "root" : `uid ${s.uid}`;
  const g = s.gid === 0 ? "root" : `gid ${s.gid}`;
  return `${u}:${g}`;
}
var describeStat = (s) => `${owner(s)} ${octal(s.mode)}`;
function setting(f, name) {
  return f.nixConfig.settings?.[name];
}
function list(v) {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === "string") return v.split(/\s+/).filter(Boolean);
  return [];
}
function noConfig(f, id, title, fix) {
  if (f.nixConfig.settings) return void 0;
  return check(id, title, "fail", `could not read the Nix configuration as ${f.user.name}: ${f.nixConfig.error ?? "no output"}`, fix);
}
function checkBuildsThroughDaemon(f) {
  const title = "Builds go through nix-daemon";
  const fix = "Install Nix multi-user (the daemon builds; the runner user only talks to its socket) and do not set NIX_REMOTE/store to a local store.";
  const raw = setting(f, "store");
  const store = typeof raw === "string" ? raw : void 0;
  if (store === void 0)
    return check(
      "builds-through-daemon",
      title,
      "fail",
      `could not read the store setting as ${f.user.name}: ${f.nixConfig.error ?? "no output"}`,
      fix
    );
  const viaDaemon = store === "daemon" || store.startsWith("unix://") || store === "auto";
  if (!viaDaemon)
    return check("builds-through-daemon", title, "fail", `${f.user.name}'s store is ${JSON.stringify(store)}, not the daemon`, fix);
  if (f.socket.error === "EACCES")
    return check(
      "builds-through-daemon",
      title,
      "fail",
      `${f.user.name} may not reach the daemon socket ${f.socket.path} (a directory above it is closed to it)`,
      `Add ${f.user.name} to the group that owns the socket's directory (Debian's nix-setup-systemd: usermod -aG nix-users ${f.user.name}), then restart the runner agent.`
    );
  if (!f.socket.exists)
    return check("builds-through-daemon", title, "fail", `store ${JSON.stringify(store)} but no daemon socket at ${f.socket.path}`, fix);
  if (store === "auto" && f.db.writableByUser) {
    return check(
      "builds-through-daemon",
      title,
      "fail",
      `store "auto" and ${f.db.path} is writable by ${f.user.name}: Nix uses the store directly, not the daemon`,
      fix
    );
  }
  return check("builds-through-daemon", title, "pass", `store ${JSON.stringify(store)}, daemon socket ${f.socket.path}`, fix);
}
function checkStoreNotWritable(f) {
  const title = "Nix store and database not writable by the user";
  const fix = `Use multi-user Nix: /nix/store root-owned (1775 root:nixbld) and /nix/var/nix/db root-owned 0755, with ${f.user.name} not in the build users group.`;
  const problems = [];
  for (const p of [f.store, f.db]) {
    if (!p.stat) problems.push(`${p.path} is missing`);
    else if (p.stat.uid !== 0) problems.push(`${p.path} is owned by uid ${p.stat.uid} (single-user Nix)`);
    if (p.writableByUser) problems.push(`${p.path} is writable by ${f.user.name}`);
  }
  if (problems.length) return check("store-not-writable", title, "fail", problems.join("; "), fix);
  return check(
    "store-not-writable",
    title,
    "pass",
    `${f.store.path} ${describeStat(f.store.stat)}, ${f.db.path} ${describeStat(f.db.stat)}; neither writable by ${f.user.name}`,
    fix
  );
}
function trustedBy(entries2, user) {
  for (const e of entries2) {
    if (e === "*") return "*";
    if (e === user.name) return e;
    if (e.startsWith("@") && user.groups.includes(e.slice(1))) return e;
  }
  return void 0;
}
function checkTrustedUsers(f) {
  const title = "User not in trusted-users";
  const fix = `Set trusted-users = root only (remove ${f.user.name} and any of its groups), then restart nix-daemon; provisioning with --untrust-user ${f.user.name} does this.`;
  const missing = noConfig(f, "trusted-users", title, fix);
  if (missing) return missing;
  const entries2 = list(setting(f, "trusted-users"));
  const via = trustedBy(entries2, f.user);
  const seen = `trusted-users = ${entries2.join(" ") || "(empty)"}`;
  if (via) return check("trusted-users", title, "fail", `${seen}: ${f.user.name} is trusted through ${JSON.stringify(via)}`, fix);
  return check("trusted-users", title, "pass", seen, fix);
}
var IGNORED_SETTING = /ignoring the (?:client|user)-specified setting '?post-build-hook'?/i;
var DAEMON_ANSWERED = /is not valid|does not exist|is not in the Nix store/;
function checkDaemonUntrusted(f) {
  const title = "nix-daemon treats the user as untrusted";
  const fix = `Remove ${f.user.name} (and its groups) from trusted-users in the nix.conf the daemon reads, and restart nix-daemon so it takes effect.`;
  const p = f.trustProbe;
  const out = `${p.stderr}
${p.stdout}`;
  if (IGNORED_SETTING.test(out)) {
    return check(
      "daemon-untrusted",
      title,
      "pass",
      `the daemon ignored --option post-build-hook from ${f.user.name} (restricted setting, untrusted user)`,
      fix
    );
  }
  if (p.ran && DAEMON_ANSWERED.test(out)) {
    return check(
      "daemon-untrusted",
      title,
      "fail",
      `the daemon accepted --option post-build-hook from ${f.user.name} without a warning: it trusts this user`,
      fix
    );
  }
  const why = p.ran ? firstLine(p.stderr) || `exit ${p.code}` : firstLine(p.stderr) || "could not run nix-store";
  return check(
    "daemon-untrusted",
    title,
    "warn",
    `could not probe the daemon as ${f.user.name}: ${why}`,
    "Make sure nix-daemon is running and its socket is reachable by the user, then run the audit again."
  );
}
function checkRequireSigs(f) {
  const title = "Signatures required (require-sigs)";
  const fix = "Set require-sigs = true (the managed drop-in does) and restart nix-daemon.";
  const missing = noConfig(f, "require-sigs", title, fix);
  if (missing) return missing;
  const v = setting(f, "require-sigs");
  return check("require-sigs", title, v === true ? "pass" : "fail", `require-sigs = ${String(v)}`, fix);
}
function checkSandbox(f) {
  const title = "Builds are sandboxed (sandbox, sandbox-fallback)";
  const fix = "Set sandbox = true and sandbox-fallback = false (the managed drop-in does), keep them out of extra-conf, and restart nix-daemon.";
  const missing = noConfig(f, "sandbox", title, fix);
  if (missing) return missing;
  const sandbox = setting(f, "sandbox");
  const fallback = setting(f, "sandbox-fallback");
  const seen = `sandbox = ${String(sandbox)}, sandbox-fallback = ${String(fallback)}`;
  return check("sandbox", title, sandbox === true && fallback === false ? "pass" : "fail", seen, fix);
}
function checkPostBuildHook(f) {
  const title = "post-build-hook is ours";
  const fix = `Provision again so nix.conf includes ${f.expected.dropIn} last (post-build-hook = ${f.expected.hook}), and restart nix-daemon.`;
  const missing = noConfig(f, "post-build-hook", title, fix);
  if (missing) return missing;
  const v = setting(f, "post-build-hook");
  const seen = `post-build-hook = ${v === "" || v === void 0 ? "(none)" : String(v)}`;
  return check("post-build-hook", title, v === f.expected.hook ? "pass" : "fail", seen, fix);
}
function checkPublicKeyTrusted(f) {
  const title = "Our public key is in trusted-public-keys";
  const fix = "Provision again: the drop-in lists the public key of the signing key in trusted-public-keys.";
  if (!f.config.value)
    return check("public-key-trusted", title, "fail", `no runner configuration: ${f.config.error ?? "config.json missing"}`, fix);
  const missing = noConfig(f, "public-key-trusted", title, fix);
  if (missing) return missing;
  const key = f.config.value.publicKey;
  const keys = list(setting(f, "trusted-public-keys"));
  const name = key.split(":")[0];
  if (keys.includes(key)) return check("public-key-trusted", title, "pass", `${name} is trusted`, fix);
  return check(
    "public-key-trusted",
    title,
    "fail",
    `${key} is not in trusted-public-keys (${keys.map((k) => k.split(":")[0]).join(", ") || "empty"})`,
    fix
  );
}
function checkProvisioned(f, configPath) {
  const title = "Runner is provisioned (config.json)";
  const fix = "Run the provisioning step (the action with a signing key, or `nix-trusted-cache provision` as root) on this runner.";
  if (!f.config.value) return check("provisioned", title, "fail", `${configPath}: ${f.config.error ?? "missing"}`, fix);
  return check("provisioned", title, "pass", `cache ${f.config.value.cache}`, fix);
}
function secretCheck(id, title, s, user, optional) {
  const fix = `Keep ${s.path} a regular file owned by root:root with mode 0400 (provisioning writes it so), in a root-owned directory.`;
  const t = s.target;
  if (!t.stat) {
    if (t.error)
      return check(
        id,
        title,
        "warn",
        `${s.path} cannot be inspected as ${user}: ${t.error}`,
        "Run the audit as root (sudo nix-trusted-cache audit --user NAME) to inspect it."
      );
    if (optional) return check(id, title, "pass", `${s.path} not present (none configured)`, fix);
    return check(id, title, "fail", `${s.path} is missing`, `Provision again with the signing key: ${s.path} must exist, root:root 0400.`);
  }
  const problems = [];
  if (t.stat.kind !== "file") problems.push(`is a ${t.stat.kind}, not a regular file`);
  if (t.stat.uid !== 0 || t.stat.gid !== 0) problems.push(`is owned by ${owner(t.stat)}`);
  if (t.stat.mode & 63) problems.push(`has mode ${octal(t.stat.mode)} (group/other bits set)`);
  if (s.readableByUser) problems.push(`is readable by ${user}`);
  const tested = s.readableByUser === void 0 ? ` (not opened as ${user})` : `, ${user} cannot read it`;
  if (problems.length) return check(id, title, "fail", `${s.path} ${problems.join(", ")}`, fix);
  if ((t.stat.mode & 4095) !== 256) return check(id, title, "warn", `${s.path} ${describeStat(t.stat)}${tested}; expected 0400`, fix);
  return check(id, title, "pass", `${s.path} ${describeStat(t.stat)}${tested}`, fix);
}
function checkSigningKey(f) {
  return secretCheck("signing-key", "Signing key is root-only", f.secrets.signingKey, f.user.name, false);
}
function checkCredentials(f) {
  return secretCheck("credentials", "Cloud credentials are root-only", f.secrets.credentials, f.user.name, true);
}
var ROLES = {
  hook: { id: "hook", title: "post-build-hook script is root-owned" },
  worker: { id: "worker", title: "Worker bundle is root-owned" },
  node: { id: "node", title: "Worker node binary is root-owned" },
  config: { id: "config", title: "Runner config.json is root-owned" },
  queue: { id: "queue", title: "Upload queue directory is root-owned" },
  "nix-conf": { id: "nix-conf", title: "nix.conf is root-owned" },
  "drop-in": { id: "drop-in", title: "Managed nix.conf drop-in is root-owned" },
  "nix-store": { id: "nix-binary", title: "nix-store run by the worker is root-owned" }
};
function entryProblems(p, isTarget, expect) {
  if (!p.stat) return [p.error ? `${p.path} cannot be inspected (${p.error})` : `${p.path} is missing`];
  const s = p.stat;
  const out = [];
  if (s.uid !== 0) out.push(`${p.path} is owned by uid ${s.uid}`);
  if (s.kind === "symlink") return out;
  if (isTarget && s.kind !== expect) out.push(`${p.path} is a ${s.kind}, not a ${expect === "dir" ? "directory" : "regular file"}`);
  if (!isTarget && s.kind !== "dir") out.push(`${p.path} is a ${s.kind}, not a directory`);
  const sticky = !isTarget && s.kind === "dir" && (s.mode & 512) !== 0;
  if (s.mode & 18 && !sticky) out.push(`${p.path} is ${s.mode & 2 ? "world" : "group"}-writable (${octal(s.mode)})`);
  return out;
}
function guardedProblems(g, user) {
  const out = [...entryProblems(g.target, true, g.expect)];
  for (const d of g.chain) out.push(...entryProblems(d, false, "dir"));
  if (g.writableByUser) out.push(`${g.path} is writable by ${user}`);
  if (g.resolved) out.push(...guardedProblems(g.resolved, user));
  return [...new Set(out)];
}
function checkGuarded(g, user) {
  const { id, title } = ROLES[g.role];
  const fix = `Make ${g.path} and every directory above it owned by root and not writable by group or others (chown root:root; chmod go-w), or provision again.`;
  const problems = guardedProblems(g, user);
  if (problems.length) return check(id, title, "fail", problems.join("; "), fix);
  const s = g.target.stat;
  const via = g.resolved ? ` -> ${g.resolved.path}` : "";
  return check(
    id,
    title,
    "pass",
    `${g.path}${via} ${describeStat(g.resolved?.target.stat ?? s)}; ${g.chain.length} directories above it root-owned, not writable by others`,
    fix
  );
}
function checkDaemonConfigCurrent(f) {
  const title = "nix-daemon runs the current nix.conf";
  const fix = "Restart nix-daemon (systemctl restart nix-daemon, or provision again) so it reads the current nix.conf.";
  const d = f.daemon;
  if (!d.pid)
    return check("daemon-config-current", title, "pass", "no nix-daemon listener running (it reads nix.conf when it starts)", fix);
  if (d.startedAtMs === void 0)
    return check("daemon-config-current", title, "warn", `could not tell when nix-daemon (pid ${d.pid}) started`, fix);
  if (d.configMtimeMs !== void 0 && d.configMtimeMs > d.startedAtMs + 1e3) {
    return check(
      "daemon-config-current",
      title,
      "warn",
      `nix.conf changed ${iso(d.configMtimeMs)}, after nix-daemon (pid ${d.pid}) started ${iso(d.startedAtMs)}`,
      fix
    );
  }
  return check(
    "daemon-config-current",
    title,
    "pass",
    `nix-daemon (pid ${d.pid}) started ${iso(d.startedAtMs)}, after the last nix.conf change`,
    fix
  );
}
var iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
function checkPasswordlessSudo(f) {
  const title = "No passwordless sudo for the user";
  const fix = `Run untrusted jobs as a user without passwordless sudo (remove ${f.user.name}'s NOPASSWD rules), or accept that such jobs can read the key (see the README's safe deployments).`;
  const s = f.sudo;
  if (!s.installed) return check("passwordless-sudo", title, "pass", "sudo is not installed", fix);
  const nTrue = s.nTrue?.ran && s.nTrue.code === 0;
  const listing = s.list?.ran && s.list.code === 0 ? s.list.stdout : "";
  const rule = /NOPASSWD|!authenticate/.exec(listing);
  if (nTrue || rule) {
    const how = nTrue ? `sudo -n true succeeds as ${f.user.name}` : `sudo rules for ${f.user.name} include ${rule[0]}`;
    const line2 = listing.split("\n").find((l) => /NOPASSWD|!authenticate/.test(l))?.trim();
    return check("passwordless-sudo", title, "warn", line2 && nTrue ? `${how} (${line2})` : how, fix);
  }
  const why = firstLine(s.list?.stdout ?? "") || firstLine(s.list?.stderr ?? "") || firstLine(s.nTrue?.stderr ?? "") || "no passwordless rules";
  return check("passwordless-sudo", title, "pass", why, fix);
}
function checkCacheAnswers(f) {
  const title = "Cache answers (nix-cache-info)";
  const c = f.cache;
  const fix = "Check the cache URL, that the bucket (or directory) exists, and the credentials; consumers read nix-cache-info first.";
  const where = c.url ? `${c.url}${c.via === "backend" ? "" : " (as consumers read it)"}` : "";
  if (c.state === "skipped" || c.via === "none") return check("cache-answers", title, "fail", c.detail ?? "no cache configured", fix);
  if (c.state === "error")
    return check("cache-answers", title, "warn", `${where}: ${c.detail ?? "error"} (uploads wait in the queue)`, fix);
  if (c.state === "absent") {
    return check(
      "cache-answers",
      title,
      "warn",
      `${where}: no nix-cache-info yet`,
      "The first upload writes nix-cache-info; if builds have already been uploaded, check the cache URL and the substituter."
    );
  }
  const storeDir = /^StoreDir:\s*(\S+)/m.exec(c.body ?? "")?.[1];
  if (storeDir !== "/nix/store")
    return check("cache-answers", title, "fail", `${where}: nix-cache-info says StoreDir ${storeDir ?? "(none)"}, not /nix/store`, fix);
  return check("cache-answers", title, "pass", `${where}: StoreDir ${storeDir}`, fix);
}
function firstLine(s) {
  return s.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
}
function checkCacheDir(f) {
  if (!f.cacheDir) return void 0;
  const title = "The file:// cache directory is root\u2019s alone";
  const fix = `Make ${f.cacheDir.dir} and every directory above it root-owned and writable only by root (chown root; chmod go-w), then provision again.`;
  if (f.cacheDir.problem) return check("cache-dir", title, "fail", f.cacheDir.problem, fix);
  return check("cache-dir", title, "pass", `${f.cacheDir.dir} and the directories above it are root's, writable by no one else`, fix);
}
function checkInstalledRelease(f) {
  const title = "The runner runs this action's release";
  const fix = "Provision the runner again with this release (the provisioning step, or `nix-trusted-cache provision`) to upgrade it in place.";
  const c = f.config.value;
  if (!c) return check("release", title, "pass", "not provisioned (see above)", fix);
  if (!c.bundleSha256) return check("release", title, "warn", "provisioned by a release before version stamps", fix);
  if (!f.ownBundleSha256)
    return check("release", title, "pass", `release ${c.version ?? "?"} installed; no bundle beside this audit to compare`, fix);
  if (c.bundleSha256 === f.ownBundleSha256) return check("release", title, "pass", `release ${c.version ?? "?"}, this very build`, fix);
  return check(
    "release",
    title,
    "warn",
    `release ${c.version ?? "?"} is installed, another build than this job's (${c.bundleSha256.slice(0, 12)}\u2026)`,
    fix
  );
}
function checkQueueMoving(f) {
  const title = "The upload queue is moving";
  const fix = "See `nix-trusted-cache status` as root and the worker log (/var/log/nix-trusted-cache/worker.log); the next build starts a worker.";
  const q = f.queue;
  if (!q) return check("queue-moving", title, "pass", "no queue to look at (not provisioned)", fix);
  const from = q.source === "queue" ? "the queue directory" : "the worker's status file";
  if (q.stuck) return check("queue-moving", title, "warn", `${q.stuck} (from ${from})`, fix);
  const oldest = q.oldestSeconds !== void 0 ? `, the oldest for ${q.oldestSeconds} s` : "";
  return check("queue-moving", title, "pass", `${q.queued} entries queued${oldest} (from ${from})`, fix);
}
function runChecks(f, configPath) {
  return [
    checkProvisioned(f, configPath),
    checkBuildsThroughDaemon(f),
    checkStoreNotWritable(f),
    checkTrustedUsers(f),
    checkDaemonUntrusted(f),
    checkRequireSigs(f),
    checkSandbox(f),
    checkPostBuildHook(f),
    checkPublicKeyTrusted(f),
    checkDaemonConfigCurrent(f),
    checkInstalledRelease(f),
    checkQueueMoving(f),
    checkSigningKey(f),
    checkCredentials(f),
    ...f.guarded.map((g) => checkGuarded(g, f.user.name)),
    checkPasswordlessSudo(f),
    checkCacheAnswers(f),
    ...[checkCacheDir(f)].filter((c) => c !== void 0)
  ];
}

// src/audit/collect.ts
import { spawn } from "node:child_process";
import { accessSync, closeSync as closeSync3, constants, existsSync as existsSync3, lstatSync as lstatSync2, openSync as openSync3, readFileSync as readFileSync7, realpathSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname3, join as join5 } from "node:path";

// src/cache/credentials.ts
import { readFile } from "node:fs/promises";
function parseCredentials(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError('the credentials file is not JSON ({"accessKeyId": "\u2026", "secretAccessKey": "\u2026"})');
  }
  if (typeof raw !== "object" || raw === null) raw = {};
  const { accessKeyId, secretAccessKey, sessionToken } = raw;
  if (typeof accessKeyId !== "string" || !accessKeyId || typeof secretAccessKey !== "string" || !secretAccessKey) {
    throw new UserError("the credentials file needs both accessKeyId and secretAccessKey");
  }
  const creds = { accessKeyId, secretAccessKey };
  if (typeof sessionToken === "string" && sessionToken) creds.sessionToken = sessionToken;
  return creds;
}
function formatCredentials(c) {
  return JSON.stringify(c) + "\n";
}
async function readCredentialsFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UserError(`cannot read credentials file ${path}: ${err.code ?? "error"}`);
  }
  return parseCredentials(text);
}

// src/cache/open.ts
import { createRequire } from "node:module";
import { brotliDecompressSync } from "node:zlib";

// src/cache/file.ts
import { closeSync, constants as fsc, createReadStream, fchmodSync, fstatSync, openSync, readFileSync, renameSync, rmSync } from "node:fs";
import { chmod, lstat, mkdir, open, readdir, rm } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";

// src/core/write-all.ts
import { writeSync } from "node:fs";
function writeAll(fd, bytes) {
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
}

// src/cache/file.ts
var FILE_MODE = 420;
var DIR_MODE = 493;
var READ_FLAGS = fsc.O_RDONLY | fsc.O_NOFOLLOW | fsc.O_NONBLOCK;
var CREATE_FLAGS = fsc.O_WRONLY | fsc.O_CREAT | fsc.O_EXCL | fsc.O_NOFOLLOW;
function absentOrNoFile(err) {
  const code = err.code;
  return code === "ENOENT" || code === "ELOOP" || code === "ENXIO";
}
var FileCache = class {
  constructor(dir) {
    this.dir = dir;
    this.describe = `file://${dir}`;
  }
  dir;
  describe;
  path(key) {
    return join2(this.dir, key);
  }
  tmp(key) {
    return join2(this.dir, dirname(key), `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  }
  /** The key's file, opened only when it is a regular file. */
  async openRegular(key) {
    let fh;
    try {
      fh = await open(this.path(key), READ_FLAGS);
    } catch (err) {
      if (absentOrNoFile(err)) return void 0;
      throw err;
    }
    if ((await fh.stat()).isFile()) return fh;
    await fh.close();
    return void 0;
  }
  // Read with synchronous calls, as objects are written (see writeObject).
  async get(key) {
    let fd;
    try {
      fd = openSync(this.path(key), READ_FLAGS);
    } catch (err) {
      if (absentOrNoFile(err)) return void 0;
      throw err;
    }
    try {
      return fstatSync(fd).isFile() ? readFileSync(fd) : void 0;
    } finally {
      closeSync(fd);
    }
  }
  async getStream(key) {
    const fh = await this.openRegular(key);
    return fh ? createReadStream("", { fd: fh, autoClose: true }) : void 0;
  }
  async exists(key) {
    try {
      return (await lstat(this.path(key))).isFile();
    } catch {
      return false;
    }
  }
  // Directories known to exist: each upload would otherwise cost two more mkdir calls.
  dirsMade = /* @__PURE__ */ new Set();
  /** Creates the key's directory (and the cache's) if missing, readable by consumers. */
  async ensureDir(key) {
    for (const d of [this.dir, dirname(this.path(key))]) {
      if (this.dirsMade.has(d)) continue;
      const made = await mkdir(d, { recursive: true });
      if (made !== void 0) await chmod(d, DIR_MODE);
      this.dirsMade.add(d);
    }
  }
  /**
   * A new temporary file beside `key`, 0644 whatever the umask. O_EXCL|O_NOFOLLOW: a name someone planted (even
   * a dangling symlink) is never written through.
   */
  async createTmp(key, tmp) {
    await this.ensureDir(key);
    let fd;
    try {
      fd = openSync(tmp, CREATE_FLAGS, FILE_MODE);
    } catch (err) {
      if (err.code !== "ENOENT") throw err;
      this.dirsMade.clear();
      await this.ensureDir(key);
      fd = openSync(tmp, CREATE_FLAGS, FILE_MODE);
    }
    try {
      fchmodSync(fd, FILE_MODE);
    } catch (err) {
      closeSync(fd);
      rmSync(tmp, { force: true });
      throw err;
    }
    return fd;
  }
  /**
   * Writes an object under a temporary name and renames it to `key` once whole; on any failure (of the body
   * or of the disk) the temporary file is removed and `key` is left as it was. Each piece is written before
   * the next is asked for (the backend contract): no copy, no queue. Synchronous calls: through fs/promises
   * each narinfo cost five thread-pool round trips whose callbacks cost the calling thread more than the I/O
   * (a closure push to file://, 169 narinfos: 0.640 -> 0.619 s, medians of 10).
   */
  async writeObject(key, pieces) {
    const tmp = this.tmp(key);
    const fd = await this.createTmp(key, tmp);
    let isOpen = true;
    try {
      for await (const piece of pieces) writeAll(fd, piece);
      isOpen = false;
      closeSync(fd);
      renameSync(tmp, this.path(key));
    } catch (err) {
      if (isOpen) closeSync(fd);
      rmSync(tmp, { force: true });
      throw err;
    }
  }
  async put(key, body) {
    await this.writeObject(key, [typeof body === "string" ? Buffer.from(body) : body]);
  }
  async putStream(key, body) {
    await this.writeObject(key, body);
  }
  async fileTarget(key) {
    await this.ensureDir(key);
    return { tmp: this.tmp(key), final: this.path(key) };
  }
  async delete(key) {
    await rm(this.path(key), { force: true });
  }
  /**
   * Removes the temporary files of writers that are gone (a worker killed mid-write leaves `.tmp-<pid>-…`):
   * only regular files of that name whose pid is not alive, at the cache root and in `nar/`. Returns how many.
   */
  async sweepTemporaries(alive) {
    let removed = 0;
    for (const dir of [this.dir, join2(this.dir, "nar")]) {
      let entries2;
      try {
        entries2 = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries2) {
        const m = /^\.tmp-(\d{1,10})-/.exec(e.name);
        if (!m || !e.isFile() || alive(Number(m[1]))) continue;
        await rm(join2(dir, e.name), { force: true });
        removed++;
      }
    }
    return removed;
  }
  async *list(suffix) {
    for (const e of await readdir(this.dir, { withFileTypes: true })) if (e.isFile() && e.name.endsWith(suffix)) yield e.name;
  }
};

// src/cache/s3-multipart.ts
var s3_multipart_exports = {};
__export(s3_multipart_exports, {
  abortOpenUploads: () => abortOpenUploads,
  uploadStreamed: () => uploadStreamed
});

// src/core/release.ts
function ownsWhole(buf) {
  return buf.buffer instanceof ArrayBuffer && buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;
}
function release(buf) {
  const ab = buf.buffer;
  if (!ownsWhole(buf) || ab.detached) return;
  try {
    ab.transfer(0);
  } catch {
  }
}
function shrinkToFit(buf) {
  if (ownsWhole(buf)) return buf;
  const ab = buf.buffer;
  if (!(ab instanceof ArrayBuffer) || buf.byteOffset !== 0 || ab.byteLength <= Buffer.poolSize) return Buffer.from(buf);
  return Buffer.from(ab.transfer(buf.byteLength));
}

// src/cache/s3-multipart.ts
async function uploadStreamed(body, s3, limits) {
  const upload = new PartUploads(s3, limits.partsInFlight);
  let part = Buffer.allocUnsafe(limits.partSize);
  let used = 0;
  try {
    for await (const piece of body) {
      for (let off = 0; off < piece.length; ) {
        const n = Math.min(piece.length - off, part.length - used);
        part.set(piece.subarray(off, off + n), used);
        used += n;
        off += n;
        if (used === part.length) {
          await upload.send(part, used);
          part = Buffer.allocUnsafe(limits.partSize);
          used = 0;
        }
      }
    }
    if (!upload.started) {
      await s3.putObject(part.subarray(0, used));
      release(part);
      return;
    }
    const last = part;
    part = Buffer.alloc(0);
    if (used > 0) await upload.send(last, used);
    else release(last);
    await upload.complete();
  } catch (err) {
    await upload.abort();
    throw err;
  }
}
var openUploads = /* @__PURE__ */ new Set();
async function abortOpenUploads() {
  const results = await Promise.all([...openUploads].map((u) => u.abort()));
  const refused = results.filter((r) => typeof r === "string");
  return { aborted: results.filter((r) => r === true).length, refused };
}
var PartUploads = class {
  uploadId;
  parts = [];
  running = /* @__PURE__ */ new Set();
  failure;
  nextNumber = 1;
  s3;
  limit;
  constructor(s3, limit) {
    this.s3 = s3;
    this.limit = Math.max(1, limit);
  }
  get started() {
    return this.uploadId !== void 0;
  }
  /**
   * Starts uploading the first `length` bytes of `part` (the buffer is ours from now on, and freed once S3
   * has it); waits while `limit` parts are on their way.
   */
  async send(part, length) {
    if (this.failure !== void 0) throw this.failure;
    if (!this.uploadId) {
      this.uploadId = this.s3.create();
      openUploads.add(this);
    }
    const id = await this.uploadId;
    const number = this.nextNumber++;
    const request = this.s3.uploadPart(id, number, part.subarray(0, length)).then(
      (etag) => {
        this.parts.push({ PartNumber: number, ETag: etag });
        release(part);
      },
      (err) => void (this.failure ??= err)
    );
    const tracked = request.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    if (this.running.size >= this.limit) await Promise.race(this.running);
    if (this.failure !== void 0) throw this.failure;
  }
  async complete() {
    await Promise.all(this.running);
    if (this.failure !== void 0) throw this.failure;
    this.parts.sort((a, b) => a.PartNumber - b.PartNumber);
    await this.s3.complete(await this.uploadId, this.parts);
    openUploads.delete(this);
  }
  /**
   * Stops what is left; what S3 received of an aborted upload is discarded by S3. True when S3 took the abort,
   * S3's refusal as text, undefined when there was nothing to abort (never begun, or completed or aborted).
   */
  async abort() {
    if (!this.uploadId || !openUploads.delete(this)) return void 0;
    await Promise.allSettled(this.running);
    const id = await this.uploadId.catch(() => void 0);
    if (id === void 0) return void 0;
    return this.s3.abort(id).then(
      () => true,
      (err) => `upload ${id}: ${err instanceof Error ? err.message : String(err)}`
    );
  }
};

// src/cache/open.ts
var s3Module;
async function loadS3() {
  if (false) return null;
  if (s3Module) return s3Module;
  const shared = { "ntc-host:errors": errors_exports, "ntc-host:s3-multipart": s3_multipart_exports };
  const nodeRequire = createRequire(import.meta.url);
  const module = { exports: {} };
  const program = brotliDecompressSync(Buffer.from("m9r6FWdIPbqWzhCft3O0rbeXBI76VwqkjGHXBEJ16Ny//v2Q3go+6bLYAZdojbHNDwGU1y4UEkytytbxfDPfobw2q+LeEQhVVVV1SzIZw7xAPwkgoqJKQVX7v22bgQXqnEcIXRT0SGLooFQTGfzYTYguz2TBumXIpihvBVfTStpSUTSxe5NAVcnmiGMOWPd3oIX02zFu3ukasG1iV2o3Dp1uIdVi8GfCctQAhsKbrq0fecRQBFJm+4Br8aSw2VWabrJYyePzFJFFkFUzFhE2zbRdXE9P+N4NXvNRPCk3M2LESbpSsd/tbDuEm7JX8GjnHDy/bjed5aQeqTFiFy1DhCtEaDW69QVKBsOHfrP+BAFbPPuDIo1xQfEhDxo7BMa+CVw9buoK7nY2/r6ndN14sw5qERhN5tTFhNGw019Ci820NOaEJhAwpkkgp5giWZ8Lseurb5kNxWFQ07AjhuToFE+GC89vhcCtLHjEIl3XRbtAZkOwyCY2fyMYV9IzTrZI++dQ3O5EzYbBwx9kNqppx+WJhrvOwloCqWzBNNkxQiQjcVZp2DpTI0IEff5jM+MmP5NFe802RSo0GvohwVn8/TKZ/MN/xkyWnfT9LQH+Q4693b8NgiwoUqUqsFAIj0IYqSgrrxOnhrbrE+cKDY3IF3cfRYnh0+z1kr0I7Br4bY1sGPfAxj1QiT2eSK8gviMRY8uoO1D6oH49lj1IDTbzRT9axQ4xDflP/3+Z5a+TzU63p0cravNAUtycwuT/OePIQsguuYq4jHyM7AyU/zeddc/l9KVoQDIqBraa4mFaYVqR5BLbgBdweBiS7Px4eP6fsdlfSZcPh2aygZ++tGiW1K1KNf/+vOhMhbTDdUi6JKck2Zl11SSahSkBaHpnlzQcID51+VW7o+QTV79k6jTyET3bN5YTXng+32b91++zixaUb6m3RaWjO8uy0xUjwDSaBDsPm6R7LMFb7/uzas9Pgvy4pmO8lmPIq8uf2n/93mT0l2rhe6XLINuKaUaCtLnhrWEvKDaWoxUpr/zfL1f/3z9fpE5mLNRUgGQf6bguaVF7AZ8UUMBNgKK5RRaDD75S3zJnEr3CqUz0qgU6xpgLJzk5dQhy+y8hQMLF/nun/tev60cK35kLu1tiF8mvVS1ZThQgOcdljHRTtvnMQKbwN6UxHsx+9SmiqkX7yvK41brzYdAJ0NbkHmqc0zdzn6erxiVp9lmR7YRLv0RX8mq8fCxx9m291elab85/NjJrZpVlAw62pUiCX+kLj6RcHXqBPH6oTlmaaq/vglcFrBLcXleuMSQtU5Ilg0t3EJP6vdJelllqWrUcdSmhdg4vl+l5EJSOa8wuOPf2vq+/vq/fHF5p11Mu3C3ZDkxpMEzZ0rKKrTgmtmwkOYnZs9+b9fVbYvfuGqnACnlo1VaWeebieWvw3MviCO5qLC64zVWVDY6m/ep91e///nydmqjWPXFPI26KljJYL4qipIiR9ViC9j4QFIxLtimsaELFgZziXcFef2ZfvxPyY7QDwc8M5EqtCOW8pWs5xSlVVyuVvfEV+YCNE6VQz6wk/eQGMxzO97cy56qHzEGFr1G5P32pgl345//3S5Wll+JMYN9T4OVRyF+UAULUTZqa7wFBghhkdGCkxWKTSXbvgCtaqT7UniI3SZpTTJVE2FY+Cb/QV7ZflG4d7/uw1E2zh2ooLoNEZI0MXbOhpXRNqpmwlmGaYRtQqMI5TA+XEibq/P/3/Td7JQ+6z/7WRDKRi1yQ0Mu7TKGCqO7ea+0pXCs+qwYegN+FQlWbInv8MmS333PNva9H8RkUCVOkVw+SbVlNSfwt+W+MD6VMQe4i46NUQXJQciXPsEOF8v/fV/X70wEPIGnxZ03KraspShCiQ6ynKo0T7jbeQxgjiMPoZcqUEx0l22sc77n3gUSg/UGaivxBtJw1KcRuuqma1DXTlCwN33/L/9/yaPM9QYp3Z/6B7HAIh8VP9a7TTYzChiSEQ8vqHxISqPjp9y/AOEnznSLDp7tqtPZ965AI5Pb/3/e/rNdkZnYWkloNn4ZLryAS1aPR1IZH7xseYp+9ziw8dVkZGREspIgxgAKqBapalSD1nmuutc+955z7Ip6IRGZEAF1Q1VpbVB49Gi4dXwvLpn9eJMiR+ZU2OWhYNByT/n+m9pmSDQ44Zp0Psk0ywvAbJ5cpyZQNu6tw9RvufILm+5Gxpu97VfzdVYVZoMGZJTGjPSOusdFGOpvkCiOfhnMUSZn+b+r3friz9rf3owD8EZOlkZWTbSwI59nyu1u877GUiqhn7r2SJY2kbRUlnSWIBzB+XTZnJNlpzaRl05nQ9lAvERaJUGDlFtrka0KtxrUuQagXGiEcl6pZ7YTtiM7uWkgQdQECP1CnrnHYT1ndf9UusJQHxwVveALlpFC933cp6OECxtrz+aIRDK6mNmoNL/FSN1baxBK7WHDPBihRjd+31z7prP6mYCNkZribS8gagD60mY3/dHW/e75mNoZxiPHV69dVmiT9qM3adUhJztCU+QxgNsOv20kapxm2gC4ztSGzQSVgJIjmmtL1lMsr3T+LAt/ze02p5LQGw6iLdtNZGFlH0rh1hv99M+d+F313bTpKkpllmvH/31Sr1EhDDcbt+ixuoUrqPU1pnXqifFCo0hv6M4TMWBtEm+L9++4rEv8DNFWAPJMoLjQnANZSazw89ctpkSgkg0RWtzenPXVnTlKabNVCkv1i7x0uEiMjDMUFNuC0ZKZMYfjqN1b3J3KQMTjeGuPVjPCW9I1ELamqxqzEx+nGUhjuqylaVobXkeX7WD/UU/P19WiT9JSVZ5kAkrT9G/MaNv8nrVqbmDrzFRZYluU4c/i+5bPm54HtTziTxJ2Z5agiIg+Uo/33w7T/7zgdO/2c2J75HakoimUVQggK3/1h2tPzTJv059zdCYcQQhwGjAG7u429xU9vu/amu23f5wSSEJCfYBUVaiLTKux2A+Hu/lNsaVxxjORsxbeY2o8ciDMyiPtVu9ID3IQcyl33X1FNWAdd2ygDgPXG18hyZJK2RarrGmZS5cSWs+PxePcuEjTQ/M0jCQFZZWqgyx6jltQG27mk59lhh87vx/Lrj2+fTrozfxGoKhCIiYoKxU2rb+r7lORkM/LvECUCdiYzjB67P/ZWD2vm5zju3VVDCAEhCe2es59tmbltXdNxrleCQRzmMIoE2CHdhtp/k7cl+1NnbpciRDV2HBcMEueHTPVB1h2tCe4fBi20IEZSxuJ1G9MOJcqLtHcNEJzgoGt8zmFmsrdp7/wQSWE+8PNhnG7o2Jvgi+zV0Ib3cRnsh4Vk/AxJynaGocY91O+dPm/siwaki9xW4d/RNlRboctNcvctEsvGI/kYY8Ag1X/HsuLutN05TZJRjltAi2D18Zfnf/4Yb/ohs/SndkdhIWcRm1VDbdohFPauM0Asy39iS7J2f0357RE/zLtuIUdeyxc9ZM3+iTLWJx7/12UmCTmYHICdgm31fvjz6Y9ttXe1mt33GmD4DfwToyEwhTL/nWhgqUn+XhG9WWfH1/Dn/7+e2tZna52ZW8NnWWD5hGgkQCD3Y689f9pNur1Jm7zPKgz8RYKiQIZhf+jobzju1XV/aIEAIQQKsS4ENdNyjP0dU5pJQgvoWmKlrCYUYJxV80x6gPeg/eHsvZtzX1jagqdMkkeYcP7/WHv+l8au+zLrj+wDqAiIqHdoFKpGswjEhR4ivmyquBeLoWalJvblmylNICSwL5HuvRrmd4yzDMZ66NzgwtWO2ie6nAHMncp3AbhRsitWwtXoUBohFciXrKkPI0ik8iMo8NWnetDzK3pWmgs2Wq5ZvlY2Wr9Y++e4oV3UM1ABvrWB6FNNGD4RAGyZP9NKPwBaTexMYRMPHntigYP2CY/+jkhQLrALrIB+9NIf+gkdD9FmHhH7GAWfB4fJDx3S0Z5vnkLYTxUJbtJ+6uLzp5KqqwmQR3am5FEWd29VmWgOY0fsv5OvzG2yk+3fQubsf5s/7wlUbP5RjyLnav8NUU+KbiIH6b+v3eZX7ja1IOXAWyjw8d+8XOm4qYmI8fzCiea3mWg4Sf7Jkx6yrcuVse8sRlrwwZQSLA2WQfKsNfgZSgnqNajAAzWCppUYUdJti4B8l27r5RgUBVk741GnLGHREe6Ch2zokwJQQUhZhCDI+TUZxiLbFOw5HFE4LO0GABTCqNX+D3ZUXPOMIbwPG9XwthWzR4gnoB2KIIxJD47ASK/1qsJd1VpSqQJQKSOrkVH1CgnRaq1aL31/MEBg3MRkjuYIsi2Kib7ixm0V3z7BX3PS7WZF4LDXsKh7OTsUW3FIxkodtQO+tRS7rQHciAk4SLMVL1h0xC76RvoQzyb49OuZ5nyNMZKQkEm28QmtNxoMzLlfFIHPdaUXbSM63ILGbF6X1GafelCD9rKNV3wCow1BmyoBgbzf72xVn4gTDWla6d97BeVxf8RI9bb070yvOUbQSlaE8dM6zij+cuKYTdj4YfnGAZJTXq+05eWa4HMVqGcDBomd8pEpJRJq33YLo/Ig4B76x4n4Yf06TPPwjJ2xMj05MJEJhsMsC5W+LxIz2XnaEON3JNlxPlLA7jmLmv+w6XWfsshlCEIZti1gSby8T1Yi/rtJFoG1p6tmc6D6QJL9lDzPcOqeJ9gP8C/UzQofN1tpC1x0ye2Wo0vZX/Bqyns37lNRjIbOlWhJ6EC36hu7RW7kT9HeorHhEYgsxxQ8vc0S+WYuQtoXGh4DqDFnXXeBvTR/TANiF4xByz6S+wVCE/M4NF51O8+DEghuESxMY+2cg7dPO6esYqoS8jGPnaosQvp3UPE2eRsS6/W+Afvi48q9zj/2rm9df3i9r4fXV7zr32xX4Rci7c+7n9b2lRJ70wN9JsP4Y299vULRLIWkSiJ38b5Kojj7XzFDdrTbac+2X8u14VcpyLvAX645P+xXQh0LzRCnuTVkuYKg3ESczlN8wwmbLUeYe3wsyo1rl1C6CKUxXBRsHQYqABEaDhBhhIvMDoT/2kdWYJkXK56WraP+FCr8dAFmJ8TbIC0jalXkOR8LPmBTMw+QGLt/A8Hu0fX8fynLPAJPSv8i0Yz063XO+i4kQLHmLYd0YiojnD+2z8yXOR7xoRGS6pxWvdlO6piTzpuj4+cGecbQPnLXjNPcn6GbLEMIeP7k2Z4TbJxPuuNLw2Ogfa/F+geLttHvLvKG4ZbncdeDjkVj841I0tyXLHuQqiyIj+QXM2FHEMAWd5XBeZl0UAjt8d8ULDPDyQcv/umz+bxskzSutANuqRjUvnSpqoUXfvoICP8dJbacY9tCIAfpo33y2W98cdXZvbmj16WhlzjNG5uvN6WkrtmSnQOerS64Kr3yiq2/MyLCRAMNRZQsf59gxubkOYePH88vyrZKeFmwePHaMfKitbZfBwH/DwE10xBP/4ivBruffs0OPTi12ZxYpU4dOB+D/her3mliNHInNlQmH0ynnob3y7cvy600Hr4crfInNt3Ol8d/rUetP7FJUycsnig21rfqk49lYul0qwovLOIN1SxeaVLChjygYY+C2iv3AAufOzTk4S/NBjWHej3Sd10tve5e20U59s7vGVX6ROlmSKUC3kll9JbcQEcLSnwv0Z8V+Cm+/BU66XGrw0I/sfQl5z/D+a+f43BTrKg619aRzleC2T7+HyBLYhaCJZGLdHyq9Mr982F1dKJxq9bVaLcYxKsNZB1RkRvh7ME3PgCKGyli46576vItBqJW7nhAoeDUNfc6TJe1ustaceHHV6Vfk77s1Wuy++zqxmSzF3r/ebWZUtVL3Y21lRhtD5cqFrW98k/tRQbhXNgf225TaQ2hANRSDLtxbBdpCI9mHt1LblGBkEZzl/Vt2x3/+SuEc4FNVyOokQrWWoW3vuDjREYG67BNi41jsaJDx/gL85NQi/C9ZXix+Jk/sj+fD8Mnqk2lITZkAy/np5YtSIpITkJh3SOhrQfqZwDZ0o4fWEVU7nb4FNHXBklRY7VyJ6VxZbWymUW5Kc2nVzm3KcBRsFSqEDf0cLQkPIXNsJLOooufa90jdPMCTD4o1/cAaBSF0lHD/ixP87mcDiZl6NBgp6CBAdRQ1Tgd8Stja3AKuxaXWAhaQiP35Er+P2elz7V1zxERnwUsoaZB8hbCfUN2OawRHKQ0A29/o3V9LVLnxZMF2ujGiWjl/lAtLGFOzU7wOPEZjbIyEtR2rhPAI2m3RCisp2STU7t31SCzjVF3amyhh7MVqUgNb+CrBP6rX5XOWFfvKi1uARcwL9dMfXjKH5WP1GD33AjCDZpgah/nBuT6+8pzYEPzPSbNRbk2UgMzC3SqEBwRuf1wXHxw7pxHMpKOHUlPzJDnbc8MEnoyFifyQrLLYxksUxbIDYO80HRQNL6WeMu8V5Wyz6ZtaEvUfWUSgH+86i0a1BF2C5CmyuqR56i73QaIxb0tiadEg6YmJ68lNS4S/ZPiah8+wxx5v1frwvUh4+PHGKNpNdL6nj1vJMWMygX903+fLrJX3EURf7uVXhsq9a+azwcITIsTBiXa1HTrDXnYorfEPbds3O/o4D8cyRtbgEKzwzcbgtZ9NxaqODYPTja5EK8Z8SaoUfHuRjHgoDACGwZoHYKkIXEeATDhM/+N+GU8hwj+ipwmeqWVqjVeMsOStlPL0qTFZ7YuDlMOD8ptPQ5tltazt8VV0lSvExYzPGs3MrXvbKT7DAYx/EnuQBkfYe5OlzcXYX1LziB3I+kQ0q+QYB7sQXRmQaU3rrW2e2eFWcr1Tmrwuevz4t1kai3nsoWdxBJeuXZ06HB8cYQYvtlPNWWuV6JBYOtiY86T1C5ak6m0jo4JQAjltnRTHHfEColwNISNTb8V0wF2uAAlibDhDgMBCg3Ag/2tIPal7yYX74rXSsc290z/Fq2SbdgzkNpfVeJ6Xj068FCxV3bPxLj+xRBWj+3i949gPq/jz0fX/mv2hRjuDwPPWDtJAzZyidLm/uUNWh607HR/ko+OX249wPyTmzGbFfYJuAIelywyuziQUcev19RcVN9hEArbEEVVPqvcp9Dk8qCygpdP+H2l4fy8PHskZK9mrGcOnGyjuCTq4dWAmPZuXd/Pb9e/jMujCBGD+nMADza4nzWBguY1uEjDPZnY+6B7eK/v5/FI6e9KTh9yUJQy4aMMGV6gcknQrQjVjlSeYlq10f0r80oRrzG7glLHuxtUSOzIo55pe/1QcABwh5vgRiNbL9QYKC5tcZ5oxA75ikMc1LqiKFBwDk8NYZGFQzO4FLnFyepqMdqpcR+H1PvV+/cbqS4gc+k+JOoMU052h0cI7eqCFBqV0yyIIG84HsC6Ev0cWTD028xO1y8q33jm7TgYlzKk/mga8AYt4pFpiXztHWjqEvbeGxs6iXLvRq3rTIcnqiDqGrELnQuKbIclkVSZECxdDyGTXKZCsj6Ai2YG5+SnCdZosMC31KOmrZqxvCO6mVY7LE8/0JceuEluXw/1f2s44BSkBU3DryCyCAdE0Rs6geMVlCHNyYdtYo8qOFKLHZFrC+MRU0oIoB9DOQXhjQ7f75y4gWe992mDt3ZuB5jfNi310jYVccfwfC1ik2GkYC4E3UygfthzEA8Y2f8waH5IT98c18Fx3wojLpDqaHV9S4q0EppDebzptadstYqTXvF1xQ/UHWqw3V6waIYc7xW7cnwZ+iv66+YyJYaxs3L3Zb/8iL7QD4SyslKhbvayei0ANdWeiq5dfpXnaZMkCJLHfRSlgpZJnRKRZtXPd3Fz7c1v/y+kZBEwcznJp8KPgfOygY6UcMF3vebegd9K7mRDajFYDEt69HgrA9iLKVy8LyYWnxaTF1/2BlrgGpRbFBfli4raORKxiYHyg9xv9FkuBP4Joaw1cA0IKzi4bf4s7fq77mKWlE11RHotS708PXHyuXaIdDKN/shSx/Im+X3qnOcGDqBNWWATFi5Oygfjky3fM07N3cfQ0jc3CkgfNbRnGFDhV/rE6WB4QNlMbnkhCgalLI8iINf19l5GiVCyadOedAAoDtOd3dvbkmNwbftntfsnOhOROW+5Dlr+suq8BnsiASQyQXbQKa6AD+ZYLrxfN+iAgsn0QoJ4dIJ1Pp3hHZtZEVtFIf2uNXlgBrJhXFl+e8YxhnVj0mFbr14c3QAQa1+/p/1pCVs4DOTbNSLdqRjWRC25plpueaGH9DoktguvYrGwTMRO6Ch28Bu3jS/t28NI+B0Pvzo6C2W7HH5/xzYOOXznOrm9mh6Dp2mGCBz6Cuo6CpP/FFIZsTCRlhLsN2AHfCXgN9BRSUNCOTZTJYRbw/54KWC5YFR7X/bEukwF3ZwysypUSgILDX3AKQA9BDPrlNEFyIZTpc0EU6Axto510rNiiR6m3RaFB6r+f5l3U6ps87l8mry9Ay/60wn/GlucI8Pwd0zowUrNPwZcF3HsazLspBIVBapaaTqDg3V9G8kF+40lFTL7WkOJtpnJ5k1fbCK1O8Uez7aV+AT6bycANmsL5myvFKwLFxwY4Z8FlHL5NXLXsPyEzQzJVjfDsH0R6vfzbEZjiBHdm5zMUVBzm6ntju1KhZF5M2Zl82Vx8M8A9RpILaqIiLTH8r9F7P5DB+4rPeGlCCL8ZlW2sqhY84GxHx/wYU99Lzby8FbzozRNwpU2cWtO0a2vt37QsVRTt/UTeQKItc9LJHdc8X+HQLaN9zvxSSm490lP+PiqTNG9NvpsPKtGheWY1P3uTcgrmkX2yUskHC+bv7T6KdvCC0nRAFgnWltgLDHzBbhpP//eywwtv11K/+GzdvNP0FT5+OdE8dPlxVOXsvHFiNTwlWnVIMskKwn9dY2ergLSVoCNU2Yjj4VDdcznI5/kFKrwkKK9FLIc6wBqU7QpKjz1HwBflCocZYVc0wD89H8kPHpT6cP3N1cgTCUbYNPKHhwE56vK/2OsutS6cVKC+y5seTbWh1iaNDvLEQLW+f9QVmX7V48YcvyM3QkYhmrry4z3nLyWQnKDulH4241Ka8Udk+KVlwJvnnv1rmTjhHHxrIl+I5ov4ZAr/rpG0rP2eq6UK1YMdPUOaLrB2VZNhRRGu6dmUnzfbuiDfbQUOZsun2m8SweYtR1BPjS0My151M80QFtYmmySoyMrXVSgnuWKEvdnT7WeLlQrmfXSPm+MNyHJ7/E4vC6/P6sxBtal+ROzjzvQ4ivrk8+riTIAZ4OWgX/b+GyUVyuvt+Kgg42HWeLQzWOYO2YLW8/v270JJWPx9jdCn4zkZbHCmvek3OmQtCnDbhYh7D1EEUqDbCKzUSXr0WmIq4TOOhFLnAEwEHs2BzB+6pZQUWyFtRLNax74M82h2mR9qDORCCgTAksRsiFaA2CnElYI6jURBX8mEgEVpwNgLfqBNZ9Z47NmKDVAv8CowBGWCPqTjP0cjJ4zVwK1PRLpN0OfXOT9dSK7v3FvVkYa/i4zma6Am48GQ5+xA47MK5wFMyvRCLjwHKbqO5oKN2LCd1ANijp/C8xKE/3yBeY1iBnVb5EXfDchLHJNfCWf9HBUYMAqW0shBspgzFjjv6BEgSQvgICYpubmGAbaQo6TpO2KhzRBM0klFWyFpK3v8kid01YeqEbqp7W/f9YRAZZ2rLLwLIsX785T4jMSq/o+zKpy5O3Z7YPA3F2iNaKUs4uqZyfemAqganDx7WHEyj6kQVo8toJwsOA5lAXG8wK5soBSNsjynbkcf9io0SLGWX4MAhMoMIF4uJrp+C5iAwzh2z2ZU0wtkFv2ciAvV9clXJztMwiTjlp2wHcYpE98GxxrH4IG5kj7BJC38F/YO4+xMcapwpjgzF+UFvGhkpr1Q9lVs79GEV6gBU+POezfsPN/CCHhMdGBYqLGRIkrP/58evx4E3+O395DTMv+aJSmrGCjrk1wG65nZRsHoz9LgClEL5QIVoRbLWjbyPfZwJYm7Hn89WR4hiujzXsDHIzKXIPfwhDqYnYPLTsh0NfKcz9e0jjyQ+NMj3g4IxRJz03sZDYwIiRh3/9N6xxh95m/fF63/Jeo9ZEwq5BScxXozxnICIuhMDu0HUyW0kbgv939sp2bKB49lqt9dPxc/RJrzEsMsLQGeYVHOlf2W37ICDe7rktz+g6klqIq6nsUNdsitYPh/jSyjKUwrTUMs38ob5n9SXpLXiDLoP6phrsABKptQbw0cbGREKIYiWO9OZDxzdjQUkKla71N9RpII0j68cGkg3w4xGpSVK3NArIR/fcI3NP1ZG/f4ydkM8J4uMysJTm2myGV66CVh/Y0u9Bqggl97px+EcYgCEo8KlUtmlnlJmEEDVvMXvMCTsZtdUqAWwqaeg6uQq5Z/RLqO4gF2p++MTVShOrgqTxXbh0YyYGRpl6pIq0x+IrozF3wNEJ7mgpDswk15DyUQceWRMBiLlmaYDmSvUm2WHAZlB2azY2CRWEt94rOHTWmBh0z6+UgpPGvzmp/IAnB9JjEF+ego2YloVse08YBCmAVCGbLrkUrB9gWjAYTBJ8oVSudfL3hQhKuOZGeq+dG0lNwpJeEu0OwXyjiEVLHVAk0cWkB4axGmGQ8o2eWB0BDv/NgZqc3jxdwNlAYy+Jf0Brynt8JdF5DVwBxi4ow5YvNrHRojdDfKRoqmLBWO1J1C0YiIyTgI9pxH1fa8g4SWMOMnRPkuD7p6rcgxYzaqO2m1muTG0ujYGqDbxaO97bx3gtNR+GLIL3aPxjBfkfX28EXaY/FFQ7+FIU7kJO5Xy3voSNmnc7GKqOgZt8vAqVPMTeZzsaMs44imylC/rFXyoO1gR3DWCRiByn3Y78UeyzTyWa5V18Ph1YnecoDnJW/hxbQSw2WdyoIRt2Z1eTu+qORwkd2EB1u3ou2D28/uWYMi5GyrPmcq9pWyPJOKdneTLNoxptn2MQ+00wvHTHiFOv7ttFYXxsDxrUkGCUKY+anL0efkTEi1mKZFDwnfWg1mtJkhB3nceE+tiqts39aPuWQYLZyymvScIR4roi7xAxP7fzNjIeiGY7XbGtzImuQtk5rYwa9q8uyCwbPpR5YdHEID1Xrs+43iZ1tMlscw/aa73ehZvj6ibFkBdczWLXd7sgP3QLa2tRJzoIWscsewwjaiH5lwugt8r7BwDOYKQ9Zup147ZTCZgmcQLb9gWecULkdO3ptnV1fNU79BVpaPWzQzi73J+106h9FeikxgJkSB1HVlMOeFG8mYkPcmftpo7hGb8l0l5ZZPfHdflj0JiugkR5mZMnU4hajHCM+hf63nQ0tVHqYQDzD5RNILZstXimge9wsFVIa2SEtjnIQq6x2Udp4yZI51cKf57FtukFzs5bg08YEsmG2VEYy44cwm35LnJGO8t0h/X2G7AdS1GwCc6KGx0OL0O3mUCEEJ7kE94ELHDavxLC0+heAq24Wqd6K2QNwYy/Lim58unWx+/aj3Ly5hvFLtvDDfE76rm0oAgW9pP8hzxh3rjh8uQOA3l21G8BXee60jxtPxQ2k9qO+cIOFM5jUAJh2moxb4oKU/HlAq0A65MwoYV/q3o40dacMQbdSdISu8g7dKjfWFwBA8QQ3Qd3jkWDnJT08EwMINyoDFmE4aZ+zHSxag0nkejihXPu53fFrpgOS3yYXzVc9Y2I684CVnx/J0DofTRSr/vvxpJ6B+qY9Xl92nF900ptzk7Xty0awV+TfoQi6LSsse1mceoVgSD6gvmd6+RbPNm0/NLwmyYa+NslkP51JHG5gtFnVySwtNIR3LltS9zb5Us+7OHCsJmcYlLD0OqShXLwlGdkerKIE4+lPTWqiSn0WNjE+d4oqvfkWV77rwuByC3cwEM62zKSi4defoWH0g4RqbxzZbGz/jPKngbsmWPskyq+y14XFCfwTRuotW7fbuKz94Drfip5AJSpbLyC5/T3gRFm6yBdC9fPVIfs2tFmTgqTVqeb2/c1J+6KgDCzbP6pldiPsBJ7vfslDAyzYtPM2f+MrR8dHko+YqDh7Oy6/mAJ8yy53vGijDkY+s8EE2LgRx0JzYlVRNKoYVgcW7RfOadTFpq55R/KEoSW+yMteAayggZEYXb3VXNPeRStVCxc0/3kSVusq5nHU//80jD/7XZ7qNY6OtSvPdKkfflS9+nkNlB9iHxUfAfJYr/7wJdycHKnxGsvWTKLv7zZKq7LQBuHFqVxXwYGXC6edwJjvBqtyHV1sSQlc2m9tC3jpBCt/kzrFD3DD4rqMA0RG2ftgmJ3NpThmFTxOFQhXAayDE7bpBm4seCetHvUCvo79qwBeuISbyz3EnUcPI5+jtKtstbpCfrrKg1qAUR+UuJCzW0vUxWHjV8rcZgI4rS4Tbtdcpoe7BASfTm+jQc/cohVGF9S1bQbbQc/kpBXqiSsBNzMXLVOzVidnP9FfVtuNFPyI9DxHIVDi38mahhwtQVCaIW655jX18dqW0J1/rqKr1CaDrqp+pNzKeOC16qSWG6KXsYPmYEKbXWxGKhyUxGQ4CYs2vDqCvmCPmpBn1/paru+QaaSYYfQnP7BlJYyjfP/Al2u3SHd77fCsCCq/acgQNV2ZTfX0HueHeNNxAe71/W37Zr3c+QPsfWpf/NZjIsx0iZhc35VM5F9jhZlS3zVOhN7QJEfr4kEo0AWbHhiR8gp7FuN8fLCHOs75FUPIpZrVmzEFOx2uNAmWAFAaY7DnwKGaggEAgjF6c9UTSBTuEL72iTWO1cuoImbVx7IcUe7sNDhd+su8Sf/2SXV27Lj7YhbtV4z8L8s39WCJG3UE+ptZhF4t8U61VK1Y+bSzC8jK0UF/oCKt+7mvMR/r7hyqqe4913bpSydZO7fxcxf4MZDt+R+VWuC2W5pY3QnvH/uRCpV4/kVmO8yaPHfPh8BUyfqXY57NZ+pE9wvuq9ae5mn1+zfPscw5phT1MvOXSUK1sz+lqBXtTOTuYo4I6NxGSEtILD9bl56Htq+d5Le96JUSCiCih1sSdYDdhMop2VVU6LHfSJbjmWYZaxh1hXbfqadRWpSQySdhJt0ic7jhiq5MhgsVEMEln1rJVDfTq9Om4eodncB8fzy9LP2WhrriECaeaPHFVzi95Hg6A6+JN/5O2tpto1dZlJ4//WnNcrp40dO51o2E1hRlxUBvpsLqpa78t931elmhtq7Tw/p3TJ8ke5jSVTXyIzTsr9/XD0MFzddPYdni0rZX8334+KmriZMdPe9uEjZXg9NqaXpuTQXanLE9gU1r2/aIqLOZtED7ECtbIxEImjWbELnpfsj497myMkew6U2KX/IjH3KLn2wD+Kz6uIMvtIOPO6uxrVbM4wg+Tp7uIP85I3yQWgvi/ig8WDNIT8i7X4AzU01qkGwkHsWa18nYlF7as642CAsnxhpOpXz/nLLd5SK+kmYyuB+Ql3sZ51YNvNS0A4w/vnCHrjpu+Z9mHpJd5a3fc5ZtfY3kb/3+lJUeqOE+OO8K9wYBefdJ8nFrbjxyqifm69MPODUC70neoKCTXKmMacqqmvYUilDiLw49/pLj6ED0Zhq+39G9mf74viz9u4a+6Ubebv9RQG9Bb0uObxn4TbzxW4b2dtvo7bbFN3H6N83yVrzoW671LaH1BEzv5PUwwqGUHEaYg/RpG873Nu357YhFE+rT/ZuyB//JFumv7FN/ss3IqudH9IVgdckT0tdLpP7yiT7Ryttfuw+27lLAWGYC3gqD+YT1iqbT4I08TVPgHl4QKCMExoxgeqXJJZ3uWF5w3JLlQgjsMF3h68qCSxAdBIeXf2ta4qzrGjlBnP8FwQdyAUYzbFWJuf1odZvS1GLneqShJgdCELZcx1l9osTJ+dbgF9I5MUqfDOzbT3iL9hQiwjk5IcqXJTZDDsQRiJr6k0vV4S2z3TJr0Nqnvb+8n/WTde26l3tnAy7vDnEFdv0wtBV25RbpitGyA55AXVuiM/tHw2KdWn2fVw8l72is0WULDmlEt/qIm+fCJrOULchu1FhaAHCL6dVYNh9s3O1CQb+pCdzIcWPbn5Jx5zyFpJaAZQfqrYl2/sAjAkzfRAM/5+J5EJ48CZBJyN87igYIHkOcGd3lb0zZPVgYQVWEWUyAapjkWAnbpP9+hfmrOdVxuJVxnmnINMbLa+6bIpVyAUfwNcUbU/L3q1uEcjN8mZpf1YPCPH82BIjbvHuEcWtzE5A83FYBe4kJ4JMn6bmC/Sq08Hai4RVCNUdiP7gOVjigFN8V4XX2Lh8G/ZBHMEx4++p1k2SJHXmOPZWJC28ZFfIqJWNBQnoDrYJJrEvpf5+EDtSga6AGFfdf3sP8jN3CFFHP9pope9vjQoDdY4MiCNPsRWAuu/YBzUEYEoBXDQbiWT/MXJGHb66zw8rVc+HEfmEvkYU3VTzpxEp7e6hcjXfPZ1ARgF28ESk4gH9uPMjtWWd19xdb6wOXxKlsK67h+fcl+HECNfDy70VDCHsVhAhYddBNRPKc3vVZ9ZgEUPFavZhAFtWn2L+qdTKDqM1orfGVamPZVHw1D4DLoXZS+ISDuOrxNOJ32isrW5ra1IiDQrJVQpbL21N/J8nKMxLOId286kML2FE9ryroRkyBP9ttuQme3a+816+Kfad7tZeC1h/LCFaLFlNvVkK5iM6CuV3U9z2SQ2LE92f6GSjr+j0jIzbPWb+t42HEfGXSncwnOA6CUBQqDCmV3hIvqKalP4IR6hhqzEdID2wbCySbgyHsRu1pWfsQ111ZzgehvhhgZ2TlXxQM0vZSKZLWWocPTW1rrl3cYYSodEnNBMjEk9GMk/C+ATPND1mDWlY8AjRACnbQCSnUoBVFo7Jr7Xt7MCCsfKOBjLUYfSYaTlMR4fLCywknxzbXc3wDtrN/fXlJYt03orVkMbJRPmR0gvQ91dgI3Srpe8X7g8DUnhb29HXyENLWgiqbO4iNtZbzVftQWMQeeF3/rpYOSCve1Y0E/M5mpQ82Fq0JIrP5ADYjydwycIv3tWmqdvu3nCKf3EataiLLxVEvLinGu4qUPo0W3S0+SeYP0q/WSW80qxxhi34SIi0a0NT9EBuSQigJ5hB0ncl+ikypVCAMsF2mHizXxcKSBIelHTwJzErPbaBzHuPKzVb8b8/GMg17cqFJMkjvE3JlRXSSrzZiIYyP8HcHL/qoyFGqywxjuD3SdUf17Q6CXkNKerX+O+8UNc5/ELdZzHKT7xc+g1bYDnMFYgG/JWZXVjFKQGLjDe07IkteCIQ5QzgMefmDzpl13b1NUSGT0kv9TX5GX6ySbYWZ9bOjKzKqupf5NuTZZYLs/qbXZTuwWfb+fJb5VixPW1H+wGeya0lryklq0050uv0dQWKk0BqQehW1bwkCagWF8VbtknJ9dtHpzf/H9smmdmHdqo+bBm7vMY8ZtTcl92v33YYdxx980ujIAlKEHW+zNyqN8hr4F4dhhcdIS70huboMzs0TG5rnvaOhPeDEoabPj6rEEfI1fzuR7oy4jAhKnmKQetJ/S42jo4bv9ZNqPdrbCGc//lLcgrXY0XpUmdkV+fthN2/eeq68YPKudJWrKiUL2UmkmBNkkhpXnaOskbeBz0OLvnLNewQ3/2t8bdmz8mf0wSP0iLHft0poEkDduviSfrYF/tq7/K9XZXJJ7WyVNd9q3tG7DrV3RVoWrMdi5Ko8Er+Geym16mH0x8pI6s8yLLtN690Vtehbz44/2unShRw3ixoGOPd3i4P0+ubr5OWUxYW1nvCpWj+ghRp71g3oQsfq27fblvOyJ7VGdulXQfS9vu1Bj6aOlUOmeJoqITTJ+t/FJCp25amnY1eetc2g9tlRDiSlLmx9xFjjcpYKb5ZkpAPYxb6pz9+GqqOYaOvynu+1yucee0ikjMPZVLGi6RZqck6h0YWdtI9uNTcFH1lfk4rnurHw9puoFEwVkfIND29h8nOEXC/Jihr1dR7jaEfMS+W8ev4UrFshjsq6zeGJyY8l9aArNQkEgJtEzf4gbaZ7hVcgC4ysdiuQB5ZWk6XbEqp6B/PVdfsPE4MdchUEJAx3ABq+ECk4YnW8COirw+PwKXVw8rsIof6N+xin8DvPY6QHQgNEriEJbbCKto3gilR+MD914vnN6/GdSx+s1jt/byrpMj1YGWblEGnmh95OpWnZQVCCiCUfdXJOXGUjLYT8EYqCg8WV7/U3upzXep000MKR33pSBzaiM9C1u0p+We0ydSL8rSXYSvi1TntIewKRvhRRrQ75HUilHlKYQsXH2WPVYlYvQVPyVDTbQqstNJW6aVoRMKkBBDg1alwsrDnJAWKpkzJcLWwsl3KpmgpRiChSBUABydfBLwtagFN4MVYP9IW8ZvvCsrdAGynkRpSp/q4LV7cSfSumNOSPjXQQodb6lPJFqM42LdluVKdmkQ0fqAf38BJe1rw9Ov4KYBCk+4WjQ7qHP3QR3/Qlfuir/QeUBHRnjDPTmwoy4Zb9SRjZOg7zt0fLSvxzd+xJOHARLpvKUuOrS6n0PLznABbp8Xxq+0uBtVRayDLH8JWs26uRFAMdZPEVNxZUR6VZGfB1VhRqzPyWAgR7MfoerM8tVfODSQ837AW9swphHcqTuMtCt8AMHM76rATwMZ0sBPZjN3HpfGiR5ag1cuXTxC7p5cIb4RVOSeLo6BwNwzLUcNwPAoTYPOh5s4qGFEK1FkXnpGh+JUQHYHOD1xZ4Pubwylmiyq2QQD6eVGA0/JAkGG2DR9Lh/at+E4NS51gZl0Bnhpk0h/nD8wo93+pn6Ioy7Yx6FrbC/a25XQx4AIsoSt/A+OYa9kv+W4xOpJqywSshNWOHzGOHl+sbCCQQPwAjJWsHhodq3iZP+PP5+0P1Vm1xbKruLWjDR/CwOAmIZv95aDPPJuRwHVuabI2suVEJNW6qZMJhZm7Nzf/HqGWxtjESZkv3OlTpbFTMuxJ0mUIZKGzhwvJwxUg9Qgnc1F3goOqTbBhKl6Z4ttMCcfsCV/FbcowEVnXdkpOnD5EXKsHC43SlP1B4hD7qQZEWBraNi3/jD+mXxDC5aOyT//g7kYXFfSXk3G5nDOBYyUyqjvsot3noVSv3RDYMJXxaqdXYjRLkHkZqJLvA0eKxDDLXXXGi5Lg/tMxMd8pvkSKvrXVgG/fS/2mZY5uSdv4ESW0dPJKMmFZuLwSSjk2usfgiFXM+ypzfpvcvt9SB5koNAqOLLeiTBBbL6ZYpZabl9ocNcMIgYiPE3hgD2jGAH8aVa07BjFnUss6mmhZZdUn0NWJeAta+ppXl4x3/MTEPwt839Qa/al+D6zulq+50juOhQAwI7qI1S12TAxeiSsuOkKfrXwqm0xR7RJ7VdQHim8nU3U1zMeq02tJ3lvyx9vMBwItfzCx1tx6uBNWfOHgOQnfqC+W/ckhMLp1g3bVBn8F0f/D5lHPoHd5G9pmDjVRu4t4NdxpuGtZWilipzHX2QNUKbVsfSS3rcn3OfdRG6EHECdn52ooBDlc/njCs2n+0CJdrj/Y8awVQj9sdkoph3CRXZ42MQZfXFTs0PEcu9oEC4gDC7yABX8k9TIEjzVDeY1Rzo4pG8KM3Vtn6CYRY0RDUxQA6fEeiD8EFw+EqAwg8v2jQv5PIKBw5t8R/WCHmxHyiM3n64IeDSbfT7ZzWOQm6S/OqWNaDftLRupgTIxlDtn7Sh2fXcn8Cz2tK+TtAyqMh1rPJRKRd29/m3LC2WAblcxAxMX7VPgAZUci0UC61Ny0glpGcGTTqgppiS3V1DyDKCQPol4Q9ttk2g2m2ZzKvC1ggrqGRvbMFwHqrDtTSAfWnwXpr2XRUpPO4N86Lus6SDboeN6W6fisF4j1AhMFREdajVkYdlhE4tbclhg0Ij0k6se93kwgj5vaigySqq0nFrZ90KtYw0OXZgFvr6NmPTbj0gE6HeOgCCrU94PLY4GQvCKDosxLYmAelXy2wWNjK/LSeaoUGrPCiPCPQbCjVRkGvdalDNUYObB67CgH1emY/h5ZzWHswC0+e9uv22Pb9hr5P7JDiR1dHP5N9n+Gb5zZlisPm9MsWTQ3bD6aHmEiQlGCGhOvwhN4iIFk9Egg6WjtNy3ikLaDb2vDBxIn5oEsGGgm+8Z1VdC0FT0NIwqOuTR+AzjDQlIs/USIxq0Q3Lu0zbhBbYgd8098uU4fBbTyFwZO2udmg9mstdUCjzIvUL2uk1E1IbR9U5OxBe0uwJNtzGAJwiyZcr5BK1XEK0iDZ+AlFmt2xLLn6VnbuuPDl8tZdHG7ahHSdKDMGYNT2zxlF7lRxkI50MJwzXVNztUsNbhDLIh/YwjQTq7cF2MFDrGhQMMYzXI/zshvUC0IMEOveXak24YixRWyyqiUOxQL7qi8jhv2FF6xxtL0OvALjO1Q7JYQ+QmdO85Dj6IryTYoooaMWtjOnz02CnK890BAQU3jImaV6zJGuNGVcFhMvJEbEm2yX+NB48yznhOTzVK+0XHj6jOtnW792fgjhlO2prTdqe3E3u8nb9Lj79tNwku458jdd96JFQxJ/6IzJUilwe+7F3HA+ueSR3k5mzadjI48PnX460BMrQoIjbgHo+m+M01hy2V/WLP6XoF7Ki93OxxcaWDEaloS3yf2YHBA8X7Dsx3HRvc0W237f0t3mg6qtDvYmTXmPiTS4AiXylE42PUO4umBXCOASJQycWKB1XmlJZ9wd9VRWUibULiwZKvLO17QZ3GUDOLlCiHq1szPvug19B+EOdRPgArcu2Ug9fvEZs8AGen4KzTrAyDlAD3isywGcJowRZl729aYOAeoO4GxHfd5No4cXbuOX3yWtkrsL191evD+VmjcTZrWfdKUddniQZfyn97UE/a+49mDdH3CxA/PEYhcQi5Zdcke/J97LPdu5k+gN9IFsXnw6bN1x5bb6xeHT+LWP6QhUUMnXZzDfFY4DrlKzQRVL++fP8q1r6IlYC/vn2ZBb52GossfZ/N95La6kXUickin8FqmTISHEyRKWrMqI+IXuepsADb7miwFQvu5SE9fvpemUZGVJkkciSDv40HAcM2QIWmh8QTdxgo4R5YhAGMDb9j49x4Q5rUCQd2CDCjydUeDSJTsC+SYRFhbJtt1cuUdAfchsiMSDqHfJPWHqGbC/jahQjoELV2vs83dCsI05RfX0G1ac3Juc8NOCFd4JRn0Ui7bW7wOoeQEDTkTpCG4PUT+fuo3u8afmLQ4z1ObfSWEl/g159MybJJk/yACkGkzO7hSWBEp0sELvQYcwTcaJFSBWUVaCGIIOkUiRDpwgoQOpJgivufsLbxUzSb+/EfYRXmjwXJYHWaP5C5KSs/AeLk/BoKVyE/QqPoL0UjkIf59m3gEqTyPX5MFZF0bJn2veyO+BsQMM7ueAgsfzpLWGsZFySOK8YCjs3RdpYOoLWLoOwBkSzNetLaf+2+A/aieuZZZbABq4qBU001mPdKpk0wDCLqroRXqggDNa6GcH2NuKpuumtdaNIkWBRe1hlq7xykNP0Yii5kB5/jguvXUvfA+xmvfxHhz/Az77ATJ1SsmfLJIZ3Ng86jcXKxwctcqREDrtf11MhB7+HtgDxvOjMhG+/HfLoq52Y8dGPPEih0sO9zxu5slJx9tMTW8HYE5fZ0fIPAqS+EnS/O5E9YuxFcBXt4PJulNlKoRCLpkbHPgpF78aePe9DDZgM4QW9PIFixjAnrYdDPbpqNLI8lqWrkoak33DOh5wvvbG4AotPXIFSfla2fFWDiieFBNoXzgCP5pywhXhALi2Ww9XaOi3xPIv/Zem2saVkxNUaTENIfJouTZ2JDwnMFFOIgwHJy4ZA7BNkzntFOk3rp2FBxE7WXG4faxCPs/VCEcszDKcfOe3eA0QM14gLcb7O4iB/kJzGSiv7MuMvmgAsjM1+qLrcLSOAPjdeJ/ieN5mppmlGwMY8y++BslWVr8lvEEivOE92BvMETfIDvSGmNvN86QXus4GZskzBNfQ0Dz0D2XEyAZ2aSNDJmsMmJcS3TtlENXrBQdldUNjHODwFjQu6u3F96z4XrF7GB7//gHQZbEPlmVqH/8ZJtQbJbtxril6TbJQ6ly86aOefKSzAcTEHrlnE67dFXcRJAzMQm01ST+I/CWPsXVj1Wm5P5kSVb1mRZKLIA3PY2itR9d3XcQP27EvUKNd80bqvhISa/rmeX3I23AJMIswQrls4gDhNGRs/v/xhbJoGlE2+5DPQYs3i3DilxaS6z+uIMdxwg1rfLAU9CUsyn5pjYxsK1ykxkqB1l9wb6An7DOefzXFIUlR/By6p3LkaHTgpGvbBsRGjVS72suxNUevyfS8Rg/ka2DeDhZcMdAQxWcLNFXQT2N0Blc5g1ZigTYKM1huoOEGm0RhB+Huw1kuD/dfbh9S59uiupoAvu0kYtp9pX/7r1bchRyPs16ZPS6rI6MG64Rn5f00zsoRkr22ihpsFDwieniSAhByVaFgmE6rjCP3VXaKQ3yTaYog9tbvMNorXraBCE+i2kPlxDdVUVAAjH3OLVLvih35OlaQbcpTSk7fec/g2Wm9kKT83bbSdyYDYcNZr66zDivnjhNc8NVeP8ig85Hc8EYb/Wc29iCxTwsMxnFcOrCaMnwOvlEOez2OFp90jmeFLYB8uA9sAiaUds27UDD0BcapBbZRW8bMM2nmR8V9zpgRPShBI9BBxiTzrS8BrC9XRa8jYaGuIfZ97Bi9X1HWSJTsDq25Zp1nbzlTM/HSGHkkTJem1bRggHu6MXcyaNDMLaYIwgf2bWcm3L+ISMNC+MQ8pWl3eHsqs+rJd2jCLoWP37aaev/JXE3qtDQ5XIRHFd70ICn5GhiSbUNHuF/9Dt24+GQ2hDZziSpNmhR6zpEzCFQU5M18vaJiabnNShmR0fpXi1NzclhA+WmWZmSasXQw8wVEsHBkFvUsHCRqq/2CXJMhOmhMtRqAwRflbc39IB4SYQDHZwPR1ik6kc2Ua7b6PE+EblOA4Y81uDQ2gAWp52dtXV3CXhTDGRKgU2zDI0xIlsl/Rfi+wAjKqOBJFiORHngQ0Jx2Taumk6Hau1PZCm6sX4YPg0+0wrDGB6yy7BRoaHlfsSmi9cpNjA5yDoJVFYaYV1dk6vHDmBhl3r6OP+oKVl1M8p7T30UVfBhztINyiobE7MJqBs4zbGI/43ykTyVBwD127uGRCuYkjaRmJ2FOK099OKeVsUNlLM/t39knOK5NbNZofsgt25Le5kXIC8jzapNYNqDAqRmpiA6SdYB7Wzrk76JJZHPbp4JtfPA7EHe79LTvNcRecjzQD6LemtmoYSJNpdzs/2GaVmo7aD7urnANxH0doljNs1pSREh3lOv8OFnL4UYWPVaVks8Y3mE1raQbPhd7brQ3EflvaOWOt15zpTe3uiiHOzHrnAOj3P6rwpN7155ck6Y/xBV6C2LHSUhdABBLQ2C/DpaSZPWRdkfmOi7xpcY8TCD8t0EsWUteUE0pxPqaKUqmzjaJdgTXgDyoohqLj3jRmtqtDcRftGks3tygtx0FDut4tGput7o0plk/xIkZAW5pJfrcY1N1Q7ov6clpa73BmzaOnGjf5QZu0vNWtqvhsBV1wXiexi7fh0QJFbJt0/bxGhoa4cJVbYcR2AnmizR9ngnEL5VK9z6qOm9uYrb5FsSG0Ay3bQxwH89TSU1lTSMZa+DuLZ7hmhRmeAhx/wYS/+SVAofCfz1c1T3vpTZj231+UmjXdpYwQcA4MQodM5I2zERbI3IpwqQ7CGrvEXiOHrZUrjG/rmQw1g3hvtY7foHJ4xUv3u+RL2CI2Y6x7Aq/DAB6+tOawQ86Z8vz4Joyam8oCJi9iNhXnW3rELj6QBEW7wGh3Z4te7/6zbarkyRszVoK9vWNJB/3xKoD4sJQxhX4G66pKkgqPXoUBoS1qeTahrZJaC5wJHOUxp02S3Zdv0U+rGBSAXrQLJv+NSllq/XjvWRN8tr0MB8HGpJPsQYNoOZerWSYrKwNbF99/NCnIjN1t5GMih+a1533pzXTYH2JxQsr7W/WVtiFsFp6i7BToYlUl4AcofOiukLF5r7cQtvvsbbLZVGEussN+7Uzr5pg2pg2UFbmLtBV2DRG/vyA34ZO6rVXuMAGlJ9bhO3sSUkMBiZN4WSsgq9X6t8zdastGAlvhHJD7VlGYB/mV4G6wiaQXIV9tIn9tmLDtd1EGyvpDzbiwRYc6XTJPNFIscMejGLQ1EkdUE9tRYRKkFooSaxsU7yYi7Afn6Rn+g15pQf1xmwwOGnz/WtrKbqDibUzbFgiP1RJx73OQRJqT9gdbPAl2sdxmO3zppKta6ex0jpaiaWHGaWwYe2lXB+ZUx0Il4COzVxJoddoTIEAYxoWs9TjV3xDJKTWuwqUJjTeLUjXa2fdJUl5he0oO8wzKBqT23CTPJoLyeM9QUFtlLQZOB/i1XzvT4wEMJac4GDyqKSFJol+VYFoDhmjFMOV6u+2oJtN1cH321SZqT4ZI1S6OZSqOSd8D/MRmsWPUN43JE4oVJtqpmNCjqiyilPvjxoA/JAyCjMOpIaPArMkXHXq3sxO4uXqnv8XNG9B2oqhr8tHJiGZNbMa8dWbt+AwBv3MXiDPriuzHMvwjd6DvUVG4dYf72nPAfkIehCwCH7ViUyNgMGIklUxIjXEOrS6iKSC1NWw606VWUxLvh4yOaqNmFpU1JzR8hYcMmycmVN0rcT2iKnNLgbX0lRJjP1SmHblFGG9Zebv+U4yPT0Pp8zzG8FT+U1qQFfQzEY5ptniuDfXMWy/59eTKfpfVVPxFKt2WC1rJGHx9krJmH2LoK33wyuLpOfmxxrG53lZg5+nqfjK/dp4CJUGfR5B8ZbTDla8uyr+kO03vcf4P9YnOIP3KfUKqP3eQ5Wtn5qVyMRtm568yZXJuxPnUWpCaTAMH91AHWkPrOlOV/n4iLDCpw/OaeG/h8dHyXRvX+EU6rlIHcr5e4jWdQM4DGtvjAoBmXKSIg2s89Qc3f4KVkf54rqBF92craE9sgAezXSQaJiHMpRk+wO6gLN99JH1oJ3FHMfFMNtIeDpZW6y/nRwIl53iICqn0jxfsvGyKRtYvd6P7au0plRabFuLuf0mdjlKE0MDZeO2vHctH7F4T9b6gHFdEftj+yHc2pOJ/X5Hk8NZufJJizLHrFaihpp6Y2dh5FXVWbkqzwbvhTL8S2AlTlYi55ySjlFy8fVDSadK81Mcqab6pQD8bKOWCnY1HPfwQLVZN9YI3eKXAmRd63qEGwhpA9KZ7AKVn7xgiuyeDM78aVtoONlZrAfdmgSXgqPn7mUAi73NMa9tEpHmiIEKZwFk9YEtQA43xHWzbJX/Du6v/MOtNcNPV8YMkk1r55Js/VMXHPuhxsCk05TTTqVSQIEwxAcZ8sIMEdyiYSwEkcD4CDQAQLNRkxZFA1U0nWyPGdVtRxNbNeBIesOFjx6GkaIRdM7gyfoH6IoubUdQw585WLXgo3Y7UjvEJ6PDT7Qg6G7HbYaxsKcI46U1lmTGdJmaDMmU98VJ4eICPQhj+wd244tQptG3qeDY58HdeoDt/hzNAT+mYEFxdJPoxUw49UELs3OcrkbxQtFmCtQmvgFv9JZEYjts+CAjYP6afU6UO6RMJ5kLNXNDpuulsMZK/qyPu8OvwusGsb/wTbnIl9rTbM++OWqYx4n+9WqAwxyKP2Pmde02xpG/2JA7cLdJKAu8vHkLO72QAjgfxhEGpX7zthN++04SGf5ft01F/reW0plg1F1sS4XIjSegLArkN0/CYYr/RWtBA5BwWW4SL+zK005NmUewQW69siy3NtNt1snYPD3jZHlTIxNKJmY3LM7xn9qIZYnhuxRY/uwvvVA4+RPayBpECkl4I3GHr+GXDhMH1FLB4aDuboaEQGJzgSDoJMM/yOmgDyo41Pvp5rZQgMf6dFgHZdsP5mDc9v0tnhMHbpp1X/HUuXuhGSbHSu2G9sWW443T6w9i48+fJbSi06Pn1T2KHkCmlKBSe3SD7jRBAVp2z1AmdCmeLjI7vDIniWe72sQo8IlMF2HN0OyHsIQsabl9tvHJdBRTayKzVjaayg3TS/kjptb7ymAKZM1xGKarPOS/X4whoFKbYsD6hgIHfbxox+0kDLcdhlH043D53F4PpNiJEYRq3Eh5GBY/HspPlpf8RFNeiq3+E5VYmmBAu4lwxGyJxLA16jKL2Ng1Fvd1AxWAm5SUSdM+e8Drs6Fh6mkHIWnam6qoQO9lUZYYNsTiw2pxEPnpH8ey+ocQ5Qbb/Jf80rPVNuuSR2samV8yXnyOb3NdRTS7kB3H7IQlVP2hjJEFbPZTT67mlrtunvQqyA7hpJxKdpNIWF+t4uHJfEMQ2i01KYXPC3ytaZvK2z664niLtMJguAHzsC4QHqoh5X4fiv8iHiklt+xb2cc2t/0Bhe3jisQn4Q1CwVLrszhDhZTwIhDs0g7UQEiEfA2MhLmgHSw3gROcZxBPWLY5TF4pMyyHQf+nMbdgKg2O1uIRNSd0IcKYg5IWVjA4Nn10IUtMsdwoy1xAiVKFtZdt5Gyp+dO/luGAFsdRX0HJeCt5hRFEd0gtDzsSdsC2Shx4qwM5GxT2FHovN9KFCNaLC+y83tK0037WtXjyAV0QNvk8f398i3xYC26WdjLTu6p3tkNJJtdKNjcl+GYX7r0b4QNKuuX9F73k/0QKkoLjW4xr8ACcHgbX573xlchHsz+GwfwgNEt/ag2w5RKWtauI4uwRpTr1KkJCDX7rcV+wCJU2WcJY6EtY3j8z96R7/VUh2R9vMk6IQUmiNS5to9akuj+2xgJriTYbndS4NALUEVf8zwqOAm+zxKUdzpKCz3NKQURDGxak6AEBthQgVdsS/NKVPKDegyqS1ZMDqSms2xy5giGaszg3u16bw48jpU2Y2tWLzk3oTBKfX6TKi7k4yCdXj2Cy/0waw8kAySov5EBKNdJB0D0SpBht2YZZMNl1N4Wddx3Pcfs+t/ow351fzkZoC8MmvkNWzXFstalePnorWXQfjkdjrwJNFJsrvXKfQXjX9y9j3kfqsHBLPD4bc4d4Kn8eiojRUG9VVDqgigfGr2WGG5EPthYzA3eWvR0jUayiVT2VjqyknB00yIYJltoiYXTtyIgYuDtDxey7/5CLwpl4YG+hMLHpnAlkAkfruLdSyM8+Gtx+oTtUNIdVmJ950MfbRtpvGS5pe19ce9CC6wqygThemD3bKc9AvFzPPgwbaY+GJvptn9CVAzf0JEfOzZ4XNLeMw3OjqUdiOSJyiBS3Qds/bwC4tltZ2HZbZfp91TgmpvS8VpnFTaSQARmXWU2lD1LCVpqN7ocySw3c+KYWAwdtFB5MHc39jCusTkYOAVZRBdtOxmACc2Ge/UM+5wlew5qtNV6gnkAJCipssIukdtePuXqMDnOrMdtnw9ibvS3Mds35PO0vfNSWoLhZ9yyd83UaIplhxy//s2P8gLXH/0mzwLYrWngtCfEEyyRtqTUhsQ4NEH0q4wvEA4xj3vFhi20ZwtCiC702thPfrG8JsQUc/i16IUv0LlaU4fOSVco1tvxYoP0QCWk5ONPNphI9jkZMZkPmzdQKARqMt19ZBVHKJvvi4spkb7nj1TYqEMaPygFuB4CCwCYoylbQ/sQ1vNW6yw/7ryLqToOqZX6nIdrOL5Gdk8TehBGM1sLoVa+y9XuHlRRC4tpfWKoLKvVVX3Fd4XXFV31VvOkdsdoay8r09AC1BQVksmt4TmoZWCGtiv5CwRwNtmkYC4BsgC5fzJu3WwGIoolD1i+e2ddi40pFMc+DRrXXbFEoMyYrYjlZb4j2R79qa1HP4XhcYzxQ/4bI/6UCAFAvptiM7Idrexx6dDxG8gkZfFiSYNJck/TMzg1htHAUm9D4vdJw2lQ09tZFwz0CtPbUFhD3hnglrc53PzTV1MWq3aXoh1IYVw3hvu62VTgcFpavpYWeoZ0dlfPAIIFfc4PdseVhStRZpsdl2pW6s7/VlHVk9ByesdoMmyq+UZWveq2vOtePTnQ/tytZ+Je0+WQ5OqGFbq49qPJfUopzVL3TGsScb5QzKTC5vq0V+ChnqcGehSZwq6/C6k2gL8Ih1TpZH0XLloalEmskU1c9jd5iGRhe/IykowEhIzjU6x9Q/DYPoobTrQOZ+IG3fAwQL0VUSOsFren4kTmGmtUS0fapnXZh/V0ZZ6Hz+nVo+ShRgnypUjqWZRIGGsV9WGiBegq3pr0hfwUjfajqmoYOnqq7YpeZaLctSp4vYwALl0LVsXnoTwTlsgQzoGUl5aS29nugugTRGdhv5L6he/sQgvAcCgvlj4cpOySmzj35XvNLfg+GSdhg5o9iGkYZIKqAZxZw3zU3jdpmpfURFHAZjPIAneIfHBXtX4WAJuDHcsBn5uy5xH6WybMhbbNLVx2Lp5rcBmBAd/sXk1qHA+6hpCU4Dr7ZejjiUBbtYsRhJnqOufUI79e/psFacSOJ5yoWbpbkX0isz7tDtZ+v438llobFz6DxvxKLXHwaku1hnxoePsG69rd8RncCauX5QULVYyuMkGy+dQ8x3pdA6XmiQblQGM1yUom9G308zj0P7apzVYtgdEPhJHGZgXSzX56OY0jEPYd7iAkPG7n0ugzfHyGhChQ1YnllJjs2RP2NpEitQXVRtJ0y7jJi8SnhHdDTDL+LI8SIjxKWZRKHccPTAzX9hKbu5weq3C9gAdxWmvir3UJ6YyDTOrwA+J9Wath917mFx9qtLmwD2nS+8c+dWsGxdvPDDJ1b4ykn6duL0+6lD83KpIG2utF331Pdr/zTdTDmgwV3uMCxvapDazN7QIuBXc5SR9EsaAD9XpOlaox0gQH5hMNvfEi2JI+13HyfH0aJvFJrKLucHR6qaRlZYHpOW1uWNj2AIkWHuUhx0mN/K6Rsvkbs6C6u9vGhGitr0bmrgNAu312cHziux0CalLQoH2saH2PDNyo0kaCmgf2NtBo/ZRVLJWne0j8XI4qbEvMhI5hHpGYylqQkqoC5VO0FeEz2ZLk8wLoJRMwQkqfG5FBq4Qg8MCnOCMbTggX+efhm2YGlHKoq2jUgG+QT7Am+pvhqSto5AutMK2gf1Dw7rr/6nTrOeW6LGU65KzVijTHnJpdcHeILuFY9EPrSFDQoNBmLLW3xpo0sVCgYTB6lf9t6GQ7z7V/T4lCpo623yH/7lC6674+aCTPtsKlkgsbguADAn+7Lsi+bYm02jyPJnAiUXStqotkhO1G1INLudLhEvtKx5RpqdYhywSjsubA5wyXGl6PA7YxNCdKJ3BxyNc8ijlvFTYGmPSiYh2kiXvDD92FHLGyDWdkT8ICtD50yH8YUZwME/2m5YeRvzhMuh+aLzRdpxXGPRnCVP5INpC+g5OM0HZWep2SQEj7FANGOL94U/rCyVu4CrPSTSknmJIS20Xr2eQoVXGRWtAReWgwV8dqdLmy1eUYJgKG7pWpSoDcqhaI7qIuy6PExBePdQt3isJ27O23qDttfC19CS46bbVYCtCvV+xl0ZUtn26Hni5QgG6PT3G+QhQg/JDAP70RHedYOL43rSTE4TKqx8DBtId8twH/Kl7jpR1C0VnQgdaOcHbdTtRp0tvQZ456VMn2hPuyOakN3XRyRuWL0CgERbDWve0Cb/V1iY68zL9s88cUdfgF29odQ0TgnS1HEPagnbdICtwz49RpdW6gBAjDCVUIaiS98PeCuBngYwU6SR2tTdm9aGFsebVZ7wi89m97bx0Sf4jdXlwOtG3MGC+1hWi6GqkA+BI8w66GUlTIbhw9x2zxP00oTFMdVBhGdo0TweYDDITRT+gPTkk8Q98Pk+fHFyD4jtaWQiEw70hWFyXU2Aa8FEo0dMPSGiUCAkQtnSuD4Na2zhvI+VmyagJjmMgkoPyVLB1sdd6yYrdiOzkeZOJlLRs8XIUeh5uAt9uEAdv3bzudKlyHVlncRskTa9ofM06JEPAeCDq+ba5yS9jXsERRS67KemcfZ054LYwbwHFESDIyDio5lzpWPf+3yPFBwFl7+CwCW//qHCjOW5S9M9pAaq3KF3I6wMukBYqLaTFaG5sKja74/TinGl8ug8urtGWIG4eHbcHBZhpYOM0w9eLHMBz9jI0hRHcaQzIDCGQJOD8pqLFEAB3eN+X5sq+Qv1Xk1cSNGhwMyZXbl83z3ZAPK3BjMnAvKcl3h3iZ35clU1DXgGtn4YOm0zlze/ug9JCg4ccYWxsMjNUG7JdFaz3X3DtwV4PJBXgMiwLnZ3lbddEnvvQGg7d9Z5dWz4+aRE/T0vwaeIuocY2feMM+mZiljRHlLQ1EqKXKzCLu2qHlK5mz17Y+c6/TYej0En13umppsspnAUMspbK4NQXPlSioNOJ9JvoVZxjLhas+sIcI9gYhVEGdolcLI4qbcUeDQV9uCs4SHYiN+OvChWg6e1cO2xO+tAQjfa6Molw13KDiZLo6kvXHdf9oHgkEHdgOpomAKp0HAxdFtpbzUkZupkNHa6s1FlKYbYnQSOWLhtExG++PZ3jbiGNVmti83rbSkzzU2d6buAZtB8ZCJTMb+ABixOuZfDx/K8TzbUnTCQ4Vq22KFsnQE/27MXDR4lF1EhIn9u4lM8yfBjxfTYrp94S/4gdcbtNv4+qIGOYik6SJUdriIky9tjkb0LYdUS0P9MHjCbpMfkAqb7Vd0FhBY09xikdPnc8gkahMD+eJIQDlrBQ4dmShuE2JWYcvQXVm+tRrcr7tDUY4Ku9eAGHBY4OdSCWYhjk+5uq1VoKH9Hzuh9mymw/AAwtORlRtMjB2iYGCDXQ3MymaugeOHgnNWpQmq0bbNVgRdh2opXYBV/ApciC6wr4rPit4JHRwuk7QzJfXIu7vJpDSLlV0Wi20o9jVVjUivF7UIl8ZCD//1n2sJuS8t2BElcD0XCuZtpEsOYx3Ux5b8CYuIbF0UnD/Xt/xe0Y2N4Ri3wF7Q5FY3TVYQ1HRODSVUc+8XtaK3Q05B/9epZIfG3qkJsZqieK+QqtpopjAkSsvF+Xge+1a4X1DaXtcgnKH5OGTQDC0ChIv54i8D5DcHZ/T9FOu7CoFcMCrSEYM86VDJoz1Z1+8encLJhmiZ/rGfRPxUJDqtgfTkQMeCAvXAcFJilrXFs3foCET6/4e6llKwZLCciwbzpWOh2p5mlzQGlTBJui5b+aCiR0XYGIvHiVW89KgwEHdr1bkXoF0TPlcf5sq2Z3l2nwx5JduRrnip363rd0/qd7/rNz0VVKNKzdHVmck3eMt/+Fdd/Kguu5oWo/NBdz0doYi2iuhlX9M+T3mqM4WGW4JJvUGcjSvhUFtSr7qY2p5b0sx8zuNQmo8u8QXCsHpLCZylmRlwkhGPYh1AGJwHTBagvI82dkRquO8IUg3nRaM4UTRuUXJQxD4KIFf2O9DO++XnShvnlhWfgb4SOlaH2p+v855XxVMTJQ48kN3FcT9oN6HZcnUIJ91jOAGbNEOEZz1E9UUHylpxO3XEgdpp0LCRHJUdViiO485/DZ9IDSnaIR5DMnnQdpaGYPel8dJ5GVSGlTl5eZlA/bL3EF4wkV8mGharcS/mkPX0/sst+eB9vK8yZVB+eMX5AYZPlVxu0StW021Z2lBcr9r1KNRjX/Uyj6aBsWYQ0ZYW9KgGijTihg0GZGH1ACovvXEZlAAVjRiZAjvhgBN2w9WEGguMyX4hrY42nDWgppHOwqW/BQi4pFDLANqgvEDaRh94g0pwgmSoPQRkh+IpKrAisDWpElK6YvIvNVIYio6LbJkZ1J1SFNQ5427EhxDiXObza2D+weC6KOARCsQcHnZmCjZnPRP4/LBPNKKmyoyfYCMsX5qeg8iPhvM95gEK+0Dsq9ER4wNyA7kBatfN1dINooO5PZpjnPNhPLo4CSjpW9LM9htM62Yp3FZxw3vwLIajLB0wWiTzCJq5DQoGxXMEu5fzoCPkP8gNjAt/s0yzEqn3zwXzAZ9GFvy09Vl8phkPBin2e/qL2ODOOL7XAddBpiyTLFZzHhQNaiHYvQt0hAvkBrb8ZqwHn7VHP56QJJpCM8GDjJlenNzNfEjmrrGJTRwJY1e28BLadWC8mbcCCPiyFvWxtdUsCfnBsCPg9rGi9BeQBiRiUYgTewLEivn07y6YthQJdgQWmhWNyku/3WCDnC0MCYMHyIzrbOtJXB0aFntWh0Z/ssaMM9Ei6Tkd8v7Lez4KJXio0f5hXQnqzAIbNFYfbcNvNyAbbcO8gJptNeQGdTy6cL+hTRSMx5rGJQul6TFeS2ITJJ9PM+upxV6o3fankkr8fbg+drWrSOHs2VgzuG/0iLbrWxLFUWm7KKc6z7Ox/fKAj9ItbqSpHOMmwvc4sr8evIbPqK/d4pPqX/lQLNBQbntIeIyV83xAUlmHVhGXDCTEimBTqEXYYJOAAXiIxeOuthBYwke415zSv0wJhRzwF6SIB1ocGhDxMufqRCZtLyFG+frCyTvdqabctmCI7eXoTD83rwc+CrXbQWtzOX0ASlsjCQqzfCxi3+OxXjWV2bV2PQlfq0IcTpGdIGR9Z4kz+ULdA2HAEDjd63qFiDOVb/AlE4Ta+X39FWO95wpxSD99f4ByilBei4DwSDhFgcJB4HmU/HrVelRMZ0T8oWRdpLujS1S+9sskAOiBBZoFDoj7RU4sckClt1G5s8De3BNQYSik4s0dHjmz8xlxBVqrNgoyQarSdRVAOo7NbAMNOCKqy2+28CHlFNAmR+QIW9TCNVA5NpIFFUNq5GzjoAR1VrEvfnccs+wF6V/A0jxXAoLmVnwfcCnTtlrhpPd0B8Dk2DXzy9mPiKD63I+l1eMQoXhEszMlEsLpLlLh0PxIyM5Lxhhu53RZAb2/r1zfZ+/9ZPtNcUy2s/0ObRwelPeLdGeSMB0ma+vPmDPIetIGke4nls44AGLalYKkzkgYcLwIs8NQgLvd3e2nb4MaE4j3Hvs9QI78CtEI7hbEmutGK7wt2SpjmepgqdV+nQ37+iF4TW2fFkXqmhSjxUDmQW1w/mEClWZemlz//hTbyuAit6hUGbW8KXYwGDtsdJhBWoJkBnJ5YZG1QThbh+7aFSd1i/niecsvlHuwPn6+Xfr4AZUOhghtgQ31Sz2N+zU2bdt+3vLiMTxHnm2bFmMJSEb65Hj4oVYkua7/Me9TN1DYoqE5TNcY6R086eUjV30EKie+wCAF+Ckq/IbyIowlVS1mxaXhCAY9ucARV2+kFZeSNwQpcfLnkry9oLf7J6FZSukCkAA14vRjpuPEhMDiqL+Ot0YtaYKNdGHfuKkEXnIw6Idn2YK90wvO4Z05BXGmctfXto0n3SlS8UR1ViDIYUnGhCgE2kOrYLpWpkpId4apvJmW8Ee9nuPTlrcGINDoXz70J7iqqq/gNJN1SILYGj9i/viTjicf8aeYt5X0SQxPIBdaX+KlqUJFOoDt/D6LtKx8yCYPcnJhVq5bc1v5zMZuVhAT8Vmn/7Oepq1rl2EVGYczUdU2Qo38+oRLbLi53CWehhESIt3YXElEJPcAIghg5F0maQQgVDnocPqKQQQhGvj1gBsLXwyJYIlvCQ9wxHHHLljs2xcFo4yG37/2AWZ+fxBaqcRK3uyfVzvzIM+lKUA4fGTZWY1y+seNre8dZjk7LJpP7Q1K4Aoa1zSYW6vkC2eIA5qu+Odd5uCYuKkB8uHxv+3vNbvsTo6zv/ptNt9MSXw5I6D5QXZaKsQrkH9sJWuZjx3y5TMBv8w/yr18qk2WajuF1LH7mfRZKrhd/Y0pPFnq8kHWZvMC06USNxLuChDTieRezJ3nqobOq/MfNtp3bOPxYlFsxXeAb8DjslbrD02INKlXS17KV6AGktzKZqtZpR1IZaSFhSKRo9N6vJBYucZcJLbDvCgBF1gu67WfAvfGbtnCs8k6jJhy1Jv36ZDhiZBj6r8cRW/LnIGsMWeaZJXLzy/x3VjP3h2VZztwyt+EEHKMMbukeb3AAesQm9VuOeUQm13OFE4fpBW/oE3rOIP0UCji2+K//43J27Dl2bmJdeNyBVGMdroZp+SW6IQQNv3CXTV5GhNYN3qnQC0TDRlDUEu3CSGSvB8zfeKTZ89VmiQl8GhiXCFKRIsSUzGnIf1uZJjcVFCrMbecbeo2HVstk4k1o/rRhJ6AYY7VA4oforiDyMxHsEpOmt6fptOygjAlm0zCYZyr7Rh9yEx842oFGqQVcx2FG8xv4iFAOO28KEO7WbSOQ4CSnWHAVzkXFnipXF/tX9pZ6dLhYMIgGcZNeegTQ+PuMzIOog1x4AhRUsUbduuu9l/PnjvZn1E0d7u5KD9UupBIM4wYCXPP92V+kd5kuG2VwGEqy+ZmNC1hZPbGu53n95Nlq+cm8lW//XWItJ6n3My3kYJ27JgMuC1vsEKAsL1eIdj20DKaeLwCon1Dk4falxC/7yjO6ZTAJCFrM0Ru6JdyMB1K9weOPM1IHKJF043klb7WSpllDl4Glfb53rpghO5jJRagwOb/drhyP2x+1WKV2mVzLUdt/W+8++fUiQs2giCbw1you3O3IHwLwmcL63hi0t02I/cJvvHAQlkkJtwYHdKb/sdl9DM64OMtuYtOZlo1RPnlMqH8fyWcugrlnh9LLxLOFZry//WD00d1yqF0OC8A7n1BOb0gMajXr/Z92ELZAmhAobHC+NW+/wHUUsLSUiMXRqzoDtPqWnTrOHR7NWLof0pQHAjP+7mN/XywIf3YL8BWzdlQNJAXoNKrxGq4v+b/lrfpdN1QRgj5JdGiAfcVya+0fPHbYhqCHfn+V21dachlOoHtxMCrjzZY37pq8ZsLVgNG+lt/776+a3bdCaxaW2cTZxirO1aoRzRaaZ4nN1ryXg3NNCperOqIRq/gZZInt8RvFtdSA0/iiNWXIit8XEQFtHuTr/oh1lKUXc5nwiA2QU0tXPUzxAiTolML00JvsazMbGYZkqsCPH7tNW+SbeBxxwHFD7fSnp6BPVDnm4xFc7FhnUCYWsKIdiBrxqJdaVy1ECZdClgUyoBCYHMoIdMFNXDk5NktQBtr3RamRynGNn3/MKRaXkZnFZmNA2lF3lqjge+X5D1BJU1lHbUSsYukg/E4o2zyEemXWblOWnJIKrtsX0XLcIszqVaNTdIoHc5hP5jZaJrhNlUK7McEVpBvyLe9oaj/zf8sZ+t4Pvr/Jyv3OYLifuKLnXWe6tlFWcvTCkKBtDt1gRfPmYbIbtvGjJOsGRlCRcOJNcYUbR45ZnUohhCTCept4QX27iUbl/r7XdUVu08nklgPZBs9Kbq3tgMIytgb6sGeja0bnZk1k+CadywVV+fJBtV0VqzrYOYFzTIXE/JoUq6le2oFxog63ezV0BBVOtbBzKo5mzHdHRtiYytIbRM2xSFapQVlxoC/who9/m/0AtBnVOmk9ovOlCAaW7CKAUoLr2wo5J2iXlX7cHO+2D7vSZPy6kCuBO24NYYApyka4HBtW1XZRiIiOihn6eiZzgYh52YNLn0JYCTRZ8lBy6c3RQiSV3gTUBT+mm2XGb64vq1xiUJuU+lut5zAKLv54by6e+eDs6267Qc2ZC329qX12FghpagcBswWl7ZCa7uZTIg04p749fRp6Rg0AE5vT1yByFq2r16igK6rRYBIfdwQHkZ1SppkCHwxuZfC5jRhF2t4Z7AWxvyJiArB7llw3g9Ppp0Twr3nogeyM+x6CCTaz2Wf8nvpz5aKW7mdSZwqZm+kVXMh80RxpJKLf7TTAOYuU+Net8i0fDtg51fMWoymq2hK44dPQG5KH4SZzDLi108R0b8GtqIE+Uo7qIJ3+4+Z7bg5QAyg2ZlpCxFsok0d79vf6xJZz2OWeASOF57hxVvP3OZZMOcreASBjgV0BBkQZD5ZxTluyBBrIcHkKiLA7LQomj9qIKhpaOspm1OVZ+d23K4b0LgYO/BbaclNHkx7atcTIJca6DwNJ1kwedoFAEon2xKknJCvJvOtFuMlXUvZor/M5ov/5ICUNBE6e0XH963q++889fp8/AMGo1OieZJBjUEt+dCqd1X5tuI0NySojuPtOFmdRPPOgBggmWUuoKhyMFedJY8QpHujYMlHrKYKGFgGAQLfIm/d3iJv3JQIS4VhCctLUbhffzMhUX5x73bSIr/Q5IaymzZ3v4MHNfs/PPq3kbQH/DZ/YNWW/WlBMDGbPEtihjOvvMTbKG/ITfZ8qxBVyw7NR0Qm4YwMniJf20wFrKAGkGn3F5r7spsZzBWYEjq71Kq70Wu/2lUmW3mCx5iW1msw9DMpdCBCsXRHCQ3X8iZJs6ai1GqJYvJ1BbxW0ti2AkOjop51M66rLZqTsEHOWA6IHCymUTsevqWJ9ZJ+v7zqqkrNNoDbYO6C4bFwOeJkD0+oNVQBWWidHhta4q6+5oeax+ECQB7gEzecFW63JCoGX4aAhvtcJl8N4O6dyS94mxqCMcJoDWiI+G1I4aZsUxneJcb1xxAQBMEnlq9PDosR8raioby3oS1HkHrtDNEkVT36NeDnGf8mjeTzCyOfjDpcpu/AB0Vhf7UNIvXDPGvf76dmEyXtoq1UWk47hgdBiPZD+Tt3ux8FBXFf5h5HeZUZR22wdi+QMPBe5KZqfTfeZ2DKoPA20em4xW/yCaKF/TCvF3tc/4aZPstncxe2z7kRRHMEeIlbD/INMGpJo6tjtMYnfgxEnbYpu+1BULIxvvZ0xBCIppl3ksva1iuQ18ssLZsQiFwy927xgY/Hml3m4GTkVPrauJNg7vD7hu0fNhRdK/pFR6OSKKteO8++A/jYDShORiAsRK4Q7TXIEuOQBFiI7k3MRKqa2CraTiJ+kJJOSuzoPYwPKa1Aw2qlbYOJZaStDI09QKwAg/R75Z566FwaKOUF4z3Onill8HCRMgzxL9a/XzGKdgqujamVwAjS15RhKdg72LNm823Ui4aqixT+dRvqdBLeUK4JwJ47Bo3j10gSbgTv7LPDnDhcQMdO62hn/3wDEBMIlc1PUZWpeIMlsxFaVDDkuptGFMvYHQPD9GyI2Z+eHHsoPH4tfMs2k/u9z77P/8s8//wk1rh+ouO4UeMMZc0kGR2+Nd9OWm01ox9Eb/W2n/gc0GiItt2bi5RAO7ZNF4820iH22YF+wqUxp9piLgzetHiovNIUeFvf121RVAzcxmg/kHfkobu4w8mZODmVT7yPuLOHsNElk1eDTNiYpAmg89R7JXX8gzmgNDlEV8Etjk8CIxGiC9mWOC1uXGk6YapuxVVmqB/jP0g+4Eteo71C0e7uH0+7TWlLofqlu03S8nSVBywut+L5RabGZ6hRDM1cqF3bzrzgJDT7fLtMPr35Vl52nWfzQucXuvqNO67Lc2YStHuCgluLhZVFvrfAhShljZNheybFUHnjfstctVjyr8ZdKo2F+419kG65tiDu7OnwOazeF3naWqAfpfPrpU+sD8yyRzhCTqDa6JVryRDxVm9NsktgyofI5MEFjuz5q8/94H+qS5p7fodhC4ksAf9zW+JvcYM0ci0rDXtvPmxv0dyHHLocK7ZG8/Npy5NmnDItK6e+JQCZUsuWeAybI/gf3KPdIXAGQIpYNAeZwDnCwBFPvq5IhIgKvHffaW1PHkR+YULTPLZmN8haCud7WpwVAo0cu1CtV93YH3RErtlkBdEVgv3zar1OeL7hIdV0pcltngQf3bva0to+ZjmlyT057u/zp0niHlcYaM+8abfwB+INMlLWI4NuY5UUca5Z2pBMpKsOr+tHJR4/zPjornMC2nMDav0tinJ7C8mQt2pOtuUPWWtdWf9DHhPsRzi4G7bfoWr5dwPQfucArzabpSJ9FG/HemNpfj+Q8nkI88nriIjAIhStPog3xL7Sh9eDFZ7iHF3msC7fUP+2mmSIAzg9BTpPUbmC9x9pkZ1pMDOSK+QyJYvLr7gDMPZca2DoLsEMF1cQtAXhU7DT0+fSFMR367AXuMwNfVihUFSO5x7wxSSh+KHLfWGxjLtuDpWy+bxL4OYOsuCvmzH92HogYZTBxN2v7Ov1iu40CnXc5f0/khmqkc49d492tHR7XLqWNx+VrLwD9AIrH6g8m0sxYUjb2Gv6LW6jQc7Osox+4i+RlBQISr4pA5crrPiYKn2WZG9TI10mgXhdplffOWV2cqhB8XI/ULWlu7Yx8uEay7Uth0bTzpi0MsjFadcvPJoNSp1Ty/4LUGwlESJXXk+erDIT98JawkJQ7++WvM9OvZVnRba+JemSqk19AuDTK997e7vHkEQnu24zTJ8ENwHWiS8rXeCvRzR0gVDAfGobNOVK5q72so8NL5PufQFo90trRDDa7DimZQkOcy0wdHSpd588KJPKdSuo+A8mxXIb9B12pwXe390BZjUH1PAyZAbKVgNO0qGeN+5hjftz7ASj3GqSddqlgjSo1AqAc2ovRrTamjdc9KxcInOg2minbauE00I1zqc5Xtt/+VOcbHLaPTIIULcm/P2Feji2R8EFnZPoPIC9yEuAHHpb2T8xikX6gyTnfDNZz08lt8RfEFAH3thIgEcRix6wN+61cN+B8LX6ZfELEt0vvQVhNEkwgCHYqq3lfIBLG7tQVAYJp0gu0RPyoEJ+xxotUDQmHDsZGtTYySz9mmkX3rP6Q0xXyK3yXUCJDbky3jGNhZHaJWq+cEMaG/7qB6C21GnfUwJp7R/TRrhC4mdoTQ6Euo8ItvvmakPEI5y3crGw6TxEzXCQF75DynCPXRGWdqxkDJ/xC04XHu0DCCx2DWT6j40AXVGVtZv6j2Lzlmd6KbyCUZr7sj1N+86K0xI5/YRPWKIlLd2vuOuNeCOq+ks7DpinHWL2P9LF2nlRcqQW6nHwrGBpM/7quCaNV/Zu8EWCS5vutG0/xU7AAArToxKom4Wa92hokmfA9ZsK4Xof/8ehf3KCZeWiYz2ak11jkhYf02uKTrFDqodQ+jp8TsQHZi9ZhaIt2ZtHilM+o6qlGlBcuGoHxfWsq/wG6bpxrVNUDUrQ29qgp/8BFtb+YtGeIgYsK+emKFT0IK4dqdRdxoZ+muSBSvy9D+g2L3eZXoGYY4CpQv0wggslcnvfIXbW0AfifBCEEmahAo6vKFmW2vRSUX76aa/K23Jzf0sWjylcrDe5Ge9q3tMMaBVKW0TWzwc9salVbEmbAgArZymTGJLmRgv0W+3gbJp17Uj10YbS/4pEXhssYkE+ZNcAEvWq+QFBZb+0ABpPBz3R9ixhtk92COr8SGXzs4IV5+8PC7/nsZHBP8MCyUV5jTeN1ceLmMpvJWEx9qBwp1h4dUG2IxfjTiyDbzmMO3hKBdkDI80KIbfX/JT+ecnoP7wlR+OxCE8VNYlOv4mOP9U/app70eunURkOee/vxN0FX/61//N+R65cOq5wffjmpSKhuwml9Q+3RuctFzvF98OdIWgccHuh56+kQFywCVX4TroW88M37jgUKpreN5othoZADKFgkOlInXHHkByvw7pO3EcGUVLjaSjiuO8cjhLtW4Gcl9jwn5hNYvS/FG1muYUg4f0agX2VNnl9OzxwHRP+dwf1oTLv0jYJuMVz8WmWTMq8zW3z/XiAxmOamWdhImmDfgp6Gy62N2/QsMq8vI0s6Xk+oHGkKUu7s9FMOSQWpzQ1J8xs2b40DAEFvsqRO0O+dj5EVhpGP1jHzG6wnnnSoLVJo5zKxmxKWdlGirGKs3tRunpyW9AbewfnDEJgKEJaODFrMXAHrP3lORJATmjcQ2NifnYUfSBEeVc65o6CGHrq8ELFUAz7FSba1pkjaErGY6Cl3XmOgUkXxxPS24m/WzuzIKEiMizPvCjPCgrAvKbSg8uISmeqt8ZmDTlFHwUUSk/o6suKpA7bMQjYomJ7xNmPAdbY8yqa6q8ct5RX43Oq6INscp4Z26IwTWfkGt0riMkd4qHMneZvB2W3Mk+Tv6+d4ZsZYh8mecBHL3Z52GwUZIiEtydLdrJcFIhcDGtDzwHVRp8gFU+iNx2Sa0/wvKIZp07kwXlB2Cdk2E8Ci7TLZCDtKMOyZFynNiY8GRlrWS+HmtcELY8D/XkmS38e5YSNC5na1jGsvgRdYN5l0M7GoEKPODlbdVBxqdmhcbLBTK919LYwqGV5p6kb1hKKrHt/Z+0XaEAn4zXLlw5xBdWHNGUKD3soNRyujniC3jCgNtlmdsvWEyof1axBBH7y+lQGZfsOyyCI1UVUt/rKAw1KzBoMhabcJE3Efp9MSmGf4+RyLuM5nC+4MnL8Ivuaciz4aXD+c1drPSdrmUdqRsIE/iDE+KO1oNFhDuorvH7vIa1nDEmTNEmjQhKXIVLamfyXivC+8ZWDSedAZYf28eWyXS75XfWcb0tKG53v25+oFn0tvHFR09i7XUXEG8AS3DqUB3jFR/LEOt3Gi1qo1mEoo6/TOhKyIXoqd0ChXZcn293AZZlFqrrwZ72Emnz/zAoKGEiHUL27eWejbPpwyYZtb6NdDyMQ9Nte766GqPNVM42LPlcLa42tXoPSxgo5axrWiLoyXhxL6wyWbWnucQGxKrPeUXBHLq+42BZN+h6g1pv7nYWpdMAtlfoDYFQeuf0NRm4//GOhY7rhZXhm+QIruVIuW1KNE+R9JGwPRHCZSpYmhHB9cEmreD/LdAMgt2KkoUgcACRBeqcqV5aJftcHLe01DfsCMe1G7PXkGQkzxrfJKMyrY5K1JNzkLhmiMF7HRcEKgVD4IsKWNYVzXIOxMCsQQJuL7x4D7xOSocW09Q730DLbcVfQHtVwaSLKwzk/LB8DOzH1J5vHdpbxjKWx0P7WnTyxEyT5N+Y83tMMxc9Rjq8zUlKrr+LKMvjYYm94OBR1hCaVe+w4bWc8in74h5cIyyXTGrJvHZaSM9kciH1TyEgl+fJvn2XvtfD9sSltJfPJ5sQqAPJG3eC/bBPfOOAziGDY/GOIiwyPhaOjFjbSNbqjXtvqFtNnz8oodb9JsmfWeEqv2sNtl2jmNcqQ8DHptbT9mHDrKQnK2GDiEzsUGLO0PXi12SEDuOKW4y5iQlRMOg5iQz8XaKFEMgYCbzaMSJJNT/ye9YY91+WHlfBbTc+tlqjky7qOeA8xVzQHqtEqgAzxSc75Ste8xUaSSb2/TYThA1fH1eyLdAKBG5Pp6lGSNdb6pnpjMbSRzWa5NNcEKTZa9wlD8vw184yMOx5n/I3OsmRBCRZ3eluUDgBeY5zP6JO1/cHA55QkFUbV+hnYD6WsTpM09emUrlDRMiyG2owCL2pFRmG34el+xj6ge8K3Cj3sOpPF2lupqxBjzcl+TL1+WAeAuITMNwYl7V2YnQCL5BjZXUkeG7sBEYaYZEBd3+imYei6xcOGGRv37pHJxjiwqde8Xu1YIWxve12oa2+pOlOMeu3AjLwnHH2YPvMvn6BLrTZTN5KB0YFfrkOzD8ZjWDY0y3VxY2OCOG5/JxuUgNRYIA5G+s6kiFEmckORE0lHN2kv66ijnxlxw0AVYveYyO3bASgyZWGUPMq41MeLgHcq8hj68m/7v/QXvuQX62I/GpUWN7NqzlcNE9JPU3arL5+FWg+OQlApbZQPdfLTKt431jpHhaHebyib2RJ7Fu11s0yI4V+dcda/aXMqvKxmFJbiqMujrujGARaSMn7X4aB2wi1ycIHnW5WE9JxvXQjYV38+V7InWzDuaqMdgZeE1o3e8N3UC8z1rrMpCZZ/7lMqTAxHfMpQo/uYucLXsKbXu741S4NNqyvuIIlGEW5SA3hVPGnJDET+aKfWbumlaJVNglV4grPowqE4Jg2oyE8eoN0W3qvDrPw4VXw4QhPn5qbABA/1XJclNM7yOc/iY5zthgxZRyE3S8qriele18ZUh4toc2IMTYQfxWdCiNKU1Z9qz5lkTaQ8rHTYricg+uTfTgmRTOb1jSBjwDOfiAcajJmil6sGuiZUUusuFrg50ZpigrkEFNkT2+eTh5cuZv7Zyde53YWGXaZnt4C0heJyOT8F+2jmwZGe60LXmooa84RIH8ClkNeFUWvCdWTol1chUXCSRVufwBUh4mTaqgJBQJpD0wuOkDVxkoOmmFcITWkOGHVAS5JVrEgz3z7jo5bCK4GlqnnuGNe202o33v4yEyyd5RuOLCQHRbjMVJeFSCaHz5xQhhhKPPvkCkCq0ksETshXszmMEQpOiCXBRPAnULxF5uMpUuTWSSr28bjcxiC+OELTPGLvP3YfPxfzQLvrIsxH5kU8cMjPrRm9Y6x9lOYli3odRC/QNHkcD75XEy00wdUD0vA5kvt2Jsgh7+dD9POcjdLPIDW81SwmyT1GtAaB1zf3q3rLqVhXXSdODCLHt6kNYw1428s5ZkfsoZXAy3hyM61Gbrj65lerVzB8tcAHYT2H7W4W38zEVp84wzIkRs73sQt34z/75ZhdeqbvBKWa+r3z4qThieQkicbx/5ahlxHnjrMjhr6axT8wNqlrjtyaSUDWzJ9Kmkt20pstkQypWE2SBK36RkScvs6Qrb+fDXGdVLeT2N7wZcjl+tra61eTfR8+8XzXQKiztMNm+260ka0F2OKMLgV6BjSV5WGfrb1yP6UbydBz3+EQjFb82HLeP78ym7ZcC8+lfSHGWhS5iiSJDfiaEYPsxfYRHbR5qmA+g2f9tIwaprbxkVZIqFBjNi5dtqeQAADiNSuYXA3FGFI17XB7tvTJrJC/nam5ULSzn2tzkbNdV30sKdzuVnSmILpdg+EbukLgP6VuW8ieX2GeG+Ib/E+o7jAMpRHD0TXsgLMjyOwLLJ/KYHKZAWSrZxcFod2BZ7s7UuGG24jm0CN2Htsnyy3D6GSxhhokLyZKhxU6z0mHaXOxriA2spfi5tsD/JNqJnlHsD+wQJyrmxEHzki9UIj5KDSKwy0vtXkHj7+ljVi8anT/BKjsFe9VHg451mZcrYUuQMyAJto7bD4/8xQQ8mWHv7TEvBSlZTLbyQ1kEI0rvyyMGY7y8aGcrl7bcBF6ly7xct+ETLrqwFgIKGi0gKaVECXMwAWwfmG9i9Om9IUEX2XPNlefs3BVNhuuoOYI5sqKFRyKTTpRNDWcMDnO6g4bZ9fJYgv3eJ814RJAPCxFdL/Ls1v0+a1DN/1Jwn43dxd8pCCaxtrKdmWitX1qxvDxoOouDCH3sMJH1wx/3kqoNQKj9rAgUl1Yue2HZZp9JVvMa6KkiLywcBplbnlGnjx9bVhnPBQRLuzsEsRl3ZhCfU7nw6uFgoHrsSA4TKhNJuUqh69pKmiGT+GvWkPPER18wVprq9GhF0KTq6a9t+pC85AGobP1Y2d9v2XQU3RXA+y6I7UTXeNpfdaBrbQWooGL2e2kOIzFrmFrBAcChcEjeBYm9BgIxg5p8s2I8L7OhnmB6uVvGLLz/47SvymjNJqFDi+T40fKSbmVK5b8T/39D+FzeVS6wfSqE12bL5qV5Ex61eN5QDga3xlav04kslxVl0A+orBwsaqTP2L37nfhSkCGcgOx1Oj80xqI2PMvNiXnpif0zyQlH2tMcXEiY5KaGfanIej2M19F6nJsccxlAfEzzo+yXA9EPsyQUrLFPRMPYp0vaXzMTG0hcSYNPnWZrOVpSo63WGT/J33J/7+Ekl+1yv7zYNX9ZutN03U+HPpAQ6Ow7xqOiwpm+k8ItDu57/AM51tO39bhcffyDt5T6yklXi7tPVqTAuN4SKc1hxLtJnOOWQ4pNlAApQWxJwWA9KE8KIDYIulTAcqX0fdsrNawDpIJYlbbKbD+jxPbd1Fr9LlP1Q96r/y/SBCqqm5xHtPkHlx/81oXjC+cVvT+IYNTlB5Nf6ucHu7GF8veKWwxWmKfpfzZZyQRVfWAyiWb1NQVZFyxcR44cz8V1rA6qRr013pQXK1w7pWNbdj/G8rnLAHSDNOFQi14R6RPX7aY9kXRqPYv3fpVfHE1d9/xGrxqOxI9Ed1N5CSdzZD5YWKsWipbsVNin1xhY0sQrszMoAJ6+zIM83LUt6+2Yia2mA56QwHHzzfDvL0qdZvfK0582W9QJVoHlfqKoFdKw9UYGosCE/eP7pCTHrvC/L/2pJAbQKgRMk+A9cbBKM1M2rHa3jtN/95W6XptSseT+q9bNkQDBwrPizRQ4/aQLl2Er2RCdT1Stra7gcxToL+HJMxbHh397LCDrPncScdb7MhXDN/p5YICpjTuMQ1b+nBiMGHFqMNPuEOy7p0BmPzOvg5lhRR74qq+HLApkhh2JMjo7fpzLNakwYyJNpEJO2nx1LXgrzgHaLRvkTUKvYzinGPtTAqbJo+7y1Dxm2mSqEb/tIbvEaFufffz9PSMCPZKvGDt+vS6ZW/TLT5Sxr2AF4VFhJUxrdsncvQhY2vTN7VDiORS9laW/sGOOvHP4z7unmbC+V6K+TBH0k76c58ow19Ox8JhoWa8iKxiOg/ft38L/2Zu7Fq/ifsGfnj4Pu4AtEUguEM48GV4D/wO0+I75MiT0HQrmyCXrCT774q5G4UvrnxM4TCiu4Kq34RjdbdE7JDzTRPTOAdOAPHojvfQ7zBO3CN2QOwGXcp96AWpM4d3huTC7ddD6IZhQVpDJwhLpet3i7OC2MoQzIAPrVb/M8Q/AC0fD6E5lJ6CPu5/bMfD0DNkh3UJW1QhMWTlC2/9Gj62ugVBdm/BkyypWYRN665kZbiqYkuU3lLsh0TVClJMyysINuNE4pCv5ewqhqcQoRRN/YOnIk3BFuLXKN1JPi1wh8BYXssih6yA6GMQBgWyLdTQSVZOCZSBF4ltjiDhWj14TNh76buT5CGIhHYU8z4RTi78ZRXRlQwwEuV8j6Gvz6I+kB3GKkunpOICKVFFxektKjju0W8ROg0cb342onaObj5+Xe+tOEhTRc3Mxq6/DJDd5i7PpUP2uEYwM3mWtLCumCpjtKZ5qe4FJ43MzkHzxXQpMycygieELPGDeAteGDauxAcSJRwiCC8zRoziymyvXg8PnYq6IwdKLwUV2+U079B3tVU81h4ukRCryhueCteePyKKu5IWd34P/05mirtAqqrsWDvGGeTJWXk6lliJt+flnn00ZR38ttM3yozYnlKlo5g42fq/C+eMfmb7i9UGpUQ7J70H7qTaXO2sErkFlfxUUxDuvtovufavSifG+SMMQJXCsRI1MzlkiCzSJJS+6M8AhBAe2GknkE8/AbrcSFxyuYYNLfMPc4ztGSbmWRooRyK2EM3nboARExmRAorOl9SKUzMwcLyfr2xGGucpuCyWAuQlIB75A7yHzfwQII5vT1bxipSK3UiJDqBxb/X1UMdockAaeynfK5hKOrEC90e+SaF5UwtJt3LYrFb78HyyEoF960+0nYJrRliCPMgaK1rjCEL9CpeHfOgqvUULGwc/hx6yJb1OKU65cUWbkAnxSWOLmcquH9ZDp19nGTUmEsidNzJEn163g6NBgrMnSLFRHgDMEHu50jm+cIfB9LnXI937jRjXISDWxWFjh3V/bozgQl6UIj5YgvXfOmIDVo11dwrHozy/31TG1vuTEwYEoK1pO324YUX0NMK65qmV6mGhckQPi44cdWD0AA66XcTCdPZgichvg7XhIfCNO3dyF1HnGjWlURWeZawQ0Eqmpax6CpNF/Lk1uyHe1BZEVXN+2i1k9SKMt4o2LYIgkxZR+6nMWmatLdO0GZwuwtYGoEw7ZHnfGJRyo1b8BtmWmmjQ3BtTg5XmTz7JPcrUV/3NiO/G55u5v84TAyzuW7SiSPlVEEinpWteiJnzj89fv64xHvLH458wtR4R5ta2bYqspLocn6jMMKEz7tMOqsPAMNoveDgYihkgW9kzWuexs7Ihp53Elpa7qZ4p+7ok9lr9k/JV+90lh9kXBb7hHVDH9wytd9kc35025ODjBdpu7nZLgx+x7WCUcLC3VFcW6Gj+Jeqk+Bk3223Ogvvhd5WC3O8iObuzXoxFbzPUHtqNi3XQG4saxUm+Ya+oI6ImrbUXVr2tn/EAedyiaypgZdIYWVjZsJCYl19QA8u9g1kGRoWh8zR0WdYtMwhaXgvtfofsarZKgiYfkZ2TH8+byAyJKOJItTFZ+m0I429K9xMKr6Wqhpv15RyoP4q9SaVs8DMM+D9j50jxZzRK2kayllvjq4JnDgUQEGK7hM7ix4YYz8LZNQNwEebBkdg09fAhKJDH9vsEQiQtwdtvg6ZyESLHuzVD9FzprgVH5TW2p9O6ZB1J8daMBnIhW8/DIczNEmkuUsyAs6QfN410YdRlXoRGoDekvYMfdqxvu94N1p1jGMFD8HIy5sKlgBSBNv2+V2weF4XYgbXOZhDtGm6Cfg8hkkLenxFOsesJ0LtCBq40w11WeyvC+bWxUHiRgLAlQrWnnjyvjZbTDhIBjQGnVlOCkZHds3BfCYIu0ECEXUqDINJgoYZiKYZOETtqBGyJQ8h7KwhVDKbKn3gUnlsS2LzfGFzRTnM3eWpagwcwpJh3Qyg0DCRqtN92PA+RlJedeuOsYrJ7Eg7hxWNBE6XBjXhuiUpy/CrR+GCD601Y6hj1FmE4mKcKbB5YojnJAeXtOYgr8MQUhB7fDnga4YyD3OAwwJ6Fx41BD61WfvxZlB/CP8LHCI3FVs9hbRF+AEN4roafEZ9dD5pPOjdHDSBIr0HXUIIGnyQJH3bFEjYIpXO4lJtjEA5qeGXMd5iuhkTUjkSjnjAu/1bGvTVHrmXt/S8cpKbhqEAE6Tu1DBzn95ZLLK1fIyGkx7N9pemcSrgnV82W9c53HgMKX8BIy3eamjvgiBaAK9Xfn6y8yUFLz3ZH3ocjnFSnmnX0iDQmZCl82z3DKVpMb2u5DSrUN40QeGsVHIH8/R3eejz+naYDowx0aUrPCVeg17kjArLxqGPbO1Ljz4iO+6kI2N3J3FFPR//GjRkCxIfgA1DRz5nQJs2mjDSfHUHtxNM1j3WGqHe48zhDzChMWTf+245K2r3rMckD470Woc5864+tGRJ4ZywwUzmuT+ZgvisSPg5vgWN0YOmg+ANaMbh5ce27twbVuCoQ/DBfindqMldZ297nKkHmDZWXuXFb2mfOGPlsXomGSNlyghK6nHOT2HQHgu+gy9QDp3EHAtuzxficmbV92shj4zEg+U3VjVPaZvSjmxS8fl2omSdBV0Y5oyM+kiBW3e+YbsWD8rQ2WuieunOAn0ZbNX2gqX4fNLGC83SNGs1mRzQko4TNjm9IV+mzA0Fyd+LHGCIifOv1wcqT71LcFzLnv4ORdcBk/YYRXFPRbF5CgCm2dJvb4AFLMlJ6uZpDP7C4JrgnG/KS7FproBAOyGXjT6iQd6hW03+m2WE1vQ+hvlTK0IqYWC+vvOJaXBreg4xn+O+kx61PGe9hImVxAlvPC74q6nKSabTw3FWzzy10TGsfmjEsqy28aL738FUOi62UX1m6gs3WS16tzaoa9QD4qGDKzS3y20GPvxuJ8M+mbl9oujgBVYn48eVNMRO7nRFdBflALr5ei/URECMTnBq542oSIlLzRFi4+wJ94uBz9Kpgz9k7JzHG4ecVd8f7xd8+A1KVCkbMgyVXqYAlTKTtZNUkw7LfuEllxoZxk1FDhNeiF6kTezzQ3vNeETchpri8fdu6GsqbCvqIB/3Zrq+6RWfaPG6cWwn689xssCwl60YXm6IwrXLuH4mNG5PaIvPtH+0aWvuckVAqcxB5Ri1Mq3j0HtaGT5yruAV/CxgSt8L8SE+L93i/yzNg+GYF7F96qNPXttmfEdVfYB3MgFyrdJ+gkl0iuppB8SOBnDq4TUWT8rK+ep1zz0WO64Nhpv/PhC9q34VONnVbNNq9Jv2IjR6jPcp5qGctnBrCyqhKxS2GrzRcOONPHxW5aYE/Kok4zIa4tQotLHdrsankmaQy7RXt09jzzQ8BCahxNKcrCZ/CwFwxj6DDfoDmaQptm7byfNujZVLbEaLWroceK+x28DaYOobS9mrQzeErgfW0mUYvHpTHiDoz0HsqtMVHX7W1Xpr4NOrwhWeDzTBieEJwM5Edg6eOdpuDwiDPRsqqm9UfAy5SFtwuWS8un9BTBqPGyihRZwWzKMMsPFvhghnVsXp9/UFl0PKQric6pYWlnFgO1QwGPOKNQNDD99V3mL/Ii4Y6qrxN9WnDpM4vsaGAqiDqSz0W6TOyiLlhumcdOZTVulipAq6FS901yg6ythMp1xRML6rVIhBP4UAf1Xz+WqkxGNvJP/PCHxcL+E8DWg/1+5oOxW5Gu0dfPn0HeP7uyjorRysZ8HKvlkRzNVgturJ4Nhg+EKTePFBiZVmuarSv7BdTT4zUWGazXWpcRcCxnWEpdOePjmLBW5B/PvQJJQcAsosBBTc8zsGZ7kG1pu0/A1FBze+vuRO6buBb0G5czigICdWO7RlevW08a1QwEKRkF8iZfN00KfF6Ku9WbjEdCt9nwt6Vf4AvU/apbZRzvA7nDBH2I57xrKsOucmKqv/9a74K4DxPB87eAQrnxXq8B+KrhSMShNfSHuK7QbrErfHF8k+fuWjy6AOmopWwYtUjswI/qYxxNX5rhPMEyNpL3K0HHjdbP9PHLMjY6dQeizHAlcBJPAU7Ev7jxY6EN0haEuOCRLEXEjWzgfOPYAacu9vX6s/71l5pPUcaaKmKS+tMzjUFDiuz8OFIrdBEq/MZAC1e5h9ccKuknOPVcsz6NCCLhMZr4c7GFednseBGyvE+rn4R1O3qEGO7q8/6hmXEJ13WwHCUMTYHrH9+DZyXOVa9y9IWRnO7Itiiik2B0sPfeCAZlZ/CzHB+k5l6JislxqOT7lGI4bynCMkQgEV8DtlN7YdJ27U8xxUt2hgGOgJjFahtLyGXdriFgM2lPXEJZkEa54/9XT+pncv2wD6uMvseboDwDz9HL5lY5pILuchUDyqJB5j8BYYupQfgMGMDPqIFyIP3FrPJHsVoXYoTmXKNqoYbDkU/uKpQLU6EbEJTLVaY3VOUAL0/sv56Gl/YgwWENPsnExF/0QhQd5t3C3KMZ2FBqr+OHUtouJm8GmwdbRLxAF9O2xgYics5W/tsu+6BpXPNPomNz+425/zmsi0n4ABwfneL8b745RXXSlbwAyC4M9OLa4YX16L1nWHzdwjI3znpNn+lieEUmwU/0UD4z4oSScK9+HxqhZn/rWCqewzQ6Y7yzOVDkSPQFmeHwl1lStyWd/qYe/WDZUXU4SypuK4tc0d09jt5P9xYy5T3ZKOuVXXiepQx4lCd+CmykQDHcxqxMvDuvnw3kwrxoPjrxGGadTcCOE+KmZbYml6zmtRugh9UqNfpvKlFYAgbIWgpryRSIzDvMvItOxuNG/mT7XJRfJ0fmYwXfY3JyC6KiZp4fgNaqbmmZEKd7VbOaseOOJdRVc0McPEbgpQSUyOP7rkCOkaxLv5dZIGXvfyEua2xf70PrMuI0dS9sKT+D+vbxxUN2zgLGWtI9x2prnucW4AkQsRNJsgA0LlbVKOe4VbzNVuJRT+YuoGWfSfDQqERFgQmg1Yd8skb9qZKs4w73eQgnCmaW7vmndIXUwILuGSFV0+CueH6XNdohwusVGyR/AbZKaabtSfCWguazX6HlXpn+5F0JdoMyrKyIgbUvJPZUMToSsOXjJRByU2Egi6a+vE5DlzMLo4sFsjaE57VVuuHBO+WUyHezrX10/dfFpeA6W0jfJgV3Ky1H8PqfWnVwmtL2agGXd1p6vgsOjO1KVUDCcamyoX7erZGg0WjGpCDe7WKOvVBgMjkb9u2QLDOaEffHhwJBuSviSqEZXs4pN9cYmzVFprSAoQwlTAuQGk04e1ZpWkQ1eKEAbELGcpJ+ZC2Fcc5q2QYRGq7VbRerkogci3q5roQBRTHDZMZcGuudJFsjSByxMUaeE8XRDRNexnbfGkJky+d6z25L8qHh/U5fbXkdxN0m+zUUsvHia/jkzKsbIXX6+v4gX4JHR0qsXzXQNU5+uknrHGiFenkRwYdUtwXNl2i3vunW/et4fdtu80UGNanU+zJhInzqs4yj1oSu2VbmxAdAXzRR4X8ckAjHiZtevgvrWyZsizi+cjlWmM7EYabbQdnw3PbARYLB5gWFLvNy2s7zS9hl4dHFttiXhm2DLtMN5mad7Luu+3sHWSw4xDXsd2dlHlClaEfn1DsapH+EACnwG9b109aJtxvdGESDHDvvH9W4sz3cqgI3Zl+VcemXyZPgkVv3Okyb7hBrtdBouehkuYnORNWefp+AMvatRl00fikDuJCFc3S1VCkZdGmH+4dTvxRI0uiy60VZqB6uYJBwUqapiJnKNE6hPjwPGXhuJCaM8bDnN6BuoyCCvVGI2hwf1m2Wk8PqPq+zqbVXPq4eiWrJVvWnAxJd30ZG2MoUNq3qHw7OkLrV4PCJOAqot73gaZWMHKDVf85MfI25Tx5gYBb1wXydc+YwAbCLEp259RzGMAFKZFXw4UBszVsBMcFQEfC+ihuP+H3kxIn4ecafChFyIGAq9EquIihBzy5Yi9cmHFbeHn0gdfALpqs+IKVuKhTGNUc1dLGQS1Np/K5CSn/9+DMRe4QlVe9LVXX23Z14ucAo/e5uJ3942ThyvYlte3z1+A0gYngRyXvAiLepk4fbijdfCnWEOaVxJxSXWyn7it0X5vYavs2ZK+mR3aOuDIS8OU2S4akXBfZo35NTA+6mj6nKPJV8TRWhj/Pcm5/EnzkfQVCLNWGr9d9pgdwBgUv7F51kCKnqxnxQC0TywQrNUR7o7yLvGqgKtS+Bdwo5w4ENmZwF28xXZBFh5mpVHSmBaL2YVpeQiOHTDRrbSNdb78S/tzOfMt0KcbtB0ULaTlpHL2Edg2OKNaikAKL+c8+FNuxWoFsaY6V2muQeld4f4W97rJ8ZrbPGvF1fHc0px+s9shnWhN0ngo80QQue5/WM1nZzysUDNJ0ihQD9OcgE70bTaRqI/IQKrrFjNbUj+g1vIcmDQ+KuBVfMRJRuPKg5UCJyU4nCMENzoADKn2Sa2XWdhk+kSVhk4DlxlVpKw3wwczL4FUNItdskNoTwryGEZG3ECC75jNwXlF192prRYoc9xwHbbsVvdmtbLFPaaLjDrWpfFZLv9eAmJsdSor1o5sqhV0iHPJUc+IKzm+vwv26vVTFlTdk8RNoVlZkhe+j445cxK3qlTp7zSjM54D1sXbh1NrxBAn/2+6l1ahIK9Qu4s0E9JV3gTBsTxmubxP5MsJ3GbKv0uObaI8u8mlqDiLEPRSU1zH3CZhdbBp8hSti69XKTruekCY7vFbba9joqru0fE0Qo/e8PNj8VgZtTiqAA4x6ZxCONf8AG7Eqx6TqNrwbUvT34kuNBcOXddEOpgOx9WgMzi0yPEgr+nFQSb3l3+uf/BrcDyTnH5eRGtXPJ2owTG3YUvGsF1KZmZhqKWPZjqGRs+bsVy4wAfhz0Ot5cFeOSP3ihDJ9fVtX9Om0kI250Ov27VboBmn557JOt0l1HagzOV7k9L121b/wNaOZ9Qc1SP1drxDfg6MNWgQCNX9j34yGAzPvZRbfe+Xcb1f+Z/K+Xubgsbxs5M5YfUsSclFv9sgGcWxY+I7YGBs9c0TVxqUoI87Wom5szbelLz6is3f0ld+H0/M89yGPEnV+F5IrImqTL0uH+ASR9Iwo7T2vztiWlvCe1VgX1tvMsij2Wh/n80bzZ65bA6KuazzSRinVUlTZzHhrr7rvW/17C7fgMKJdh3xKFtTFsyN5ywaYDC0v/aMpx9VpGBie0a0AL+xla8Gj04v4SzLZI9D4l/1WM+71F3HDkt7ccr669o1Nva4V16Nw8Nsl47xsimvC7ZPCR4wRQ6bPMmDpzLpTnu2P3eb9XHjz/8yMvbpHm66WpOhoggvUhYhSZz9IQjziFWErWyJumoF1czzcyKk9BAPONsU9P8YoRAucaKdq9hVluMEskd8MwlDJS2i7djMPWGvurwa+Rpav7qdxNu5cA4mqlOADN2P6svR4F8SlHtO8bHmkJc/uAhAyEbN2xz1lUmZvmB9LZvrYi7UwgIqcaXBAiatc2fOcnui8Wa8ZurUxRiBCuOVhZaIxXYpOIP4Z10qB+27C/s0DE5528yj9BrvARZC+hwevuYOmNx6BKGy/Zk5x64xRYMuCO/HI0GWjLEY95DR8zjAT/GWnWMsu/7vakJaXSParQxUJflds7cECTin9i7y4LjawYxI+gDQU/sOL4V5NOTlTrTTQj2Bm7HVX8u4Qr9ENMg6U8Q85nWMONNhsgcXBHa+h3iFNeMe6p/2Ok3GGnpVl9ROvQT4hBz9JZt+om+eacZoyez7SkQ0lw9fA8pUm8CbC+YVN4qirGmt+m9WDxJ3P3sbxX2fTVc3jhoazO/hCUAnqQlEuO5S3TopSxcq1KFbAzOpHvBx5qgP1aX/Omt0t3PlOYlltgfAa5AVy8AUrOE2iaoz39VXV8n8QS4I+F3msz1GRY8Dft2JY5BNxuTeXs5NxIU5i42OJeYA/NF1X2/pHwLB+IJ/84W2+SIby1kaZSY3FyKfsPoGHrcVN2wDhtDuWIzDDM/TyeR3cFZ5sawdbYGEvUVQhXkfnl/6UFE/YWxRMgO0rWqdoc+BoI32JEhbbUha5RSn3bEfwE7WJEasWheG0k4BiLcqibCPwrC1DWQx7UJ6wAkP0QaHNZeIslXnTBlsQraJ79BroPZSs/a4om9NsEGxrhC6Ezun6hEtywf9TzNNezN55GrncrxgNXh5aQWzdDrlskyFOPBAd9VQrnj5v99Km0bmhhThs634UqZQ72oau8Ii71hzbXAo5LW7PkuGqCrF/5tzQb7IGQEbRh0mdenStY3xSo/AcwIVl7NctUANsOzaGtxA+iJlg1gCgoQJ1+Xboijq8mAKk08oLnYEkbk91YFGUwfeDc4Aq+Jy9lGlDZuS64xOZlmfXR3bA34/GGnpnBniiHuW8/9DiEj2JPJgiW66oPvBrsLaiZFda1qGbgFhiUo6UPoJRRSb6zXsPTmpoWj271z+HGhxaW7pcS5hLssJ1FCCGr6F+x7Lxt6RlQgHXlShBIPTd1+4SS5gsAUCERfRQcugxlGpu2OErXjnhVsDiDJnyfFCrDUsIEt+DJb29NE17CWAG20sA6PgZ7tK64o/WHZxBnfl6bIn0Sd118QxdSJ7J4ahV2ZoEMq7K8e9IfGbAG2LoS8D45CO7q9Ceho/72UoaGVtL5aMffdUeedmcFHrOr0bdeoS/ngIba4xiBkxRtYnNNnd9dz+x3RXuv0RuX5hxlzotOAktEcwObkBkFC5KMQgiyhBPIIs6Mjg8xd9gPHR9Kwev1l0JxLQkKUy23mCPhbm1EfY9act3Mgw2naG3DxwjupsHLCpUAr3NfW9C8BYsIU6UYNXyUMK2xaO4U+2nzPgmAkUXUhu+yoYpWc8VDLv4i2B99zH5SI7+A+WwoFRsncyzz3Cyk8lbVp+ESZ/UaZxClHwxfQAWlPVxTVbBPLpurqbRM7AZmx0TG3kEZn+rbA0ZBvpK8jIGHUaTdJwviHXDDWohkQ5klWN/m4voCsZDLrxjnYiX4DX0O2Rr2X+KbjKeQtpe1kmVUHnI5nMAsHqP8h2CyJU6yIkR8H4p2urq6QukDVcqBuzTltKnRjfiAlPADNfYNO2aSFeUyoHAF4ljPBwz3HVtR9TNS6N9HiHJl/YLC+ClRkB2yN57tN3YC5+OobKlvErp/Z7VWYQ63u9jiy7hb0WlHjUTP2MJN8oxdDSawW6UF+czZae4hzzveCV9i5f4Hi6V7UmHdr/uSqAf4zLFTrNlsK7sTJ1C3pCx9fm4h/PHswUMzmZ6RK1uD9XYixXvwhIbD37ZqA7MZsgxqewqEOhFiM4Y1OkWb9wtV7E6Dv1ZIsVinX1eisma9huAko/GnYi0nKUYYVEyoL1Tdlk4nZtAI4czGcCw3RCq1sVLr9/Fa2bH1Pm6XrV48Rq0WvSrP4ndpIYTOixod3A1ZPj0lZPjo/wuHwC2h+vzLjWDdcIEwjotllbp+vG2+xjWi91kIEQWaiirzacoC3CXVDBg/dhHZ0oM1+8iRVv7zHnKR2gHhPLDDy/oiyfyn6GHXDNCr6dTTVO7YrmhnBRhKL8iGtBUFBbWRFrgPsUhMY9vZZKq+X2rVGTONkgqDQyyiYF2XZlIPGl7XL61XjwtUZN6SgoEK9pa9DNkfxJSDSAqArq5lSnt+VjApiMBASbUlZOKSYuwn26Emp56lwBdfLxCAinauHtQl//GJNBDNUEJN4aAH1JcPk5ezdNDdoav/sxK0i4MTecekdvUiZzBbouxCbZWiHPXYP9VhwsAalcRrBvcJZCkzz3o1P0SXEtTuoMhtFfV2poQX+uamc/l6t2/iXXPa6NsTbRb7Z/T+C+vuHIS74tplZVUj+UFlCo70cudm111nZAhStWjohHZS4lwX6HAfbglDfvEDVoQEjIMjH8WZxWV3yjjCrLBgwyyaBbMvJbHWbvmYH4umKCl4UL7hHLTj8QrNj5DQ282cDSg47nv1H9nT5qWnGosbx7TivvRn7Yo5dCqxY9Xd8pVti7MOBG/WdeZSqTEwt1Ww7cOHIBtuXDE2IJRzDNKnlXY5pK7sKdn0gDkM1xliQVyYVPKkbwMh0yLYfhl8nDAPCoki+dezNVQjuGuslSu42myFY4O1c+OKyEz+xnlrtvTOhkU2w7CuwcblR+zqPHfbx4NU35UhHLOfcpVGeS+6pGCrzlzx1JEnskgKNMnZDV6D5dFHlvCCunXDF/LBGGRd1kBCSR8Wk7KM+bckQpDpfrlbDA8WjpenLrTha1nRXn//bAb2dVu6eqcrl1JV6d0zd3nw12BkXOpa12/4ZCvgV5eBlL6mw5fIfqgdRWHYMYcM5GM7iaW5w2gdPXycBfV8WDeTDZqEv6RyNy9GcVfB555VrfbwteKFNIF84F1GTgdEEDZoivWgkZ2UaG7kAAAy9y9YVlZMI3+6PL5/zWArJn+hPsFEZPVDyDk+ScO8Aj9imbm23FNhJWMaajw7zRWg9x+cSG7fHfZoj3kauG18WvbD5aw/+Mzn1INEe15mqpF8RQD12g/Cqw+ChuI9IJ8y1iFCr0gaUTCX3hAuOlte0wcvHGfnM+MeuwnvDrm2e9IlLh6FYpZsSZ32wZZDwCESMl4XHmUvBWbJEdQsd1xXPn+Sp88hpdDicxJjZ/xbR8x5anNkr5szXyOiMbiAtLKCHyjyXn5WxFHEQlNEwIr68t2N7zWIdYqnlgnnnht/wnZJsiguYx0lYqriaOOnuEg6jzm4FX3anheId4hKHvVPPunYfc06eorzz4276KKxEh48fIdL3lvXfyPbTT9xRMWtGH3BZm247ZaT0/DwImNT1fR79Dx36k+DbW5TTvcxRBpFx+jqCPSXhgZnF154Ol0SiUNmH3nB3kVrkitQgo4PGZHWlVFJ70n67KkOYv69+lUzOuUWeEDtdt3V7PyhTtqF+ABf7VOJQZULrEkVxxrtb+mE83JYHjFPVmnLJQpet7vPhBcY4Im/BUStoCw+J2ClMmDEj8QAZ2wpuTV2F+XXFU6d3ZyhY+O5Y65bjmsUfvqD6u29oCc+sH6sb0yuO6xAyMnSh48Q/JtaYsmK38kw3wpXO74AaGcwd4+rDgvNeJ+hrcpTPbDNrkYfVQm9m5I+n5JT5seqIefE6USnAyCZKc6gNPZbTeR8Et3VE+rGAju25FuwPM0kPWiQim2mJFSIoeREt2H4wkEh242soJ16eTI28QkugGL5LLybo9qxI/zMbHQpQnuUbTSZsgqUEKW0/hhxHN15LjF2rggPfikS5Chz+9zx01ZK22hplxeim6V1B06SPT5Uv/FmZTE4JRPq1/C3928KtgrjgCnTxtw/XSegADQpwlUhdws4hDD+SGZkUr/MCLHf9G9qne888va1hH9Flj+0rHsDw4b/BREy+aM40y0cqjtWEuOuABzSOhjO4Dj1Ho1q2Oh8VLw6kRHAduJyO/4n5OSRKLpmSTEKGJnnhzTeEChinXlG12BWjKOzkKpOGix2FthgIsIS5a8Zw48DBWWumkVWUvlLpUHTNULS+tBhAGI+yuF0UurHnjVL3y7pHuOWuIdyMdTOAGCBeHLsUU17/Ku2LRvOmZkGb3TD3tkhBsZ5oTHKjFSk6+OxNY8tCL1Xt27yHakIdLpB76ARi0rekwnVDxz4sRnOukFj208ytIRSanCPKq1l/64s0b33pDrKDNeOErHJJ3CMRPRmZ/sWYO2UAS+XJ89tFU+amDUM9edVSFE22KI2fBN3loP5A6wv2zyxp7ZeMndJr3NdpbLkG92nHs9ebGes//G5eGmwv4alq67gkZwiSjm67loqZAeUN9WN7lZQpxrCLnu8pj3xm1bcLx7xUj3kiVyxol3M2PgS6j98el1PjOj1XuuVyVP/Ma34O1SJ8Pbu14Rto/WYLbmwYTHtFerwAnkwzBxDXiFDWHvP61OrjBk3VU6wv0jodAvwUE4zyDDNO3MZ//xNYuuIXMRDlXAg2N67d8O7PmR+GMrjHDas8nXib2aIJrmIVpMCHBq/u0FOeKjhndAMHCvLaEHluIBuduxosJ4wVKSNwo4fb7aBSeTUF3ZNwjTbefHyT2La9+EaWOeA/Z1WXnUvomoLzCNw0mqXr63qfdcFiTKZSsmFI4Zi44bNKHAHxBQAaGG8RigFm3ueLwphfjO65MHi5TO7iTAkNQ2E3jWucDBCVxi52DnKUrI0nhiaZXkLkzgc5VJii8CrdlHWaRyXlx/zdi6JkPYyj5LjT23UqfjkfSl8UIKG9QMbkPfjx5nZ/+elKskR/KZoEsYcO3Yg3XCxQ+PUvgAitz4bmvogtkZV56BHGGrEpQ8mZmMU4wZz7LTdMEGV++LzKpgklhFAPA9MmC5TOZ0Wm3Uu7klJLHMC8aK3nZroWILy3AFStMYdK0djjm9p02I9oL2jpgQGfND0aVLghx5mXh4tkCybO+xGjpzcn5kQXAXQ33pUmyi0wAIdOQiFiVpi8WJhIamMOrh0kjQWgi8zw5ImxqECBullFr3BYOtOSfhX+2Zinpchc1nyjdpvicTjh9peevjn7cYerHx9aXl8pOUOIoFWKSuC0CnN6gRPMN8O+0dvDPeD12bj4d/LqvcEX2LSUVkpPWvYQwgGvffA3C3a5Xmo5baYGn719B0DV6WB/Lz0wyESC8NAHSrubpyFXCnM0IcF17TTjP5V0CJH2k6tbcF8TdPLu+3OnDf6VxutFwfHwtsG/UGWn4docFM/bai8MDV4L5/mmPRmeglikHawMry5QIEcaPI2c2jQDZO1EhK70AaG3yCqwF7uUmu1uwrcgHTKmxO9hsG3XFbw/TV/RE3kgEDEUDZtNv1mfH6e4x9hz20hXuIAb9hIcK5jSckXUrDvIkJiH6SvO49ty0THVuAsQVacM1KXmoAGzW0+v/dKNoCg/6f/pChHcmSg4ldZb9jQONcJ4cbt7Z/jUMcZpK55+o43SXO6AOo4WP3WMelTfg7m3c1g3lp4hCRZgr9Z0qCqNsVAjDVn3ourIXLjiMUtuosB8TRgV4DWDM017NcS8ZoKGtTd0oNMqTPRLb85CdoSrD4cZyDned/PoVew/n+tytfZw1cWI9hUMJPkMMlcozBXG/jPgTFN0WrfnGo4Uy2P5z229cLsTho1/VdeySx906Wk4t5YlnTYj8U/Cu3rumRPLvxscTmxtDZEfOq8BgDIOAdTYMBDFGJMAdT5/+IAkII4NCHtuvjw5ByIX4UtXG6fn5alEcQ63Dyc7hfYqJcHli0rtvexv+rytMjq2c/Xf67twEaJo4FnKUN68P7eazEVrXfjcoV5/C/7l7V2YUmdASotBzEo3yyuc1x3h1kfs8B8vLAHBP829CnfSDMidvnU2Zu36J+8oQK7J5MgXIiBW7YFU8CNpDgiKNe3d/D7305c14Xo+frFh9DkCuEXw+8VUbfsr4pB5qRa9CdD0R49I8Ulp5Ek2vhUzGBA6e3BpyAOhi6G3pLPPRd8LIKFrLPLMQsVJ3AGqAv/ltb9YivhkFACPu1VOXsGDU+xDQ8PP3qM0i3yN3LJebhCj7v3E0PQ1u3dGmgychbB+dcN4gkBRmQYJPP6alvnwDgNxNMciAP0ZhHjt33AN4ffjrDM6YRMQVLU0jHkusOv/4ZQUVroCcgGjxWPZZkrlvJWJFfdYUtw4FSflt3Q+oYZzwo0mw3yxkLG/ltqNZAYLwBs+bYAtznY1uxyog24CShfGjfYtmHF34V/Dr+oCMvHjuXASyABp/fHUW8omhnruIrELOf5ns3aO6wKYdeC/I/DSDavtWBBFO/vErNhvoRZpMLMoBheOZpm1E6TFWCidOieVpMU0qqzVS7XTgenWBkAK0u4JCU/CICNijIyRsZWJMyGQxxfYo3G+idV0xBe+sGgV25hlNM2D6TQm0pabp9CEBbFSxl+vWGrlVTh08Y5xsfcxRTynRts65zW0ZfW5kvmlN+icZIaFV+y443Dfsb9CSIZzEDn2VhX86mlnc4TkJd+evrCL4pAjMSmOE0BQeHIQ+TpO3MpV5eBjVsS1u29LJypLn6h58gJTxWnh3dmBONT2EYmUCjuWvwOlhsmbrxj1Ezt8ZOmKZtkP62cgwbFh55w23/HQAUcon3X05CxQIYRgVa558icD9VgR8lRvXTOEGSG4zXn6kXetsZ04b43dAALbV9BpHUbKEbIO/jP4B+SgJmBMjLD3P5Rz6HGNtNabCcTH3MXJHlhsXKOi4kXsPRayEDa7CAUMWt7ux6B1rcHeUXnJIrCmRj+1EDjPFPAHEFoIC9prx1bL8twoqkbQK8Iz6rVDV+6lWR5B6uhTtWBxI3D4gh8S/5VghGm+oby4xVzt/wNO6f7d1baMUYpEaDcCqVyAfy3kgclN/4pTWAD53Yf4nGg5TUkFt1mkXOmDTSE18qub5c6JDWWdxI3mUUc9P2HwDCzQxxU5j7qlaC9MQoFNFZpxIaAc7JJYugWYtvfZdwuyOQtxI7BXwihxMt591sVshWmjyFk25m1CuKqLPVwM3k7pXEoE88TrBZa29SKoMx4XkdEJFqm78DPj73dUfKb/RpwmkzZElTVxplMii+itSUbhktIq2mHTmKY8rnDqPiurbREtpg7NYyYS1HxLRJsm8abt6P68uEFRQUGEtqtpiUi5v70UJvj8xDRHvFAhCZNxLvNB2IzKq3rmJIhCaqLBGC3sVTGgBxIJmAXm841SL1SBdOy1hrWWUNiAYGk+lMDPVXApTBp+WQ+biBMYbaNZyTEuAA7DQYUVH4uPrcrDW5knUarimeCSymzNdOfrK589jGGU7jpcbALC4gNMijaPYoMqnQkWkgf2vDav3NSFQ9ye6jGbvy6OyOY1i0RrTJfLponczHNcZc+79xMJm47T5DqHh6o8+3xImCktAJ0zyY0WrtOt9x5ijm4cGfa3Py2L2IExBRSGH4E06cUACCmEYbYIoLByoBR1hCN0cUC30q3SUESb/Q5s/kX0N17Ql+3XiKFo6EivYp5NpNbahMZQr96oODsbMxgQq2h+KxlYvI2z8pFLCReo1eV8cSMv1OYc9hMu9xXnp0YsJboYLj3ZzGz/4a76KXF24UcaIT9WuxW7Yh8XH44fOFzty6u+0qfU2rq42ctkxNK0uTG2VOAB2lsDee7iEUiwo3hULkjid7KpmczfdtjxPtl9iRPNfRtgFmn2vZGvPNVbTs7S5it72x2vb4rJ9IZEsMWGS2LDvaHBQReG6vaQ/qOYxiN4eFXm+aAtFKo+QXo9zi1lmZs7QnYVKYJJLdAwFPPtQAstcViLKP2hzobjUzr0wUtPob9R69xW+tSdZwJB4e38ot0ombvGnJdIgFXOlYZvjW89b/FlcUIi69o5VT3zrf7v4NN32bzOriZFHIAeo+i9NJ2Z63/E0rBcCCflcAytRDadUdtYAId4X3fNQWIG89IM7si7dSr8kgezXK67BRfENh/9Au128OmTuXh0ZlJwNlD6LQrdFFAQOxqY2rgQ01KmSo6JRjHolv3n7+mG2nW8CwZaQs9cdm4anr6TFuhaytIakqKnvQ3s64jlQIH2sh8rfi8wQdE1Q5IJJE56Hpdb6Z+HYt7s6WaKGKQ0WyTNrmmIx7sizz7FNtMmo+qcFmVz+/FRLpXNdnhAQ7Ns8jL0Dcu+d53gAZnPEsjD8vhMf+lTCsubkmQN/SsrmW7IzIpCIBKWpuZGiRnop91flIbxKdgEX4HM9J1Vk3cbLnuftp24jqtZWtKGGcVhggMrnd/zOuby42poefz1POXt/w1y94YGG5v7YiYhidCoQQlRaM0xjzoqtm3jHvOe813yWvd0veLnm4fTzbas+xsVSZaDyh/osnZjuQWK9LKoC3pyEi1IDh5Gz5p38fNyYLazIIqS6+SZGJU8HQiUWtakSTixdTcbFPAu8jhaIS19B1BBHwNw93/LN4TTqIPauDd92Lj3EaaZdYpASErLwYqR6x6zZ2vs7qK4K9eIA3ZVAXJ6NjeJfHyQKOVi+QCNM8C9/N+ExSTstp4fGU3SVMUgh3ImWQSeO97UlUhruXkislHUXCzRnjsz3AIaT35nFEs/XAplE78jVFD036EehYWQWOy4N7f4Es89QPdz4lK7ekRQFylBjH4G770BPq0MlUE9ZQqe9ISp5ws8lWmX0oRF8L0D5ubh3EQuFZRSWKAnXkvkY8eZBlMNVjLq6LGZOAXaK8nE5M1f352ZRg2pMepk/lgoxG0om1QI+excD4W0GOEEd1F9u2Jfz1SNxp9iawTiK+3ixXhGCbM0DB6NmZ/QAfv+BIBphdARlE7sTAvIP22q/On+LxRIUylBXMsPSh3y/+sE9p/jPQKvxZnpe8gcY8huBVxvt/hJ8uQjRCpdX7ReC+yg4pdTsNbkqjzEdAA24me1qGpRyNvFwOfWHgt3qQxpihkAtd4Nne76M7pZNkcpFtkPaGTURTDb6paGQyW7I5VpDQMsyZ2JLKMYGaYE7Mr6HvvfWtfcNTfe97vTodXNDRzSqcwmmmmpKLTIUfn5/8Kd1OJlUNha1VrbjEahsYgFg6+K063Cw3ITZ95xVZVdKEjrsdv4Eo8ev2c3t+e35CPxRdYIVtVL8Te4IRmn4x57ESUSBHa+jbVbTdS5Y6rxuWlmyWqOClsmvDqqvjyqCbraAfWzi0H8Otf5yQ/5lgTuuW2k1+xSXLJPF9pJWs5GSg9QfBw25NojhYqpvGKsSh8k1p2XnhVfgWnmW6Kp9LTqQVueBUgyw65LbPFSZ2eEZV8OmgDT+VU07vIp4JKnhhK4JOunA0mcNJk3bGkmC/JtMMEYFEJAtGP7w4tbZfuhAVKac7LhgqrirEbncVHcxWtzES6HQSoHavHfZ0gM70eNztnn/7Y8h97kK4cOdzSch0iwH1v8BaaEzLMOINcPokd8/E8g5LTMbawMb++Gotxz3uqPODhNv6o1XVf590njsiWCcCRjzClj9v9dLa/W0CuuFneD3GEW3OqzOXHruFgo3fPPO5HbDJM8TkAFmrpgnYykArI+FVPioYb4LLvdhRXdpSvge5aL1V/XHejj0qSK0obXao+mJsexK63Nsfrw3SNs35pzTnilHAI17VaIs0UYlw1tBlPJGpRsEp9nYsYPF8M98DYrUOYe33VvobR+3TtdNR0dsaOK/HWgHillrDi0Mppvdw2/FdRCNfMQnuufVutXFeuZ33U2iEEoY+Ef3PIUEUbjUcZ+SnLa/5Ima2Cx0V+Nu/ILhhGr+TKhi5ZgHdhWHhAyaooKsy/YgJT4+KvxiKvyAPEfZHgb+L0wt3V25tOWUl+oSun0KHq+ARPsLZ4XHhQghsA/zxpv2uHOglzecSM7DkJrR7qB6V05xTEaETKQrknB9nyON/3MdJzq2mEuoVzJfYcP6DcYmSBsYXTY+2WBfb1rdbhrHgQ3wl9sabAuGx4wINh9yhDLwCwhI8afdaqGb+MbEJzZ0sG+xVO4FBriLZHLTRg4siO32idjCnf+KZe0IuAS8woEWuc2kcQgYh6YUy/PrdV4NXBZeVHVV4i3XF5Y25VuYI3zlBikylpfXtVka63WhnkBT+2tTzIIkevlKjNBuOymSI41/16fQhVB9h/6IlIkVZm9Mn8rRxYvuBPnBYZm6+KLDCdklzZ2averp78F5HgkuU+N7vfqzevvwUsgHlZxqKOqBpurqm8G49Yh90CF/7mPVXZyWav1bj9duNz2dcyLf5Ue8tS6slH8vvFX9/svJYrY957sNKHCGD3ZHp4Sl6EjAxsqc4ND1NYOKnOaDjF5CjPni+SikEnx157PTxio+Q6lgf9kE45t0CW7YRwT0S9hrI3ZZVnMVJhOqh5It9ZDEWE9R7UBm5UizxVRVbO0LO+7Da31+obHJ4kZfOSEvBc2urGztOVyC/RtjOvRgCXvJyitgyzSvlpr6TKx5qUlj06QB4SCJiDooUSGB1wsijeDnt6bh35BemJ6s4ch42X65hqDs/l7kRDPHy6wU0w7SIX+PPuN1hb7k1k+UdgEmH0V9KFL05MaWN5jWrn22/WKS4vhzoIx6vK060jDsCvUq3WYfse92H0gXvnOlOKxpr2Rz4E9+vlnKOKRM6sokbuuF8zfwCwq70/NNvnAmTs0kTkwldv+0zQLwr+aGVaY6oXXLP4ddU1i/oov7o0RBjb+5W+146DwP9NUOr5tcDMeMe4DpixxNeQqWDRUarFUpV8TWEu3V0qDN8ZeSNXYAjCxYD6nUEpDrFNnJCvprMwdk55mkEJCqdYENesDkV+kQAL3yNJ6E8z7k80zCyxtNMCx56TrmwB4h/cCHxJFQneI8XEs1FNfXFyWQ1UsvJmQ1JEyc70HHaUWlCVekbkYbHqotOC0eXhEjjUeEAjSas/GhyyG3Kp8BqKdgOYv5JoIKxVDjLKJGSvapPF7j5wcYEOEHJxeln9dDaWFKcVqCoyV7Vts4kztxcZTYk9sCpBZwAkshgpcxvApSiorOV0xOypix6YufEEClke70SPBgTxc+QI1RmKRVaFSkKrBLJK5hSVX5vPIQH4ozT2ygmb4ujhLqRNVMvDcc8BB/tEHyCX3pF1lTZm6Ly0g0ZwnzxgN3obXHVTj8i2L3wUUZnuMGgYDQTpChJdHGuYXqpwKjkrheYFuDOKNEsop1p5IYEnXQH82k6bDDNaDjjCbLWR7mWi7xApWCd68fFzkvzpeVCJ96as8maSMF0TK8jIPf75geNpu/O78bvd06qc+0KGhhB4U4kK0jWORxwfwpfvUMZIc7mE60OIUgpC+85AiNBdL+JIUnHvUaBkaR6LIwAQQ0coxQFPT5GSJTSY1cM2Vsn4ocTmAz2hxKrvKD3ouApm53miRO8WJw3anxtCJ4XeQpTNsvSEA2Nobj2sSEOfZlhtp6PWZ4JdWFTbQzJl6aFoKVGSP+67RRHiN7utJx1w85P+UHXl75Y4Xax7AEss49y1uQ8oos7zSFKmAFwNDxAIE+fuVmwCjFGOu2BsrWUiNm1ZsMXeeBtfTzN9x9tMAtz68VO7LQj5MuOtrGtUSyhbHTP7Dnpt4uC+Y+4XU6P34rqGw91e1b3cnaLtQjAbsbOH5/HZ3yWg8Z1T481VwJvZ5sCmvA8a9V9wraHqFxZTb7nR8E7WFVGWTkP2uOUabpn/+UyqiX3x9cmx1f71rYChpbEKL979bRox68Cq5BYSMRwkwwfHW0ItEPUkJh/k8uldHElHZG8Y9LXJBs67DGsLJd46K2GfZvlSItqGMJBOkUzeErSfjHyglfiguU9K4+VpZWLrR9NfZJlNbusTRL4Sd1iWYECxvlcNc7rx5vEutvL/yvfo98Shn3SOpZRwQC7O8p8Ip0jn3wNVdO5b8uk/zVUP6BQc3Kd9hM8XVz8aveTn2RNza4JldWnwPZwR1pc9QRODXjk8MGjNGYr+zortYxDDPIbVebIe5lnbWmWxuaaV/TuJlZbhEJ8wEWGqOCa4xt5oFq2O9c0w8RqxRX3qJjTT6Eoi7iCZei8k4O4h5ZeVLK7rDuMRGXC3W44YHCfTGZKqXBGRB/p8R3ligXiRDYs5kVuFRva10HXNEwNI/cQY2AUU0gq4baTNoCwmkjticcuo+/A6WcfFSpVNFaGS/HW1UOnExf0l3dJ8XpOdjx2n/fhS5Td3ayTMdb1uAI1GTi66zMZm8Ma3Yu+gXXGIBxCN5ukSEeto7E4r1Fvppz1ucxgX5R3TIf1H0Lnn5WmYe2jIa9v1+uzQoHLVzQ2YVpKtVpaK70jk8pLPcuzlQ7KShb4dSlBwY7RVdN5m8mKVBa4fLmG+RGMKfWh7gg3NpX3OasmUeuuFOp8Jam9QPagjEIqEmdWJY94bNPoOFRM1Y9eyg0R4nCC1H9w3A7qhH8/GMkWI59Hi3jCY9J1oMbrWBHNQKdGb50UKito25x1d/a0RwH93VIcxMkn1tFRSgHFZnLMb2kUpZtCMfLx/v4m1FRrn+T/09gVDSqa1ghiOkqL5KS92x4mysPw0XYUPb+Nu8ShmQP1Vf7+KEuOp0HFaXIE04O7Acj6sTxm2Nxm+HRPwEXR4TW+VUY77THa9lZsRGMO055WUCDq2co4se7HTcg60PzQj88ysLTnIQuKHueEhOeKQb+HKjK1/eURkv9wKVVp0BNnXTwaxD5IlhvPyKsEKsqT5pNx89fUqkjK58rSQkOYHj38m6h8Qr+QV6oIkz0CivmS34Kxl8QJzq11L+eaQmNMtjLg4rp8WGJQtCkUFHIsrRQnGjkU9+AITEHMbHMSH8+N8O6Nudxj9fYYtjPPydhArrJFOSxJswYpJkrygzIvifunXEzYVS1AhehMlAgpHnaJb+ZoS5zSaZsj4jsAr9gNUtVdn/JawIpYtMOLAjJFy4fv9rzzAp+G7UU7OYFAHYq2fB6c4vxIcIoKYuXGbVxGUuhxglriecG4hRHEO8vXosJGPj4uKiqasQLqkteQn8cTKTQjF8FJku2RdNleIz0uQpvM3I5A2tgDemBmFETd2zlkibUH/kTPp0sTx3rgOwGldvOxUIRg4tEas48x3bt3NksXx7KjvpV/YzhHoRuhEbXVwU+PAoRXrtXhWC6C3hg8RWKh0qhl2GhKUF06Mog2I1PebLfeE8XW4sSInKBAskxUClP/xs03jN3MxR+ZdQmqKFIrY6ex6/Md8Vzy+/bRXybQYFTfDylfUPN/u4Y3U/UHOQGZiDEyvqyhPbTc//zn/ueyY7cUfr67f2/L+iPMbCteFE+8c2ERIHEXIt+dXTxVWgkWC3E0Yal8CiukaFjdJFud0pk6qWxm8MNFwYnzkL1rH93BrL5CWYKE00PPyzbYlo8kGDV2N5+GAeu1dhzs68SPTYIz5SraB/kVfqH2EdSXB6Jte6Q4yKzCrX0HfdI5XWZHR0locaTqVMi7EMtuEYA4MAxDlVd8OZB9DH6haaBLrTKh0Ea4h2XKGUcphGcQbQ6ieAEiEyKjvbWjZxYjFOJcYfXUKs6R3/plEuKJLPgf/qwPtHLIbYLd0z9FdQMxXHesu7g3i8jv87yl9TlsQ0GXWf91P+04TMB5hubLeJOno61eWditih3B7Up5RgN9Q+lE6UxEYX4Jy42HkNGgks12fFOvVWyh+9UK5ckqEUIpF7oQaWWyGWpjS39CZDJXrxScv0/M6Vwe47SHnzhoELPN6itdiJH8kYQ4p89Ls6vuxFRw7SMnp6FjLoomPQcPuZVL4NPB3s/Wb6KLvQMzDeZN+cR4RFdA3Y7/jaeROPQjE+R/NoqGR4lHJD5ab5kqj4hZI/NdSpEAETcoKfpAKikhDVJKWRj53jz42d12xX5Tefmt1o03k8S+YSWHZuE+g1PvrhHb9+FGb58z61wEt8zhg1PdPPFVFq903vEkXyZc+n6qJXUEIFY8lrMm+HecSsZxjVzqXX2ewdoSsD5hA5IXTS/L7xhCKZKaf/Ki5yCQDMRpXAa2uMOKTLJLbCIpERXbvJ22twwEAmrw/vL3YMo2EOtEls3dtLjepEyv1W9DJpy80ZjWidk3X68vj5AHJAlMNNyQJRAoV17fSd3QFSvUNg51cU1DBbpisd5rOAF4Bb7pt7tsRgm5DT7Ab3p3ZZk0/6IagqcjQBLrfRPmNUXclbZDKcSEPaoJOFq/4Y8g66hTOI3v/HskcI2bRpYQbEVJ10QBnstalBaVJLJCPSZnULOyC42RTwseSuaZYuHa/s7m3Y2wx8M0YdjwFdupVEDTnr7z6jj73Y6UVhxxtbD+qV7iZ1iUwD23GUAJYpiy0BVg9YGynDaasKh8O5p8RV7AzmEhh7d9QTgp3WxVamCxgbSdhDC3iHjF/jLrrqe/rRHO77j2t4eP9urirp0zNFkAXpfAwhJsjtL4rtpv/5xLCbEM2Yq0vvg83i7osuqZGE9rGC1e65YZ76VbLxcqNso29NnsZeD8W3XBCm6M54aP55C3KQ9j37MNHoaa8XrPVYA9513j/IM6ex8btOCePPIB8oNzX0+6x1HnlUoaj68FGDytfL2ASCmQ3u0TMlNCZEDi0FU3zY7bg30HE6wVZPbf3qSPgogmsDQk/KVWRGC65Y3NtW7o3vfXM0lUe00hezoCGhZywpUh7pXYX88HJYBi8zN4z1ALGESykmutGw6aAHCqRkX+wCt6w41F65cEzr84XLRjYJgFHY/BypKAMPyTbGug5ta90SJw0a/teVioLEd5Wmo1hbp4bdp3UnLBh0r5OyRc+z0ekO+9wHfec7SwBAH9fFhzflBsVNy8ADGT2fRG7BlTX3qTbZXqBzf8vNACoptICqa/1v8OQWL6hMc/RN5Nu6wXuPS2I5QdxR9uuvRUfs44tOp4DEa3owBssJryW6dpFhVR2RZZOT+k3q0RnYpoDBdK231C3NVRdBjWsN/D3zkX0AhGK2R/fvPOKLmxaJKoPRYlUN2bMpkXG8JXMKHLJypJY3JPHgKF+T1sKEyuDryCczacwS0awZBW5BFlo/k1SxeDw8+OWHsPzJByFSmS/NsFe98VGlamCvDZVHLSEdqYyq0wohgjgGNxndcfCn86HOzg7YpoxKcMPQkuR2f+T1RREAvBeHrYUF1AvPno1S+s3TXJKxISVOpEd/z9jyxjqof9dUqxBst/HxaxxUgqcTsFwaoaa9thA1SFwfJ6QAmqNpVMWLWt1ETLc81lYdeW8r/oDr/CU32tExyRIXY99IPLHmRXPAYL5x6K54TWmIm1Mu/dI2KP/CmWQmpSrLr1WPKhvPmjmcXThKDfTQ2c7xNx1KCjHI2myyTMHaE1muxrDw3HVrGI0kvep4+UMiQhQaneR24HkQEHArsUTCrBKIFLJB7ISlTMTI0JUwMvMtbalY6Hm2mlarVN0pujEen4xpvTQUajPiQ7X3Q+3J8USLzMbbihH3493lEJLp8hbZJXdYR59TKLl+dcedgXG5k7HWXFagpBT1CfLFu0UA1OcGmp7OYx/Ixk8t6oY8XF0qGAbWDydxr5b8JYmaahT0Z4Bxypm8zp+oP8uIR4CKebk2doW0JNTchPqRelEIcI8KO6Zl1OmDRuffT9vXu133ADJMKsMy81gezjU9il4B8J6NT+zUKnj1ga+o7yiO/Xg/bpCnkpCjS96fyEdnIkd7Pu4wm5D2YZba3CWR9+G8Up+CRV6X1ekgqW0U6/jDhJSB47/izZf+/3OYSzamgF4ATB53/4hKlvZ07YuhrodA9rZRZ93EBlW7tPz7y5/p0LjBtbzc3Fk29eDk3M9nFyr4eK7z9YqmtRhBJqClOU0jUUUKTSwnYa3ut7g1NxWcQVW/ee//8cV5P54zhi3cZ6EGco4f1tH7dAxubH2/tp5db2VLVrGq40izUFEjxa2bJtIe//KTc7E84z981x+GV1JvCadLxfvPZehD8BqIme7eJc8RpGY88BmsIpDMMKmMTbMCTVjun6boh55BzNjAKY9mcoj/v8uMEzH+4nDpbWgWEfGWpPVNAZD8vlr94/e5hl0HlOZ3ENj4HPMeE7dVI7vKzZlU/guemlOPjifll8v/W4uW2mmPzS9Vkk9kvhkmq74SNXedF04EHEwCtFQO+2Yz5aT59K+I24rO3i96z8Pf++c3+cv993PcFg8bc/AETpznDpExH17Ojegbh/BcbNuvHqg3HJ1wRDZrjycnDviHfN7EprNpKAuoh0NhsZmBTqtQ3V230SjMp6ezTLlca3VLImV0iSc3gxOllV46TVfIpIyk3qCWFnbS8q/vZEKHTZiwyUEPcH7tbs2hacq0NlR6IoseaWKwqCaTOHWzMkx6IvOHBm7vjfSYMKGgAQHsomwzjuS/z8IrfGm3/XUQZ5tMpGYSCgPIG22p9+S9E/CKvH1oOHvpADWKhCBN/333a15f/JHHM3PvL+MXpI7nwYCMikhNWFB98/yWMOaEVa5dlDIyggn8dOSqTxCqKTcJCpmXRcgd2lFhwS0uDYCVr5w5rci8Mv+v/gJec+CuPG3e9aSgRjLZW6tVMEiZZMpuQV4121pxh+oehjIy3iK78ztV2phqaJU6Kh5mDdnBILVyBtQYLFa07dz59oaBReInTX5DkyzjBxctfkuiaXwHonNwpr/hmJoEhago/YrxRmXsi6a782nCsTTq2LaUS0QTbVLbCFLl6XC+04z/iAJbJsXNngvcMxzRJtvyHzf4Y6pdK48WXD899Vh0JjZum0oUOtYZjMXNO6EngPhz3rIVfMSWN2BbMjCKgk/e+7EN4zdK9EQB85jXS0GAasuGbQ4BYu+CPDRcJPFITCYsB6dsXNc2WRgb0DcbdjOhjTL/fVT9Z1xEKICgMT/WDTRinnzlP1EQf7G8TnNUHeG4snpMqfmxHlzqYuQ20ny9ecAiKspOVeKcH16t4HuqWZY8oOOnr6s2OXaZcS40gjqOTYklTg3TRRJQ7MeyzMO7SNYNKVCvzrL4qkAjfe+EQUDCfwDTphoN+hgVoyqzOY9hNwOixS/9Pl1nPTbgiLGxXlhBJtmT4XZ8oKEWORrkzNV1lDZ07A+tr2l3/1x1e6vV6w7/hePalYxzJ1OlOtBE8bEqlL6lBkwJzdpUjK/WlJUIJ0iBpks+tn8sLyJwUU3CrQnGwFuTckXjGrI9j8EOalH4f+/8/GyulYANLsz2uZtqdraRcr102FFB6RsqnMHMPtVwPUrtTRv+A3c0C8EkJECVwwTmuPCE4bFePshnvNKmDEfbkobY9IcwC+K0FMIhOjbfXXNaxKB8vx/FNGPQGKT5q/ovidDz4oG4fku02fS3SppDpd5aQM5us2fOYAFlj7zffMhwnme/sA+gxHxQYeLOUloUWYVbcFIxRACph1LuFW09kvzQY81FHeeHIa+RmQoLO2/Vt+erSYENkJMPe66/aU4Lo1P32jaMJB3lLpqj2x4CiMZ7hbj8CJyJ6jbtvjYgccUzUNvJfB38tgdx8CCVXUiVUo8YomiYq2ndK9O5qPjLYsRBJds5ca6SHoYZ/M47vdwJAMgYDGQN0nao46dmDwMaO5h1cB9VcvAN9bw+I9mkrq6d2rTsO8Z1qyC/SeyMMXmblNXC+j0NKYdgjktdIwLeTcVMQh9OUAhH9LzP3vp5tf5LChOjGpLuoaTRVYUiR2zlVD/UvO0x1qFJNyUlOw6wL7KvO2dEobbzAG4cqfd0tNjmQntS+yd3YRZAVP/HfC669s3aGxhEui5PUlo4y25e7B3k1q4itBUfImcUlBPNRfjY5oMgubdGGSkJsQmYMaJyx04oVKFFBbeJGepHM1w4FN206rB54iV11lV3eZ6pRTPeVWb3mqT3n3tm1dDl5fuPtZVfb3Xd0V9mGIgW8woaO7HxgFXURRHJ91Hm41oaevJksXeFKVVvWUg/XcVifMVJpLplHipW+MKbkeBe+HXptcQjsISC3nBGlFoHPevcu+43rGweuhNc14PZcXdwfHJL3pKn7EA4WYvoDC4KTR4exG+x4G2TtWg3t+D7nCPWFHyzyl6VR25Umar/bzLMaiAn0od9FqEueAURrFlFtmJ2EPmumjjqSUA0r0ys/i4Va2gC42fYszkfCe6BOf43TkjrQHz0F1iDC9p7F3jq/teeGmBnmf0tU6X1pd6yleHYuqXUcJU7DxjJpiNTfnG7tLJjaMkrbD5wOsDm93iWGBNPSuB7wUlzqL7BR5Rt40Sx4bDIUkhmZ6xgOsmdvchMPFzuONFnAwhAugmWPR9k1auhlQHUOeOutXCbZ5y92ZKRYzYvQ8t/fupDuP7hwJCNKTxFcY4nHB30mXe+e7khRmZiUJoRB5nCS+T8iAoZdvFAWjF28u0s2ew3dE1iAwc91RrVFfkBT7LdXi5erKF2k4B+XyifoyOipjur3zjYP8rW9FFVO0Gil+kMW4VROGM9EPAH1Iwm3jKfThl1X50RLXaWstCkaY7EbYcqVErq4fBXc09kxLF8ypgly/caGZFTsEjC6tET9X/60StVsDTnEgNCZ1ohVGEq7OaPmLjZP+ybAbr0GVPc5d+YsAkpeHElYYAsAAZ0c5rewBhNnxTKsnYJqOA5nW3LQYrOgJcM/LH3pR/gIvn0izfls5C7KZRd+2CjCWO/QSe8RNz+Y+QL38LPVQPU54FIUPy2M7M/vbx1F4z6LiTqVdQ92CrNy8aK/IbTvsLLfKtJyX9ycYT7flG9DiH2wclsEC8J5sK9r0PNB9VHBOZrSLwZ1OsPijghmUo5LhgWswtLXIseRQxQFTOZMsWuM3ZCGyO1VS8nu5c+YnoUXfgLCWpgosYyu0pzlLKgIr/OQB73mZ96tzrVOcTcarUOnKNrP8zDHs22gq+FtoFoyCL/HB1mV+AMK1qDoG7ZKuGSb5sF7uK2UhIXHmdC3EJlKpyE4E5jErvaxhpz+7QD/qgJQIgw6pVStgqLI1XYlhMKGWeuNirLRbXMJ1lLJjrkJLDghpb9pDuCJxyWsJM5EWuYP1LQlHTM5u17i000DS5qFxIH4SJ3+kcf19m5sv2LFdtZR6sCJF1ys4FDopmBJkH/2cbAmaw84jdweJOMs0FNPNCqSPX11Lgteqv+afOd0MXhTpF7g7c2nrsTgzl/FysnEIVxxblWMu3SK+ehY9EQeSk7D8IseGI6YfT/ooqUktbP4Bvu1cyZsUDM6fmiUyh5azn4//pIge0FSDEtTnvFuVPuajPsXEXAFsFiucqaW3fvSfoXStLsydp1Y4R0j8J++5GwIYHr20uiI3yzEeBF6AJHK1lEVPa6NTfMGJHpBaiJZbBmIILfgN1WuJhqOdB+o/3NWV7qapROcHFXVPjMuWb4v2x5EW2ew3PhFicrktKLuic8KwXi7nqu6zdMg0ugEgfuSAv10yl91siuKkmRpqrB8ubMzGanNTjhkeYswYeM23+bJKS95+y/9d6dlga/D9917U556jCniwnlrtXR5/rlMksnJq85lXtZvN1aOvPUKYmSHKY7Jy9q5wGRcB/kVmRHEA3sBWODna3E8OOpp8jDCEITmOCVdi+looEWTU16HDz3l6cvz/RcFl3/CnjqCQ7k14TUZ3PefIf2DxBI+tB0HToxzE+OcT9rk5DYf5+OoTV8Mx9fOpvDIJ57l46mtzlgPMMGt2VfAyMlr7CK+9RP6cRf4Vm3XMaG4blL/H8Ax3dC1kK1LQv+J3Fog1IWBf/GiFdXaw5Vu7xrgppgF0R3m/2eIL/hTsdIMM5mrcZ58+h61oPcNEtNh0mKEPWlfMe5rdPv43e2hwLyxXoBo0gzwNTumJs+asrYM/ADWcOw7QusentW/MqgVSRGWuw3TZbb8KZZZCqypIDDfN+A8sa56uWsfoSFe8n8O+BBlajkvbX3zQRqefo0lZUpv370y/77vRpsPTu0WsvdDLYG1Nau1vqr/gWjPm6DvJxuLwtXseSn6oTnsoWnebKWlKoNsV/wkhh4QwzA86F3DG8cKLkLMGT+xfYH7PceZhhMn5pksBE5lx+3dOV1zML3HE2zpiZHxTA3PHkGTrJzmbdXJdYo+50Y4NFLvuIPut0Qf9mwJm9nd7VTZYx7AKyaSJfFjvNzwluCa/VOdGobj6gFrF4Xu7D4QCEFunoM56WRwnk5hO1l3ppSB7rbtv1mXGurNXu6x40nWhkx7I6x4LIcGUD723CFb3SUggK3R9dg+AR+jEenkg+kvMIt2ET3URv3yjvH5futUq+RlrtMHz8tnXNNpbFAAnvS3j5xHqLwkwd11nvOKe8YxiIq2VMy307h/nTMUTvmJRZZhnwY1L3iFlp+r1U+MA0NNBlWp9bkGVz9efdrcP6M6Vv3caM3z/QxbswfvdYnN5kv5JYns8DeduK6KDtdV0uY8zyPaS1DLL3aU98AZfZaxzIwSJEVQuRIAL3hCkiBz1lTzNHk5XMlvkDvwDLH4FXpud/RY593SVQeyUtd/KvRERIoUm1IHybf9gBpuohSDTqhTQYsRckNDcQgYNBoocjXBHhNokIYOFtAFpJa596Kb4gQPMcu9nlH3K5kBDtDySDvfLPynjyTHMtIrXyLRvUgOhfi3a9RZyC5q8pBPMNglKCMKWFOjh0zAlgLi6zta/t+fN+DaiVEWSYQNcx0V7XOMHmdKSWr8e9b3Yi87hynaS2AjI917t8gQMJ2keOpr9pjWR2YLZbTBmYO7I3VUY4O1HaBdgFUd5Myn6rcAbG0t4BcA2kpoRJXSUi7tCVGcAGsX9sf3IAzLZnaaj7i1ZMcBrntjUquD/O3N5wL4UAQ13IOYgkRcNq/A5hShpndLZKw/Q18ywUCC8VQ2MgOh0YDmCgf2QMxeM5PRNSzIJWdG0p9XekQxB2Rby2saL+ERe3uk0eZE/dX5S6x9h6rZ7czeRK/Uz0LtUXvf75hG8pCQpS5M8FqqH/PnUJmVZvWAkRv0CNMdWL3b12Se0dH+ml4/CSXLvZcTj8tGJFo5v3IAlGCht5IKG2/Jth1SpSrVfkq8Kpm/GKx9szvUG8njLW0c8UaliRSMNzlpoH/trO40kgvZYwcDg74oNR5C4i5a99yYhiGqojHNHmdBpox4cBm/7zVe1waeZQS2yurKv1Y7Wi9WK3ZJYiVuSV3KozwI8hj+XPAMO+oIYqucXfTXtGvD4E2CKO3J+msysR9+Qn0jX7kpIjALopQ/oENo8XNjrmkuuD8pLDmnD5bduuCHvAWDl+p7LE1E9eoiilBBI7XRPA0izDsG/3PYMQMXWB7G6Q889RLu38ByBRR0LgFXl+Tk5m14KMFWDkAz+OpYBVr271MqiekVGBsEJWBTzpMuICASdjEW0tbNO6XrueA9WIh2RFUMQP7Q2HlyOrQECn5HResjJxSy04o/Kt4+Zzx6fYihcYmKSi4Q7Tvid8xfe+f/XPz9cW6CxdGpJr8xFMX6RdnVGBVuJbD9YDzkbGok9woxgCiT3ieWNnUMpVEeL2/H+THeGLriCFrAoc0SVpgEPBy/i3UkHaOMP68YhLWtmim8oSOX5lYYD4alnv9/dotQC/URF8Pg4SkSYNcGr31xtIUOqYAFnAmMI+TM5pvexccf7t5zdvGy3AtlKdiBhzpPpadn8whDR/y3fVGHY+IDe38JMhTTiNDEqv+ux+OGV1mQzBjIHy+xT8MKb4YaWVysCGZmedz+WMujlDIUcLEXRC7Nqa+BoaFeZbIQjgzEDmbcMRpi43BfnZ7ewoN7f6+Yw55dZMSTgulGWpGnFc+ty/IGlAAuRO7agUU9C5j0Xgl1gI/VsyrUkhjxXsRuWZtoLmJnnRXHW65wMv8+RqBoJr+chHiF0N2ol98Abmt4R94mgl3HdOmRHXtuKYZPFp6tRsQxYyN8z7I1hO1jWdKPmTbXaBzwl10oJjQgEMG7T682IxPf2wtEgJ9xd6FWruMR8GQKrIkL+Aw3K1Rng8nUIIFEjA/qtRjtazp09mS8bC0e6q1qzdF9bNU9XtqyZ6gKSWO/axXGdK5dfHnFui7TeLnCR41ujFRii9j8Jeogpyiw6ciJo9RSnsc3EJ1Mpd5FiikO7jP2ENT2NlJqUpRbNKx92Ah0Q6Rcb3ltJTS9NmR5d7dc2MEygEFw3Kem8QWPFw56sipR4ZzhrglgAs+okn0OIsjwhPAwXyVpReoX33T4jc6Xo2rJcc1Zrmzp6jFw/Z3K1jo1qm/Hz/hmTA7X2QY1pMd3KuoA7r/8txWuwiXa5efn13D8og9TOwmfnqh64Yu55UM3nsflt/Gk33zRGRPt0OkEfcxNvB1iU8NDAr7WsLUKg7kicQjVl2r62jsny2hoYYkcY4pK4KMh9ExOgmNgyGyaEJMl+bY2TLF3b0t/ApRSSLfvreO7y4AEHj85h+KawF4J9+RpHFXEmTsmQUYpw4eSD5KbEDir9XOP2d1kxfbKz1XFORViubiNo8rXVSJqUkSNqEsaNYOFs4Hu9BQnZqubp2QFw6uhQc8XY0MJb1dUKMOQtSBzzbqa5ewcAtLoLvMnfTxRbbzgSj/3KMxZ6nVigd0JCA3bFX+qGgApV3SVL+zVvgdX6wq/tXyCjvgDmU9Xl+afY3synDn587Q7/TgGLKb3oGNs/JjxcDQxw2jCgvHcLem+Pow/D6MZq/iUnxS2cOhjCfrgAUu5CvLbuOoS82o0IyE9RLqWqva9roRNewSSzYSz09EcfES6DMKmejM3vHghnQ/jutovRAYgCin9sPzDR5Mc/Pn0FLNhhsWtUyBqp+dyLNr1aNzIgFyFLK/4OWerqJnSEDkhOV1pQwH5UHUK45oR/WdRCPRZ1BvA1pN0kSXtnL2UdpX7jYCyrOS9UwBM6Zgm6iGkwYNoQOSQgwOEyXMsg4AgrW16bMQKIKUC8Aa8CK22DHvPKoDavc5lKRe7GQxAtoZm5LLb2hK285BMIbwjzbrKwkMOIC94IAB5FpGCk7z116jxZSv9I1R79qtlTOqzC3YqLrYu4FyY5cTbWmZbYcIWiK/SpTqUaZWhi+icrF9SH3Ro1AbcunVdhS49Hv25l9Mfw2R+DtZ6hhdqJUNyz7TNkCpLnqc3W3hIb1SUuYiYHHnBGS2KnqEkj/4rkOWPlM74ggnKE3ACNYhXfdzzw5o2r9iFf5HvXYkNBjST30i1ZkzHHiiTBpPzKVMsT/QMjYY41aF5kd2tvCZEEwkyfDynggjckotmzboWFm/UHt4sMpVpbXG/l0LiREqvmUMo8P4STjJ8GuWjTcX+lSVaR7jHXJGNowragkbIHZQKjA6nnv/ILQ8aXXjTjjEP8b34jcKXXEfzRbHRYK4U2sM43VJLJP+DZ7rov7l/0XQoz6rjN9kOxuG0/BP3wC2aWPR2MVowQltYNcGKOQ8NvuCGpkbctUrwcgK1MyuWI1uogWSrWVFUTTtwGyc3NLGHU4gFa5DwITFyBF0V+QBC/cxcihTUVI0xD7B0ioh2ONli2B3X190dQUINsH61zq+p63PgfFuyqppe3nkfvk4zsp5KshxGcdUuuQ7D7F8yIezcYjc048R6gnIdN95Msi6O6Oiz0A/B5fMWFQBebMP5w48x7oPgAyLRq0QXofBUXNFoW4GW4ZJkYfzD704ACHty/u+7FhoTIaLsrvnrKUABojnJoGO9L+4xsqC3c1nJmAqGZZR4kBUIqr1Fr6mVPy43mIWzWcqyISerS4BL4OjRs4HJOC1m3BnakU61G2J+odgRuA9iYDijE67gPNrCgsRk9QpVJKhlfKiJwmVLSOLhdnBNzmPZ9xG3TPuNd85opX56oVFFv/xibtpyUEFVXdNCct49ULXh7W0HWRyNlBFPeJZuvcQud6JNnqQHqACNv16ZI5YaM1s/oBjngPd26vrdLbZFyfv445b+bYtWlOnZFMWfY14kQVDcrJGRXni0/z7khd8by6Ij2XPYvMiHcABf3mLMjRGVlUU2nsBUnLdWM5QFuJJlC97B9RcQnev6bq+yiKB0Oc9EaHvAVDUpZkoxXiSNh0JPYEVaEf2sZePi49QrIoz9OurRbtYkePr/rcA69AZc2KEjbRzDcaEJG0J33ojKoF/+dteI75R9XzHk2leAG4Roa39Vr/61mSmn0WJgds1k10ZlKLk8JnzoqTT55MK/xX1leNI1JgSsOWZeDb224QEgl1lg+phJqfh4JRDVelZYt+KMpaDxcqj4Yj4BaeuQJOuPfbFRA7fqKp+LowWUDa1Ccb1hPWBW6TUp7aHTja8U8qDV2dr+3+B32ZKWGO47Sx2dUH8nwhlRm+liUNey4vz6vDwSLwG5in1yBFZ9mMznxBLx1eUkC5N5O6ZUXaaMzhv3KDRsCZB2xq7hhxlKXrqIOB8RQNCuyH0E5qkh5tQlPVho1nKp2rRU3JsWwWB39vcvRx2deH+i4luLweRsNPUU6bdXkEWd+ppQB2GbdEtGbLUNSFq2yRdcDvzPVsn/DX2GPoLkLvd27kU+SDXylh/IpFu1vgV183kEINkiQTg6wjSEzVEyr6oSxaUMBKp2fWQd0cmstrxXWnYWU2B+/YUk1O1aisfkGmcRPqX2jxBG3E1DNXbh2+iINSHZ8C7ARTsodUom+UAMR2dItcyntpZN/HtsrNuR5GHzYrA1osa/yUevcTVHdmlyftHSyO9/In8ygC1r0Fnw3BCi6cLrsdenqXBVQg9Te/Lxgxo3tnGFbG/8YY5pChjlbSQWb2v2QpbDEgq9BYVXIlRIJfZSAYbybq+OW7K/q+XN/YMZCfTcD6GaOEQysATU6AyiUSnb/ChWLjFOxsVOOHAfc5dlyA1Yd3CXFiQAGaYOrMeIyJ3ndXv4aII9I35h3Qe1dxneLBMKnbugL6wNkrfcMjctcampIuz3uHoozHYn/RgKP2zphtQlNmj5xhuBkLmOEARzBiZEuKet/X4W0mve7kqiDOqUsVLJoTdmHalD92OIs5e1wlShIAc68Lc0tAMdOhSh3U3q/vlTVx07y8I9CRNzOQXdFpJedLmqERRE4FtqxmM3SXN1NHN0zVvK3DVJJdyvwWDbz0uBsLnY92J7VMbDOd3ZqMWhVZBRYWZN30QbV9A+2MYC5SNCY11P1NQO0BcErlpEVYRiLXh4E3UBzRal1H3VPD62C4K2eAxv91k88+TnOD4rvIU3tkwDGEi8Idd2Wab1HJKftuOxctL/SFi1I0cyewnbSmmyNzQUf7Gj1LktHiNLK9oB9HANN9k+5iN1dQ0gZTtVkbl1/dy6Mq5vUrqDqIP6ulsSG66y2PLAr7hIAtMbSL7fZMwSEzkKNv7jOsW3BLPh5N0JCJvZ0L0CZ4DVzOnFBiKAAzot8XCTmgjiCi34xBQUhfZ8Iy1OfxhlzZGf+06cjihBG9fVaEU5rXLrUIZbCz1IoDIdeAgjEiAM4qIQHLm5JmmtURNfKgl7vDriAFux8ZerfqHMe+Hw2nTrUBGevETTqiSNPGOPxmgSLF8BUqxRYeObJmiforQQiO1Rb4rtw4dluAqe2pbrZePI0G0lm4TNulG+LzVZ/xjxm87kGf92Eip5DI36zUmgF9W/zVsAiQm9AVXiX58nLDEepOmOBhx6hCtEdK6oMG8Gv+/ft9p4ncsfTBUvWK1O65bBG2llWNmz28reU22CwtaPA7p6WGmmtlg0nzmunkvtqyczIP6tn0gBxdWnCJgNDgUd/tBA/gBFcMOuhpJT+iWtFHUw8VRwanOJQsMZ0D/hqXn1K6mZaKF6gQXnwWK0XLFlf5SqYm/1urAeTPIT36nbhYFushlynoSKv5JCG03LLLtq2hX4d5z2+fLR5zGtsr3R8eI0Bxv7pb4BT58nCQVPg/oCXm3SGpeE3K2loWFhCIi3Mh2XNthcJkqg9UzsBJbDJtFf1/ThP7cBJtT0XljCc5c1uJxxarlfcpkziHXCqaRy1mV/FccBGw9suDsJBb5f5dKHwSCxw7IiyrnDDpg57zZiSJrtHRL+8wlyAqubKP44Lnewff2atSjyZOd9vG3Q2gDyhUNMJpnF53c7XcP/zY3SXeA6JHWxEM/2jIvDuiaXPl1Bf+0cFFAOnQW/FZc77svs0Ql4iIKgB6cBzP1Kl/DFjAri4ZZK2HhVsFLk0wJm/oRjB0gCo8mxhXBl65J2EsCecYRk5JUPwDvT7Rrh5HAXjH6K/T+rpvik8PrJBW4m2Qz+TNrz5wOM7U+gqDR29hY4Fejy9L3kRw6qNye2SDioQz85D5F0uRv3/pbMan6k/DF1/gkonA16BFRQQ+H1jK1rJQ8vQdU16Uo4/SkryIxyalkT8NERidi4Nt36jRHWUcTjl8lSda6uqRRxCmhqdPFC8dN4YuXKoBhEe+RyfRFjNpzebGWbvk5WgL/dgiS+h687IaB7JnbSCysvqNL8HPICW556rCT3AdJT+qpHElIc4oaf3aAEC3DCZpv8SPNXpzkQVbQHE6PHqSgvILy0K2cTA0g3f/i6XwqMtKBv/B9dvczWSU2L5TSM/Qwmo/38Zea62iy57wLvTE3uR0iiLw+CdiOVpMVLxaKgVfmth9c698uJowpj+QXJZtx8jH2ZfvBcwhbn+1CThQpI5vS1WJ5dx4yCqusHRFQT5vpblMh06NNraqxOG07XXOaHyiHurBdFOFANOEnXDKa5rOZfqqDsGSbAZn+RN534tBE7ld2HpLKJZ0Mg9sp6dUbSIgxDB79yM2KD8Tz1cjPJS+KhL115x4UNpoIFiVK0QtZyUIsgMyg82X1yguhIe3X0y3xFGCI/TOikyVdGo0AK66lCMoeSGf8+jx1Lcpb4lzBd7jFjhvVfUCL4M3GF92IowQ5XxAcsW67XkA1obtv5CEzqqNc2uRpTcItt2QGW+yEK34cRUI42K6beQWZo9EaBCr/1RNMBNSzqsXNk49XoBZPxr42m4lX3tW3BA0DHEWaxJ2oVuuE6Q4Hf9aucfTLkEZt2HNkKxH6obkd6CDxldRViHSBNM2lhFswhHA4ORd6xUFMhjcbQsxNIaotEt4CPMK452Z87aZO0/gdxDnuOUP/WWD5wD5YvgyO/0a0i9r64SO3RCUq1Ld6Q63EBJIOHtkOK2qvn0VZ5y/jhivDOi0W08pJv4NSX7iba64fPRJrN4PYrYF0nhn0kw0Ralh3fdvMbcylb+yRU2nt+8BJgTMo41rti0AR1JLHBAkd/s6vBq7urzwC3F9zsvZycPT6SkahYM/PRTHbwKp9hK2sVHVWg641Wecm9L0OIXs4bLFs8YHJYx4x1nordhyrsVO/F4mHAm13JuMa2EtTCj5AHFzlTa0TZuH9GcK39PlHszEtQ1RVkto8ZhIXcGda70BhjJodQw5EQoLCtMheayapr/xaBPw+iIDEBwPF9u05nJGDPgSZ7nGEZxAsCYPG/Aux4YJvEkhuNdBXN/adRx9ucrlmcPKy5AdXkjzVV38qskIsK9ysAODv7kPxvDNjhjpBZ15A2WK+3qQru5zojL7Osq6yKASlvr7hFhgg2Id2T4dGW5prRRbvhb+SCydgcFwg93GlPagLpgFdhWMtC9Bh4Cr/cddFaV8SZZQw6E5c/5aXcUyhPR5ObaDgk7iaDx1k5KK947JQ5uJG9Qh7kb6tx3yspp7eUmOjvE1c56QJnrfeuQFLwD8DkduqAKuJ1y+Yfe83ijJ2htYft+tzqOnwzsqNB2EqK++04xJuuLQ7DXij+AzL+OKHRaTJAl6LRZquVo89WDgLJ/fE2pLhVZ076vlHJeQL3t7+5bq5wrIvXG7vNcy1DUjTHZOzU1k+yi83BBRPyxrMskSqjXu/2/+tX/q37lv2T2NlvKanzV10CRsKeF54zVKs9I4s58OvzrezUG0FFH/Z5U3v+fG+U9qfu0D4ZZznTtEHToIPYkYEE8LrqaJO6rIsGbrWJG94GgtnTM4BoCm/Z6IqNJyqTx6k2iF11ZOfrgMnRVWr3lE+KlwtEXgBYiA/4DhsrNb+tS8ZJgdAyIY2FAu5htTvyDD4lKKkNLHdcxjR2ExL9YM1MaSoKhs1iOx1S7NeiOr0yXu+3oFKePTZTz+G4a2TymhKaQmsc2jYKrztaz3BV76X49qEz0m7L3uxplVLFpPwnDKe1V0ppaAZt/tpJEPY0usOVcyqQLJPl2CyuD3o6C7kwh9LuEvGeL+IQy1Gr9Wysth8agStTe7EUSs78yWuHsurhxf1K+wWsUeLTN8rAsUHrbS5Bw4jxKzUVrEDBxAilIMQnreswFMlhHG+HpTdWNe5TpWL3koEVr1hR1thutxU1XSWZ80DW9aTNafySasGIgAtujpjEgZv6yBznlqjAk2ngcktTYYEQcr61H7R+95SN9d6fEssfdto3hhfMdqltn6Nsjt6f/Dx07cCWJIURN6w2K8wJI5zXAF2vfmsJnkk26pI2+svvom1nCTDmxUfxaFMB7jeW1q2AT/26OYJ5jioInecX3Jrke0nQRFXckbD5qRf/ongp52XtnlWgMuPIWJDdRd/GGmu5Mpmh7WwOtY7ad9G0FepJjuk4nZotUet6mWkYOTHKNuDYyFqoSyeYkCdyq66aHeyqTes+Hhxk/YeSdK+7VlpO3dfy6cBsOXEqUnrsBgw30lOy6bnzBMPHmpjLrSWk9Lx+AJlrx6ZYp6LAezyko5y4gg285DXi2OKz4bC+9Nfg7KSMqSbpHSrIoizhN6oGq+cuGwswZt6WOFaUc2rppsR5ZPlBa5RlKkqwMMLRmwF+lT3lrMPkgDrcZx+CKkIYVnoM0ypXUQ3KNzr6B+WipTj2rIKOVZflF5NgMm25BO0cTLzRQ1osTyEtQ3DonbtU3IvzYSqYaKIgmdWGZSKFTFDPkqavroORkDqWb533IBiL2sNCwpLRV7YKyIYg5pm46o8xwDhLRiBPZdkjuMBo+EVFriDFUYARGKCbC60m3eZtN5IW+G56bpWiXycXGjA0cGhIoEa7WPGYfBwERwyZlyORBjGqJmdoA3sCj0w5V/mZuiafyGBTczE6ej5V4PfHS94xd7NCJ0MpnDPVIBzF+jpO564lUf5EULPkcQtcGJrKUjXpO79c5GOw2911ag5j0B6Z+Vhlj3jmJUzWqli7Hj2JYxPYrlOj9LJJdTRfGD4QMNn0amL+pMq3aJVhyq3Xh9qb2Q35WpstEr2tVSTRogcuNLhYyJUR/FQFB/IZnE1C4HeAaQV+3JU1zJp9Mbx7EWlCM5vBmfdVzfq58Oo25nQqeD6XLFHHi+kxSKWAmfKpmLGq5suqW8OYB7wd3ecNStmpn3LAoIzSclYizdsWYKoi4TEGqQQG1dKlQGLWlmK8nLHEpS6FrZ/e9zRdAXU8oTy649UpPzKgAa6uadJlBboqtFJQ83g9XUbIyIx+JuOkncRA3/cyn7/7xuLTD1n7D1VyS6kOBJOMiJkPCkJEh910bHptrQG7Q8yVWfhwKTPN2fgLGbzh3+1pZm5FCsZdRSnw2mvo9Q0/R2i8VnsqHGFHMlgDL1ld0tGVJGFcvdBrtE8WrjK+XWrjiCKgaLXAHt03cxczndO4zB/JVI95lFEUz0dJ9Dk+Y5Fwstu2/OAwELVM1V+tJET8gWZ1zeBxRpOBgZmZs25WEodTirDeU94Ia0PaOGwTt46TA4JP1YMBJx3kNQji1UMRYpQUp2ayylkIN3sV1TfPvEcFBt6GcdFIQDF9Ow8hRNgGaPooC7dAPKg1XU1ekVOe8+NQ0nSlOVFv0WoJH3cHohPspkLFk3wYtzDfPW9GqcydRX1EmNSO+32m77U/UtdbOL6sGRq36MoNcOji+fS7faA3y1xYdXJKmYkEEUh5mIRuZ0j4049E/hOajYAD9/0lMhweLwbspwndtNOgNL3a7kX50JiL5OMwPQbLh1aG4QdVcCsUZxEjBA80viFxyunqh9Nsp4FwtoCyacT0ubjiQPQ5AtDYuDvwmb3xYGcYS508d9OYQ56124Bvdl7EX1FiMh6oN6K7hXnPrlRmprOhZvPL+rV6IWhrAa7weLjYXAMtjny3XRgDax+XFCbisy4EWt5pJ9EGiQA79sfrTewEq8d5gi4BMkaUnPogqyk482Cmz1pui7hdMeoLKwuyli4GfEBUOs+ug+2OCvvgaeexTZ9u4WI5gyHGyjR9CWkOzglYVLcQpdQsY0eh8GJrP1/8RyB9aSu98MJjZb1wzMKjhEQzC99gEcOem444GWw/VehFQkfySmIU0qMdxoQ8STeVMUUMyelWZP0XmEheJGVgde7/okvL0K+YMvMCU31On1NJww86006JOsUWum3DNpbcr3SCQ1x1rXJ+UFNKr0Sixzu5WoHvZk5RKzUwojQLOWWRfq4ZaFQfgsT5NVXnTEMuu9jxp7J5GkqgwZMmRkQf/1vmGdFaw6qYgr8NJpwDDdxtzm3AFGT/9zY/3CibDJoxkTrSM5Ap7lhQI8CJGWjBEyu+c8WFDXxYVUBBA0KWV9X+krFdfkNvaq1TE0fDdgDGb/WCsUzK87fuh+OMa7wEqIuEhPHLj8KuoEUM4TkPq3YvSuE8E+qiZC1o5kaXY29RAaFIZDcCmpGXGXdX6u9XsltrlHthSa+3+8V9RoXyvkstX+er3G1fkXEPzc3secrv8memhEVaNbES7iPc13xs485m5ea06RwLA8wt2UZtqVcluDaU69DbNo+LKCGJE/+qbXKiX/KLdjPn7/fMkSw/oMgR6Y5ODRlOMZKA5L2O3Lawd9yWfcODxgugTe4H5Z16p/b1Cq9/Fos9h366KJny13gXDYL26n3Jf39R3ntkbDY54KduP7APOqej53xX6w6qeLEdUjBsGtGP7AI77f4tWm87DYijz3cIB7I96HBshHhzz6TOlaNdPuG2a0v9T2ketZgmpeTxDhNXh92FyIM+rfYPamWusRfX/LAiyJHUwbdBNrGBaxEi2iA/RRmfKj4fcfKtdQVU6aTdb3HpoglJsAo7zBs6QTWCdiWolU1yhRfcGVwDhIqQdrqpyTRPJQ5gEW01mqQPbtxSWHLPMpiPtAErr8UySbbhmjgANjE8cO0wOyDvA+edUaVj1h3of16jMfoC7O9hxdBnzmhINaY3RXRi0qe0kSXfiHwM4fOdNo+589TEDBVYFe2GEoicFKeRueH5zBXme+3xyBXiwlgvu4DNtgR2IPXVllGA7bbkcSOlOlbKJZza/w+VoJio8g5Q30fbLKr/4FosdxUvRUOYPlEt8EajsqvvupmLl0D6ffrfcvwrD3qoclHyqhuK3vzN3LG4+gFdMkZ81/kN9ti65R/dnSLEXdwD2+UMQT3S5Q2tiHjzYDLZLiUBIboQY6j3W4Kq9CWTcYJThOr7fEk/6zo8A13m8b5llzZbtieeWvlWkL4Ku4ZcKIlZS4SmyR9/sY8vZkOczjOXLccHV9tJ0PCag0gF2qihYPHuaLjR3isnneXUUtbr7iZR530knGOYT/NBiF0N6FBSmAm7/LEqa/vdn8bvS3XX0DVqbo6KB8fTkNJQ3Isg61gX6V5q1YCbJdbr7yUzsPeeX+JEmdCaNa7K4Jokfz7st3o9SjA+a/Fdk2v9/BinuUkqg57jqaDQg+XkuNhcHHmf38b/ocu++ptiw2s7xYv2ZPoYsgSOu3DVWjBg8fwlRZPQXfPHlHsOUu7uDm9C+DBbj+oVpFwyYGCbMSc+oevCue4NDlfDlCmjYl0y4jy3/YTocmU4VO52nockyGq2W92m5cdRdOtVtAmJXlCwhaCxmWkczpq7VmEYpMNBNXh6FYtflLODZOUhKjhznOk9qDNOReXWnK8j4BNyAHterhxJhdjjB44ncqQ/CBPeDRRv/8igeX/fwRohr9olfXYRoyKgYLTj0cSklhtaz36Y5Z+tlmN7Vr7Hjz6B6WTVQB9nElmSr/230KHqUx0IzNyVNLbxw0tMVA7FsfwSgVTt1c5oov+WV5m6P+sfZhd2/fEn/TVF/FO/puCbSt9DerDR1QhVegFlvRb8ekIoIQhIPdGe0liu6MBpnx9bxicF+d8ij/HFAjbKfBgTEJBjb1xCrUG14BLtXoGrxsiCPOdsHLQjmMwbLPhmTG1FXpU1IoztOxXTI04e5zJ/NNKXw2DrSagzZOFuXyJ/nA0iMc7AjZfYYknvB26Z/O1CTiSXC4bJtLHFx5MPeeCjhSu1UwgNoRyheIdMguAwGCNrYub5DaGempoZiWWiYaosQqNDT4CA6dHfs5V4QBR14FAMXUc5bpaZlzVxsSx1N949HW4hyrkGJ5oqkGD2HtgKELMpC6ML5iLgo5B/itCORokV18gkoOvGkSohmVNfQaKfAKhgw41//LpJaIHc/UcU2D391U1Psl7cjW31uVmtTHacv3k40eExYwTvuHUbI4m7vdxBYraX1X9ne0WjA31bmp2zK7fiZL3ox3biRO8DdHoa2doTm3+wm1MiPDjAhr7aP+LgMjvTDxPoDFjyfeuBwxiymDC31RcbS9rTP2dQ1GTAyIM3Eny6fLkCRMpA0f0NheR+WOdnl/+UhzbS19OEtqudT8DYX2q8HFbu7vK4yw5Cy4zwnFgWIsWJPPvYRPv72ZIxAwNTVl+o9eUZFz++wc5wnz6V/bZuzO+UcGV8LYMK0WTdjcEbZae/c9AYl2Lz0H1GKNqUHj2xD0rPx97M+AVKmRedFiV2BKoYdrinChRcaO/rhAtGWcpoo/c8i14ZA63JtBtQxkVB+UxqTpqWU/+A1SCSHKgWAUCpMhHPON3WqBp947lNb1/57npPkLXeNVq+KHe/EH9eaBMW/PQF8IedfrPzSLx+9+kb2Kjt0nfnaD7GPtUXy26O6aXIGvx4H+pomcAn7Ad68PnAAGlXA8laagw1rrvPE74BAK/r3OSfBOf38FQitOGFER5MhbTW54qURK/QydTGPoHUC7Nt7yZczJwrsbbzyruOO+NJnxK2HycU5+smMP/H73Wf/+gUN/ySSFOrJG1iILd0Tmtr5wDJVRAKtOgC9k9cmAgZ2xbpCwFPClm5+slZm2PbRjLluZCzBVVSjZe6kEF2A7HeQcX3dGF/Io9OZZmbgg1L2akYtVKBvwKhv9VJ/F5+4orZ70ojb+MZTrZVOmjhNvcy+yIv9sMN6i9yufbIPPYveDQD8yfMuYyG1efxsGnQuPiZ6AHs4AM1sM8Fo/mw5MM3C3bUgdS7iMDJluU4UAB/O4I1Rz71AT23kMLoP4YyBXk4ZdveB3AjkxdyE9CzPbhh1jtQm2888pNB/L/JQdX8A+Z3cc6Rn4vuEd31JSUpCUeJCiugcUJFozk16vl4N8QiTVw3VwYTeu1+MEwhj7FaRZN8aO9R31NaecE0KXvgdKWqlo2cas6EGJ3sXt/rSXDhCNwtUzOqEpF+ll4ioAt9XfVuCWxn3fM1cwYuuILWdEDfdwdZU+c4bb1rLblHKZot6mDeZuvYuLAGWIik/5DYKR2yjZL+nX9wyXy2aBQdVxGdTARQhyPaDJULkqUh81XQeXHSl1i3T/ih/vrktk/qF2/+t2z25O9Uv6aACepruB4idX7qXo7Gm6H6Jpg/MS30xxlyzVmTDvCXPhkEMR3tcxBdbUx6R6sb9blk5ECkO0nfffRviVAmHA5UqIL0JaLBOpDUmP5wdfpFbZ+SYxWbsi4vvDdL5XrHP+FM/c+aw6lmXAcOVPXBLSOKr8dKfBEUHSfUV8avyigRqpsNDTF4iUYHT1MZ+z9PL7aRL2tzDTGIJFGxMRZevczM+EBa1N952dLmW8V8dYm5cEUEyH4cGx29gaCrFcNpO0UF4/KBtLt1HX2waO/42Eoiv8IgG0R4037UAILwIbxMP0vZ4f7KNV2mt9VmHD/IJVrjr2h3qeLKr0OVOU6DPotk+ZY+uLQ5bqhwpc2JkH6i8Dt20CNlsy9hAbSFMyL4mXIOTHWOTOliscujiTRGUT5jIpyoMshGvlhSfT03oQa0Pow4ilylFJmtszx1jaYoja55c/4ffvbtTtYbn7f3qdqJX8qs2zWDAM19pX5jQleoL2XhREB15i/fJ3O2nMFxCtVxOtXz2qyUei8/H2SXhIZ1UoKPxnCawplzEJtJ0lTqwqlzmGCio+CEVMQAxDr2NhZuOcES5MB937VSpBJBS/x/IJf81AcHj7lP+azkHZzXtCnc62smGn/G9mrDAoN9XYAEty1PBn4ViVPpAC7WKMIPO7WihVSGbuJx9kKa0T8/NgIR1OaJ4wwlD4e5T1MioPTU8Ne1a4GyjfiEm0PiZNS2DS7OE2A3mkYisFb05Gkxlna2zyUA2Mde5LiY7168CJU0PVew5L8c/XI/r2dUxqmvHA+KFmzL8BNysEJ0rROIyumXiunbRaQ3QhfT6Cxy9uI3m5BEXqLDc97vd28KgAlEe7euZDDQuPnfPkBGJf6Y3qpu5JGz4y2lgecPz5QHXljVEpb1XwLydAxxGTe1jLUcQhdKOLp8DmTDKSww7K2G0gNCrUZsK2tmuTTxZHFhgPpO/imURui+qU4KyzVVUp101NiSbGYIoZOUcFcAp4/Pz0WJRrr1RDS07SzMm/MeJ366AEehUcAc3nW1UCJbGqESBa4vzV0TH5LGvw6mDcMy/783/JQNzVfhgeVAlGe7iDmp7yfEifdYRbgL8TKbPw/RZx/opyo5ajzZDRAugBNLTxZ7Wjd6DYzanGLOPHh85LoYY5Gn7w7M7R9ZQxrsf743QKXHx46957bSysEJA93e4iphjpAuZikLMQL0HUpmiisIZcoOS8v7FXJZEqWqIpka0NeKAHnNqIVe6GkrY8dNAdtupg3qwY3FKdOFHe7Bi/TxZWOd++theQ331kZim/2zfsxiiPs73wkcNJNMG41QvNAIj1XDAayvAE2QqLiCFWBmaJRLUQdxeumC8AfLOd4yWLWIWKaeXItgW37LYY6SQ3IVnpMVkx848rNFhxLMR+C3xzTg2olXfZX9LXq5cFR800UBgEoTd4Cc5ZZL0Uh6rji45+W9R6CS7bmU8FyrzbUs58Jbo5paOnM8WUTyUqcyCT5+3s4aPWbFCgGDFOqYuq40o1XrEmlAYCEePvVc2ypglC6EqGOM0bh6kE24wK/RlxifvL8jR3zsia98Fr9S1pKzt5mosvORhPbRnp9ftKdBUS/bKiGqVv2P10LRQKXgJHyheXg8bnJ3Q8EWXmquLYFW9d9ezN8fvy9lTu7IApwqhzvOlPxAC4LzihTpp6S984Qun+a1Fn+OoqwFW/WBuy9exsAgNMROy+VSZLSpFB0U57u8wseVizCqrKuRDuSFKO7CuyWBdTu45I33lIA9wzyKtuphsW4Rb9YiQI6MFyf5SUY4iCGfaP+X6dPUSOGOXIdnkdPG/kmOZObfhxhv7inH7rNixZuMrbGp2l9WLxFfIlboR3nLNV90alfCNhyxGfYYAfY8d8kTh4tkQCLiEk0TdhikVJk4oR3lniWm6pcyNSv7CrS7Sa/WhW0PYcumDfpPsfzZh8HJojtJFAoXORWFMEVbqS6CenrRZbsMJW2db1fkAZUJrhB4qPb2jizrqY9e5prc/kn6RHhJNvGEImZBTPOc6NWEYwffQuVAcYJBljJ45KEyNAEl5FsDZlKIVo3dqu571klhOKe8TWwgkME2P/OHONWRHulVoNDAvRgjjgUhVg4yN7Ulr9Yli/awRlrsa3yt+mqXJfet19cIhXJSEb7kN9MVez60tzKejW42sg7+6rTjAmTEHcWUSB63DQqkvC6ghnkMvpEkEX5otCuA07TwgiMtdJYC4VDZxzlxBS52T67oi1VjCr22tVfwmwqkSRmIYv4QsgP31gJ95wk/kyilnK6pq6P0MivTiC1ABAEdu5ceaHkCBQvDrdRfAS65lQLK0AWMBRELXvPezsbJRDUhZgEmSROEmWy48KoNBY2PBwJJVbk3LvKj2yA1r96Xlyxve3SsrHnber4GT+9TexbEm4HF6dNTH7qSxfcMD2nwMYXxvqvVUkvAkj+oq+8f7YS7AHGq3VHJzSlm+AGAU3bAZkqZRL9fNPpF3t5Ft/xUbILNTk6Y111t9vFj5onuwyf9tLwNu204lsdZG9TOeXHQnHznjvNC4IJ59dNwcxdyJ2/cPmwadAEHKe316vsRkgGqDU/9xdbdOLSaX/tJpFVgnwOYA5yBYewbmgWb5agbOm9ut3ysnN59IPXvOA0gfCojee0d7SSNMXRQ5IlMfeqIVYPf11oV7ugFJiLlCMeRm0veMrV6po7BmqyF9anaFuziHK5XSEjpuDTrtpBmTolWXAWgJtM2svj2ne6mq7WU5Ke6reR6W6BnSqDLAeTWqtY6mH8W9ByCo7lu9PzqV1w9DtdAMorC3E6C/ZmV/1MJVL0eaZj3PfbNxbdLTV0d1QZpa5+H5cDD2Jw7kGFGmIKE5WXuW+x/BCWgDjwdv9lz1R0yOkscrRfXIfpY2tBVI74xjVKZ6FLhVz/pkNNv8/tOZ+PWoh7hV5s946aHWIIueTLEFIYeIQ3zPlZNlBVPlLPok8iI4aqdOnFMAR5rQNVIcVzKwDaS20xsqOL4qzgnYf6eik0F+gcnpSnANpVLcSXC2pTn9uS0jFOu5lU5dmWPLhQ6L91Vh6CS1IqJkX3MG20FmBIdxlmRemu6TKkZN0pO3NrRmWjPc1jw8U3UitRkdkCCFhyYEn8Ebj/XUFvzHgipmXd4x50as7H9X6ccTla3H9TiEoUPh/80upY+SwmAsuVcFkFMOAcsVsQBE6ZAJQBl7O4jcGQi/JnL7603ConGWEsQYt5JeBK9a6As2fuXfNY1t9oPYNZGrJh7LO4F32Fb1IwAp1OjW69Nd03HacnvLzSEpx+EaQj6COgKdFGajL7IiMROCHKnr3nr596r9+ZzKHkDXXaNxYCmzWNIXf9lXrlGL1rmaxhzCXE9wv8C541CyAzG3I7IjNdvD4p2HpeBRZ3nZSPgg1yONOTawqH3+IzSbRsb9jkCiOv2UEfkK2aPESTNgVOXNznynw7vL+lGbGFb8ELG1oJthPCDNL0MJ8pPMuDTf5TS2MDfO7rb0JRdbjMh5c/+9EiQ+mLsf8VFu4zYk/DWX4SDBl2iLijx6S2WZFGkrjFnewtZvMAV30zYf6CqKNmvLKITAWMov87wo2yRH3870wa/J0AXOJw0BG32IBBhPKrgElwEK4yuGpGmmLmJXZOZ5g5OVdxotzhIxiSsAFkbk1kIrC8SKGlIB0Oy/8LZGuACWQAFbAAuivjR7QKtENmx5ilre5MTO9rkzpOntZFhEOLP7RU+6TPs0A7Lwzyr6W1jsWzulp2qxbR9WZqtl/ac/X1zyh1sQb73t8eE8DdxU22RfW7NjjAeieT4zFWdjvZW7nmHurdy5Qgmaal9KsqJ9QWjFUGeorHTtg4Vmlekn8tvnthvaz16wuh6pHL2tLuVebUGc/+glAhEuAeXjq1wpd2O/e4V84C3mgBYVTNaqNfM+CDkgzEaRabQfdIjdoQAEefrQusWPHlXqKR8CssBdRisQPbNz4J6Sp20RsXBHgXghS3bB/Jb96wuDPfVxYGij+bs/fYahna/qFSmOP5s/3gCQSMMYtGlfFt1IPLfUTDY+dGN8KIZ369eDXgIaDqzGXpCKBz+VQFZAvaktm/AthE4funrsltQV9O1+bUkZXLFJcX3ecu8M6p5Eh93zKmcY02brnLFs5H6QKffM6XFnw2NV1sVW2vjJRhSd7aImRdsJcMaxuqXPdQXSsH8lDd5Gs+mp2t6oB+pPVNxVBnKiLfYAJWytYgS8Hp5mxujUaaf544ZDLtK+MJBdUEjEzuLrTzxi+orSt8PLC8dYYtBoUaqzMX6HtCqZbbX/v0mEeruY1i6edHhNQiuUMgzGly7UAWwfuty+ytFXL/pqXgJGPgKb2MCFF690ttP0emwrhFdtosGZDDt4iOCNvGJR4TtkOyupsV2ek/4cuOnF6h1aP6E3Y1F6T5hYlceKh8sgBYS/hvGP60yeAF8EwWkrRMXi3i0Zno2ia6G3rhLNJvzps4l1FRC9RGcB0U90FhCxbQKy2In59x6+D2b0WTaaDcB90cbz4TU1Fpxo6jZVvnUukCCaO0qWBHMrUPglyPrVKMMiD/ccoR1bxTTEYh7KF9wESmmv6liriDxGXdvTrvhyNWCu2tYoDVqO8XXYuuxuqypzjcu7RrWctaeeQG1MqDKJCQfrxy8dUEwEnKmRvm4b7Wygm/OtsEpdi+mz7LjQHRMBCW1KNvAQSdqNgopEbpy0Sse+iYnjEUOeg/C6yXSzyjHEKxERcbY4yfhq2rvFGNJS/1lmKcgvd80lIxanoVc7P56VikAg+MlhgAi26dBAYOTIQWEnf847S+LjdmkNNqVXCxgAO0smMQQfSkF3d1B1OTC9mOw4t8RtrfiGosvCrIDOL5rl+5j02JuXojt28OFvTTfNg6PmCZMXKBvn6gFZYRKDuzTIWldJCpPWXuNlumOYP2pLAOVKXGL2UNcQpPvYOsJvOCqZ1cOjg67RntVwPTwmOPh46kNQ1JzXCY1CpFO4tQ7VcLGj8sc7z+xIMjR21Gq5x7KSg5JF7/PSHmVOcYv8wU8YJzFaKQKGpD1DH7l4IwP2oAPJlHUFKl8YGbCnGRjBoPItt/moautjqz2Amdag4F5bD/4AVrJjOb19wbC6XHCBZ/DafC6DlHiTHVsWloposiK7baTi9ZAJATkLS0BrNjp/K8ehGuDmELV0HPcsfVT0g4dD36d8UJUOBIea4Hd80Zu0dkSkjcmGdGvrNc+QBHFLTvwB3CRHD83NA+bKcO2F3ahFz3IKKvSVvFLcerHoZbszNA8vmoyskXjqrBewL9FSG4kis/hWuflBm6ZHZ/Zgy6uj5fog7efyDr2P1n7UTU2x6xx5YhhMRrBpiIUT9DACHH4TZTQA/hx/CJ003jg8zk6eLfABEzFAvf0DfT4ShxtAbNz0bbxFbrgFb7qRxsaNblM5wPFsNfHQdDy4u50gJ2a1iba8Vr3TVmy6wnc2NFsD+smAUH5jWpANdslNmjqoWJSn7vdYd/VeMMjfYXrFWv8iqQ6/BnH637jnoyclDG7scPZ8VH/DccbC6r12cuX42HsDZ337ziaafIgrsjpuD4wES9hlF89VfTonUdVViXXfdc0JwELqQyOcbCwjfaBcbgHv/qVovl+7PQyxlW0l0ts0zdqBWmFxgfmVfO2ZdRJ0l1xunYegq7OCGeQAmGeIVd4HOPxQrU7EPhXrmf3nleJVNbnaqmuTkLfCvkoNTTjxw8wIFIUWojbTrwMUT8ledlUPaD6sCB3pgUv8izQ7zXLtVPMEr+9VEl6917AWbmiFhpcn6fWpsUyjzSgaStD6Tz1kcocs3N7XT8MUxSTCnHbL5nln7FJ+t4h46SdYC2MdpUcWYxFLhGDfvNj40dW8IXJE5wNP4l59BRJJZ57OE5JOXEikT/RDxBmptz/3rxSbqGnLDhQMfGkJ77Ax1gNblL+UK7J2b5bk8FswB9RhhlhEA7qzPuA3ZKJVo8Ju16nVifo38QXSdrbDeDpmuPVz9mKei8AR2AlNIb1Nk7cWtz7YQGLX9iP3mOUOzMmrQoHDWnSvom12RUvEaEi+jsNq9Ec1fPkeEqHZeDmApLPEOQEdg2XX2b7OgW76+wix873tiGO2r/ckymja9k8+TIAHBNkJu493mf2E/Y5LmviHWx6Ez/W25Gr8rlmYFG292kjnSlKQYx8bmXCgc5y1ki9t84t3ovp+LNKnNdnWBmv2wRB2ntS7TazkbHsj03mdde88H8LzOAkZwi61SPh2ziqE4WcQ9iwlflHfj3vUUeVI5UnpOCEHUft4+SvQN2huUc+X6XLXDntoiKrE0l+HIWfGE9N9f/gbd/D4iHmLlb/vw+6uEvaeEMtmlT7SvdBSXdjCD4YNuRT2S1TfDy9CNxooVQFz9ccDUhlWVGTkcvIsIBpunnNYcM1EY8cFQPcaoxCet8ZWDGDkLCqUg4xXjsBPuNQc1s5vSfg71dVfOsIRJ4PeAtMptu57ez36glhcfq5zorrvYeEj+o47ixKHOlIkeNY1oHhjDWDcTVyExRu9Mm9CvbZKNlTnARoCMNz0+wRj1x1lY2j1TEmdiMsR6retzNa5JaTPQ4lsWEwFLeU66NZBeY52mLJSxnf2WPmWiZ9KH8yOvfvnfhWw/Btit4dgN4zJndH/2Z0idWUez+YMF54s/TJNoP2l/3vOncp/7mtjrbPJLvsz2fuL7O+Z3di2v5438YJ/pX+dZ/V/B5+H//1/HprXQLLB4P2rGPMlIyNwUI1CTm38LxLAKamYNkTenWQlvg6hmAIIGSCzJCfEUQVitmVU+uU+Zm3uEUwK7E+JCEyZFJAitbT82imsFBb/W+w29twR27moomdALdLT0bgg2YrGMSXAnz7mYm2zrVVSOtyqxO5h2XGPKJA+keGocZOJlsoZl13g+8zHJZ55UfIznp/SIOInzKaSmgQ2n2GezTv2+bxyGd/wnwiWzTRUfp2Q92+R8UVVvbHRiy/Io59POihvjkDEZK3eVQ3aaVl6duuUkqDYXnIqOol+eENv41J+9/5HSb3li5fQGmImbkiyE0zcvRTFw6W9Rzbgss59dNEu5uxGMsCf7nyrUMlMC4GJ9HEliVOEVWu6wmia9v+65cVg+GBQadOiVHiD2Xr7xqXjJrqtM0ot7+b1CpnJOYZDIJAm8wLrzGftmZQ7OPgAx4lp4hDyeB74umjtK3pZO5egURt7QvGEdes/AK/kqQiJs8M7CS3ATDTZ5Npfsc83Mz8aIn4Q1FxYUVCF8Yn1JxvqNcKrd6/KjoPxTQNk5ce8tyVzs3/dFrRN0hvPZNUYWnWKB07w3vdsKS9viJ2GNhdDtz83jL1x7Z6SWax5vbRraRaXiOrwU5A7nXIpTkyOW7Q0sd0OtlK594Rfclcvmtp0f0EQYA4RpLvdFvPqcZgZksxq71NwCcwi/RIPNAHgBYavvFlhzrv8Xlpgnqske5/l5ArMBq8hIzKBLLvHZf3+S01W/YIB2RWwH7gAPcMDb2fG0bz7wj/QD4QUPNhzYbBEnhGXI/u71U6j8ST2xnrd031uBZE/NcSDLwlhfMjPKbkR/4Hm8o5NtjhAYXeeR4A0yOMd3eIenF1ebu1duv9aGyqCrkWjI2H32AJ6Dr3TL8rm3k4INNIWZrvobAACJ7W7q1a/pA35yVMDhO+TJiBQX2gj2ShIaaTyq6I8ne7SGRJDg9mp6uqgYVV+lzGYvhC1NCoih/FqWYaA3RzAq4PiIs3GaJKDHcsIOfgLt3xm9ZYQT25ZgFc/4OW2Wok5yuS4BaHQdzDUhrnG+XSCGCpBYJw/VE6QWOyGx8/QHm7M5Lywv2e9g9LgxKhg1NODzV94f1/UwM08ASsLmeFbhLAMoSdnmAjTW3PG2jo+bCsH3KxfrrG+/OqH0io3anAeF/xOSWF60CzJ+5b1DxyWjxPxrZ3072EpeTe9vzzxkvzv5PzsRrgBMoTHZOB6NvAbZAFjf9pohPSvdAayvCcD+dI8sdKIE/jw7LRqXd9gvfFE5/MqxkQSed60lB95lIUbimHqJx+Q4mxBjz+pqFU43W42n6THEx0fPLd+vuPhTRniO9s6fRguAAZ7BKQEO5VyO3Nx75ojohVCaGs6DhZLCwXmKP3/K26b+sdHOixntTy+Pn4d9LDOAlai3vwANF1N/C0kRU0unrRXL2FPBTgotmGwwCzQmMMLwQYP4weDJMu/7gOVRd9kTbkMWVUDTQSqlkeYQ77WwO9HkUi1r1afxnggQ3z5mKwquzLj7sG5io+ZeziIvF41O7oYXs/V+yOTrFF3Ryxpushv3zugDhMXc3Bjy0kCv7EyV1EuGs+jrIQ08PNuMyso/dqwdCXFla8uJtdtmO6s6PQRQySoHQ4puuh7hsCceBtgDRlQuvbRIhUEQJ1ljJNuj7e0XrdVQ1os25ShWFzHT1MIrlZXbHWTOxdu1wGgeCwCHsKQiFRnO1eDjqStrreVUuq+VA29LI9guniu/DuMZbLi9biJrO2bLi6vb9KGNT8rXQH6vuufli0D46zg4vvBaveGc+dPzELO5+i/ZHvtmo54bo+izuOZVGfZUvS6q8Wn2RFXai2spl8sDBMSXh4MfnsvIyayjH1d3CRKYQFBM030pS/ZuryKJuEej+7DnN++GAf1wSVNUWmhiZjFy/6YlMi6GASQhzw0k9EIOBPZt/QCB2JT24GZSvsi1xruWY48b8mH+aT5xBG2qCkoWR2rSJxe+8O4m3ZitPZyyTLLNYgXqoMsN1Y74fpgxl3rMt6btj9xXxQYJ2IUL/lW9qkBhsZvb9bDHUlAXO9MfT8u4E1ra3NmXh9Z21QVTffQjT8gh1Lf8nwCKQa9hA2Eb2sGS6TcOPMMly2dVoOyLJqRH5kIqaNP/RmIFtwf96DLSoG/HFINSdswKNHBFZDmmWpuRl+bs5ITm4Z+Uumxo7jEOZNX2FcYQgWwL72w0laKsbvllB9+QzytEP04YW+ZcEBbSVNLAIf7PGSQSv0cQnqmM7T5fg8ZXShcioLikrAfqOitId1GnWInlQAGbAOX4kRLBaEbvYTGbm8LjkZD6zXcR/vqwOZLDsFHWi5Mw8txZlp41YR9V9zitVdYUWRbY4VeoyMI24640U1GpEh0Z6ajg2jV5+5IJ97GVfyH03NwO6t2Ov2AUuepPC/bpxYnzB0sEWIaAhEiwFWecmBD15s+hPaZbFeaeNKbh3wQoUVXAZEXd98P2O7JbEmlhkJDQG8/EPG0ytI0GSc4jOhvmpur2b6yKgX3jgNNDgIMBkIm5CIox+7AkwNiG0JOvs8+0XU49pUudJCmKUmM5Wc9XMVXgzg5BTx52PzlOL46j9otzYbExjHVxysNtueUJcKJWy0FRMmcbJ7s2YNh/ZBt3Tl6cGm7zxNMm943aM2LjIYq1yApj2R80pZZiTzhs7w7P3dedY6Fvg6+7YxeFYUSEuFpWDuO3GRfpsS9TuLviXI2eA+Yug1fx1ZWA2qEPdN4ZZ1NkP3R0wTBD6DyUXb2QNyT2o/3zyLAoJvNKKh4d7ACSsbqONiBEkHk9BEzXF/csJvw0+jC39xMADafIpYE0wZZatGCRS7du9GA/PC+PdiHFXJRHZtYZ8DV7teL9IgPorL03zAsVYn4w7a8ZAKj/15vWDyDmehAF3gJXu1TWfzEu92sv6QRFia3u9w2l4878tuZjsRmrv+e+PUfeul5y9HWoA0SAKmCCs6v6jk/5yNNzrJuOZuqSyNh99OT5Y/PmCOIHpfdt6ghvuPhB4/qy2wYwjdeJpUPNLwhq2O+IWa1XQs/W0mbWqkQL/6FStm7YC/wCgFu+7zrQHIGRCvxJJH8wGOLhD4ABsh75IlyhDnoBWQtVDNAeAVxeKu92wTQZffG+Q2J0iaOBWLBmrrrnnVjv9sqoGEnZ5G32+0psHb8BkWmuPF1mxRjPe66brurtQy+iYe6bRBIbJXRNmDHye1wGJLkyRgBxt8+9eI0BACeCgC0hckcz3vh/1hndDXW1SG+WPy47rJjiZ+/ro/UyIeYBrPqHYXBMPMSEmClWy0psBGq24cb6kiVJAirYQCQgT/5479U+/VPJ/EHRgq3x1fjzWMS6wdbZq1he+e47zdujC/A6DZO6+9gETS1Ot6paz8TsCtnUcBUfUeDTugOHKsk63ixOHfuRaO2Q35jMW4r7saAOrSDfWfBO0AZ5vllF+G85l/rniIdlWN2ZvyNgSoumwj0Lbn53FB30mJCV1LmPk5Qu6x+MRawVsNfPj/YMYX7gxDLJF1eDq1055azbVUzVJ8VOwwrkBfr90v8SZ+vlLBy0VPkjrRFeph8iUkkdHUPS0ZtMjpYMr0IaqxZC1+zJf+GIuo4yu5dS8lqhBf8WaU9SqmV48WINKpOL4f6VpP6fRu8PKfIIQIHJMLBsro1viyufOd3eNQ7GV/aYmgSCmysp9TlUbBiV8AQn5sYvjo4rL78y/g9fkwN4ohhessfFAkzRxk7RxWhrd8KtqpWcxwGXPVTCAza48Gyfd+2VCIuXcyBUY3J7wB2zGbGIe53+iMmW+i9O9GcKV668Vovya+3WNLDFAhn5lJPMkHPZYzr0xjTs+0YuygeejjQ+3y+rdv3xHGK//ExTM0fyhmU6/F/AtzMWZznXO5zxIEOCgrn8ZTzOaf5d3FWl7HcKVAsYTCnukehjF8Ez2zO29z3mc7tecudsE7gOcvxb89hLsSXhS8HZ9N6rnNc3O8YOVo+86na+id1qxInv8X51E3Iqw4iLCBITMUGlHnY3f16Hmicyv7NgwPKYKDmBoMKiJgztnPn6migYym2g4+w/YBu9J+T4QMUfeZ0yz8Xs4hfWMAv327Y1q6gGrEg9XCu/3fXtSlAEif4ueN95H03Fd1xVOt83QF08md6DO5gnQFC2UGNk63fYIM5WsmA/tmJ/EFawbeD2l8RzYdDqCJHeugi2VIFzXkM+hwHsrBz/G/n4HuI1zZxvVJD0iepIfaCTw9ZnP2yBvietYS5zuc0RD807/NE5nGr918tvcdwDIbTnnp8dvh++cIMTK9RvwCrPVuPqRnK1gOHmeSxqewUEDH91aEXDT1+6dXfTnS7p/YompPG4B2QGg9A+6cSEALVns/QHuZPCGgOg+ufuevf+P1B9zODmqiZLaoBa0WzHdtu9mwSlSXRP+69iZDw+RHm3i85rGHV1fSR5GT2W+Vk4o5RcYTN7TsrVLRht2lmU/qll99FL92M/r8YPlB/vaEYKDhmlANNkSddkl2aS15AULe2HYJA1G9WF38kINsv+F1Zzeur+TNezazRneboyFF8j1rBPcGqTFY3PfXRmWJRvHVHsK27y01N78/eTLfR8+xDM1Iz35hOtwyPVidbJIJeaZ5akCSdggOeRpXlsuIUJCWdwdonmjoSQp970dZGj/d9LQnceuHbWS+sMiMxUhCEPV7LTQn+gCY/BKu0GUzNjU/6YFldPdI/zh8PElG4Ffb0Dg+8IO6w+f8gVetPRQX+KB+ZroBeF/lvsAh/AJqG985tlrJXtWjIGxmS/04QqsuFqRQZ9KFc+xBqh+tkSSPgTLzYPy8WUCxf+B/XFw7pFaJDt3TB8HX9Oki3+DblKwQ/8ZG+PyiGF1gu5YwelRSJ2iCpM3N8XHrRO4PIi/yutLzQQu/IwjHSkZdPa5gJ8KuTYShAnSSmAmQHXOfTDwpDdxIqvZEfcDdN3s2RH0cfAqoEHCd6gXgl4k70t/y7j3XB37oOwITAJB28oMsrY3FsNQT+Qw1bQuZ4okOBQm/q+Qmq4HxgBdy8HiRH98rFge9PZPzO0eGfHjli+h6i6U7YIt9LNJoORdcOotEEHKJ9Q7PN7lroD92Tl3OC3uOR70RkaMV0npKsleIf4XHMaR48uhxBfOAOnjUFSWrAFOSmpOxkej5APkObVwtjoDz2F4l0Kci2eR9opgfJbwmX6SFHDiMeb+Xn+Ix5+nlCXgHxsGQziCf5BAPW2FRMDvFqxoDRqCrbRpLp/zvqrbaGKjOY5lPdhcvp+ARiwHOSJtSWJoZhM0tq8qdPLdMrfHo1TywYO+MJSGhHPPmcGrFdLvgIxyCyxh9wPj+8Eet1AIfp6zR9BbdDEPhBVnGiduSAiSVqovAGIULDk9yYw0uovuerb9kVTuvjg0gTy6zIbME5lrK55Bj6jBVsXM3r14V+xXqbrmLC9fpFDVS9VaIR0bJ+oUHuJnwzgQcM1OtO7qdkVmQ0NLCUzEOuFz0Gp4KBBoQ2+oWJQ2kJ7seCNZUPFXr7wWqMSdZK0h8yGYIAQ4r16YuVIRZXoYlO5iRGKXJ84tuRD9tIwIcMJhLsAzG2XfCgipGKi8BHiDZ5hGDS1Ge+h6MsfXDr7RUZ8+Aihaw+ewgUCoYMH5ZE5AJHzvcFrdc0uOGFLow6toMIuWYDhMS7M6FwAv40AlkFU6mWh8HOlzrnPis8tAlm6+yANFvCNgk7B+oKOYPpM998gK42dDAnYge/IlN0rboAH7stgdLxrlg58fUssapsWV7lNXAGPl8OJj3njoyNGg1ZPCEYbKRa/SWipXPA/yKDEygTu8SsZIRfusPOaWwSGeLnFt7jjSKnRj2zI68adHIJx+mlJE/N9s9oZ+U/TCX8OuIk+/P05jNQcgBIHKG0BhfFjB+KIPbVT4JeRAnel/vGIP/BuvVj0y4jkmCk0aM/Sp3+js3HC1UAUxUjpSZARSzAExo1r00bzlEqs1LU+g3f1ud1UldAmw+EW4IH40JI0R7lYQ0PWLN3PQ826WtYT4NfZpa7iHt9LmVJTvhaisNT2VrGYd6APRxGHwokzG2nn6+vOXfPdKtnRVBytxemSAjz3TmXyVA5e0GFVHa+/LUD0hAiPrAaPSsDQlgoya/VOHxn70o97rI0ApiSHD9/p6mQAgoDX0o3qSxOSDZZtADSgjBFp3TJIgSYPnWvBTlxlv0m2hOYK7VDQc232AZpcYMueduiJTj9hfw0HIwNy+XVBbYeJZ2kOIdI4ZtqMG3Gks8/7G82L6idzjWbY6P1+Y6I+4YhvK9ZUUY3qFnzfBtMiCPimhujdWkpfB5Dvf/TEThy8apx82C3+DUESTgplqCtqPfQO63p5ffRA5a5TeRd1FWp1h2SiKfSrykZXxmte9srOnjdlsOu8maqCk2W3k22YihYhnjlHq2FxohHI9tWePpjyFtn+Ec4ys74lF251f3p4OHS+2ko6aWVo7Brb7YhVBtnA/51nC2Jui4Ik3fLRg30BovgBuGnJz9QWJVtqgsGtvdME/sKrir5E6idJ5/N7fqdoYjh/6CRRk5AYb6aIrB4TgKO/E7uzAfrg2Gk69hWWwaiIJe4K/ZN6EA+LA6LVnSaAmZL3refhcX957veQtr1YFbHN7egScGVSbz4MjgkdiJtcpk+vkznrgFGpv8zPzxBdh4uE83jz59pJhsWM+oXRHcj4At8qUOKIfKuQV1WYiGEgMhWtWcXxmf3OqKnJpe17ddmbYvfJZQv+9AKPM3BYHngSCuB/Bl8IwsUzFwXXTJo62FiLOlR64uAZWaRvaxPaKsuv/W26LrXZT1cD9PwSx0o092KwPALQYFhSJ1YiMBznC8Y9ERPNRILoyN49mm08YGan4c0FLkZqoNqZ3ykQHolIMM3AqZ+IDV345LmFVXXdy4Ue2JN9XYBg6Msc3OhzBOi5VHjwHIIKr5cSj6OLlmYCDh6gPcu4k1dnc1NigL/9n//eNsYN0/HuxOPJNZ/NVekNnwiSkmYA6KVdwt2e7bRK3YvXn55dkFUk5e/6y7gt+3ux6KdPlj8IqX356ziMC2YhgdKYwJYmmDsJPVyET10hNG+N1Y5mY41GtTTBSv8DS4IH1qIiFzui4qn+Io2eQJb3fXuyMIQz75LV2xkohYdT9OAZgfgAfIlqN1mEQkkWkG9AU4s1ZC1q5YyB9B86RKaHIHDhvivp1CJnAYus61kLpheN+vUzrBOF7I53sRcbpgJ1uZw8w1dYQ5V8V/GjfLPRLttBiXvNOlXO3c/zPq1nPdkXgvsHTn5ayACItal9BIj5wakOXWKhPd5TysKeHzzR0cY3U8S1Kv6hBBh+d6gUyMbMihOIPoYS4cM+PiqRKAa3Tvual9xVWeqiVEbTw6LqqeHYOqtMJ73PpppYMgQ9ssb265dW+zrQO7RyFRByEj8N+2MaYw2FERmYthB+ja3ee//YaKMHY6dP40XEME0B/yWELRbIDeaDYrU4F53eRp1YjSLATUFqHjG9sVklHd9umRgQ2/L0JrpU694oC86AoOU0VcAN43tEJpWpN8DkNfJJbB9UM9dkmeKLLMa8p8LiC7mWs9rtowoSMUORrS+JUe35A/gLS3U+dFhwH2jksNz9FCxlsNZz+CEV2/zN3bR+OjYQXGVcW1EmhK1uZVAeV8p1hC3WWjYxIWtT49T0430fBjYzdZhdMJpuJeiBaNXKbfsY1wKpZA/egq8Q7blx/RcMeIjUO04kMMqoZrxGEfKRkeAjjpMCro4yeOHXIGrYlsbE0ZGGm5EI+d3D3dbkY/jyOW1TIzCAbS0z9q4YNJvycyOU8HCMjeedqoI0HNURYodjF/mc4mx96ciQNjSBlz+F13uaJOtrt/8fin2HXiYDt7Pbr7IJQMr6vZO8fhRDgzR7hYjt7uZa3mcXcWs7ZkxwOMoQ08+6008w0/fvD4IdQln1a+nzposUx0Urzpf3KpIelrdYsPc3+Tr0uP2fbsG50ga0om8ixci9nB7DRvbIZGtVy5rdDXtfZm9JtlEW088fPbsvrVP7gTKtbMEgng/rCuJH7jz/fzbkyCBvSbCcE3J0teioK4HgIJKT7sCzHu9wtt1cwUIeIfer1+u+kqu2yLthiAcqIhFoJm68KQYkWTkOn+TazSNzvPHZmeLQHu5HkY3GWDsdzPblMTrAZ2ti+W23ooKhrTlhxOKSydLV/eodouKGjVcRKtDlKxHX1ewRMqIEFxhYakpxRRkOTdIwT14g+Nvd7ski4ybZ+CSiNTXyNNUJp/V3xmedsmvjWmPLHsbD7wOMw3c1zBTHfOVo7LaUFL0tfF7FL+4L4XZ5JMhvVGuxrbJXAgJmmQIdmNVHVVbHJbfFiodNBSO5fzW/811eAl81aewZFM06C1Nu6WAGn0Tgq0VEi9hczZNK1sXTRMaxjf6omZGoekBREVmcCVxiLVKIbXl1uxaSFICecXRKvm0kuWJTc+PSlHh56Bah/hLQCRp5SQplr4iS23pWATImZjlzSuvxACwPgb2ptKz6+xrFtal/ymqco2P4+Q8g52S1KHdxRn5Y2eNGcbclviJANpEHIj7choi/LsNu01FrLEFkTQa216nwxvp35SV1tTiwDAToS2DDr/Hi2ivG98wDfYUkMO7YVTJMJ9zVO1VI8ugBIV2GKpO0gjJ2rSrq1Hn61Ms5E+MMqKawvm3+OB4VNcrl7lu24ArzBlBixqnr0F34HNl4jTqhJoKEdRQo2jrdrY72hcBTVIC5ksEpdV5E/ATvAY9ofE1lAGsnj3BGPkFXnha0yxGYKZ7s++AwTr3VevHb0N+4W5wiz1OROqu9jUjLQ5ZN+Zmp9WLJ1Yhdm89+qzCuBwuPYK3SFO+mQbovxzLqNw9xmPwy4uAdlQB6DC85tv+J+osflvJTiw9Ikkd6FkN3mzoBflZ7yauxk24DrHCzB8Xga/NaumLQl+H2s1nNINX0JhdQd8fmKjuUYt6NfagO8xB7qUIs34uD9MvjfY22SKmuEJdMvrz3ijYJHrRanGBnLpwRI5QXIjbAmQU4jyiuseKYDPb7AQ/NAfdhuatH1D/0DiG/CoiViuFDa9UzS4gbcPwYet0An7LJ6HsKzwVYfsZq3JzbDRz21A/nckJq4+qI+8mDuuSUyKyN5HVuYvugoxPImuGjE4U7oTk5WGo7eTfE2Neoss+4s8a75i+ISLyECNQD+5bQvOeizT0mQrkvp6BDa2+7yjTcpgARIScEohTapezQqM8Y5n2TT9HOCTd8YlIvmeHk5F0upFMKO5iyrCBpOAVHveB3aXw6dN5ZL/bsVs14NdGwxvNG82bzWZjJPDpG/+6ZTUSuqBsa+5u2e5hostZ+adYkAAdeV6w+kMTN2bzi7OG1aaqWom4bddy+aW76ClM0jVKGuOPvdSEgltjo34DLVIw30kBnkqyXI0nwQAAk5bO0yzg7S+gZvLpM4j66VEn0y0mqASPJp3zGCabjOCpPfAV7xhf7F31bRE8/qjoujLS3wx/qlfbOjN32SZiE7Vs5LVHgw61cV2DP4yssi8SDiKsjVZEI7oySAciPtyYE02W/DfcbAR1iKEfd0QL3Kv9bytVvFgbNCFts0mppd+hp4ieIlMKNfpxl1JQe6SfwnacGYV89uFRgPBAftS6nicqLwrTxMOIDPkA6DRnN3ik7D7QQClH9Jv5SDG4vV9G5mqNorOHLpWw40Xzs7CK+9hYNlR7n5nHw/U7lz1EgMxmDU3xJmMF8OgZBeJRuG/urhe/gVutX5epX12ZC9w/c9EvHW4aem5oDffs7EVssW95eZA20mlYDxU1kUyyavlhrUfWFt2vrio2VLeVsquQEI1W2qUHv2oY7uww8Fo8N7NmuBaggMnMOu8jWGoPZ8lTQbJeVaGObDHcGgjDubXOVLba1SCGKsNas4IlRYXUYEuuH1emFs8I8HexWFEmMOJiDImU4RmTLpYzS4/ycjI/ExoVWu1K4/t0K9CQw/vmCT+Dy0hsx8bDX8JhhY2Aj5pE2SAc0xDyZW9ph2mSx2LGoVDYYbFaZeia56I0aSRdYVwwi9HpyY09T6x/11GFwTP9KAFTmuD0fjXjOsv7WHYkeP7RfnxAJar3d3PAD297AQZUCbfFatJQmKURLxqydG0K7EX78GP6BAdpcwRFlFCUE5a8QNSGHiajkDaaIcrqqSpfmpKuRU6PW7VkzAXJDO8fGP920nAmEiUfF6RGoOYSszpQB/txO0/pYJ2Itg7YKBYkvwELp1cEwkHNJlA4Fi3rFvNpmelNMZOYmKb2C/nV9sFC9vtJhUyk7J5M1QTDwiQ/m/xsfiTrIfnL3SfwIflH10yZ4lyT0+ZjrPBJx6kB3w4cm0mi59mWVbqzRjjVryeqjk/xp3KI7dsjO49ZHIS76B+a3yc861+WyFDro5dKyuSpKqn3CQ8RVgVGC2sQhJvNUiO9UlOa8clZukMfQjzqO/uOZpuKLNjAm9sKWsTSDbYZbbz506oQ+BygLlHq1/rhBIVlnJG3DMWBI+PL9i2QnpDOdssWULW2vRuzLOsC4idy5HIKphjmKkXxBXPYZFLi46y1t59xtpmmtPvGBVr/x20+Y28/tBEbbN7h24TdZp6un4BIo5RROMfQHTLVm8TZRfX3/4ikn3/RAb6/H+/wPQaQM4G7NfQgapUcwNZ9rNFiatve5Mp9lstHgdybHVI6umA6H2t6rit4KhwJkR2CEELNSlDhz0aLPTcVe005MZpWRMP6yu+yi96FZB0WVObyF1LwX4mkZ8eB3Ctk7J0PVy3LtNWfYDCupxuP+C3ftJnYWPc3vh3aNqId8bcehTnUOPRPLyA7Yunslnd4sPhPcUFg44OvJNRgECru1glm509kl60N1KZPTjiBHKaFTHsZAPHFBPMXHcnPwP2erXpwDCu2OAtuS7F1MAkryHi1hPcrhcL5zT+48F3V3ZFwDcSY5uhtMsTCV6D7rt7Uy0qeojviE/G5jTB4tKRFpoQevU6A6Cad00jcEMbNNHW0ebiSEuPfLiBUBIVL6p6mZWwPBGpsNir+TXYvL27N4mHkii83MwQ4KkUUCU/duqPgHnYZ0G/GIlqJ9PNhcHBW4UwPlRFxC8Ex6n6ttqdeK1fTmMx8T4tpxxhhx9NZ2T//DIJ+TnIC62cCznBI8CxgB230ceC/r2mPv8jKiG91ZzIyzHxopuEgb0TxHwAORUsYoBExTos29l8CHTU+9hggn++cMcrYOwI780cZ5UgjvJ/jMEwZ+MMrm2/KGJxNsk+ZVxyvlIErbJ5lykw/yI009e6LRu3rzRvNRof6It+WfY0DeTWV5YR0NBPTOWPHbjVMeF0nNnOAZCUDRbiTsGrlOK8U/NA+5mwvRDkd2PgaNhlGhkXgFOH6n45uZtBSIyumTDHhDK/So5keUurgyI7poqTiIh/zAG3fQaBdZ3xBrOZpRCXhnr9t6LrGejRnPYWiUWJ9/iGKlOfbK9Ii6GOi0rgS6uZrGio1Om9agRVBZABmshCj4y9BukvTNcQ3r5gbjeZTcFbqbsPBVKEHtcmXknMRm+JUm77CNNFvmOENaOJLffVnTAAUfIxlzaDWW/3SWsaB3wK8MLadCTRZlSE4L/JLZzku3Iy/YO4SE6ERs77SXvXRLuilxV2ahN9tF2u4LGE9HwSsxCq0w/G9hDeN9AnPBKF2I5s+BGrSAPUiQPB6VTd494m3tW4gQw32u5cMf4UQUMqhgVT8vMxbNbkqBUTCNlt8YKc9LT+6MHdH7r3F+SIylNEcPsT0c19FY3GlZZHz7tzSa0jfMZQd/m46gMFUdwposnJ66LZluQXOJiqgx52B4HHfe5CC6eJQfD14u6HnPw/HXzDCwCsDrnfOWzbBF53PvQBHGg7waRnzS3AVdYIRYb1pHYUizR5mSsSpPIYZfhNIYzsoV5xWSoJRkVatB0onhOUpVoIRld6q5MRjeBjBwSK06ln41tK1AFOutzITGzy3U+2uUwOvEcvIvMCkFRrkvFZOiSgwkU5hG7k1PffmUaxiJhFgSTl6qeuq7HIDcXZc0U5YR25zSTOsDO0cC+mh1COAPM6ON+e2LnFouzcVRVUS6ZBSRblqZeZwIjBaZO5/ScLPehPrO883xHuI95zvPN6gv+V/+9sp527PfrtZedamsGJO+/QsMUxmyO+UHoW0nn0Oda4OIzzA96+kCAW7F7fRT0WTwR/wm8Uhd3LJl00KwDaEb6eMP1fDEFp+Hw1CwfADbo/u7sT4grml5U9avswUc420+tIRwQLJISn+8QOSpzRC+KLlu/WfDhlmAmfi3WCnzWomEfMb9ukI2w+t/qA9wAKs8EVrc5cxjrkyORmtV8zEWe1MG3XOvqtmFm2qeL9z0g/oxFmaIaz+wm6jG1IkgN/swDBF3vSI4llC8z0Ute3tJ/hfqBWK/jjui7/WXi4QPXCbHlb0PZcIXqfM/fkLNFXWExXv+mHiI71pPz4d18OdWePzcc45JpmCp9+GOTCqwKbiceoJQnpYkZfAVHw1zlT0HMFX44NKmXVDp/ybno3h2rN/558PNYzdyVtYP6c3ogF1Vgl8fHQUIRb20m+fp4OZQ8pLOGL8+QEK1YWORcUnGTO+3ZE87/tVSRNXSCdPMtSOGbjptbPFMDPP/T1mU1ZhhczJpVMuA5rk3lr7wH3liqvva5hAxs+PhpBBJzsMTvdcEfMaA1/WMIOMn4U8+rSmXYuLaz/y/cyalv67/QmY1KfXvLnhuKBiASR5vPyejoaCwWuiI+ewXG7P6VsaCw8462TZghatJ9wu/cbsPPlWyguKEz6lr6gZcLKsz4U9QFj+InZV7PlR8noDgNRQ7JB9GmaO05dgrdzCsTN5rc3+R8NpSsKS6YGC1z8IDvT8+x23ImPw1J0dcnUdZfTCXeAyr8y8l3yzj3XHb0+GfZJ53d8ouqXvduQS09zBxNzyjirp+q6eKF1lRoc+Sq3xPExfsD4cNa0VJI9bPCWH4wtuumHdqZvmfkhwcqYy7po2ESrGbsdbeXJyxQTH2zE19+iljLGOt7t3K7dxkQGukNdCO2Jp8o5tOU9P2FnTPflbGncdmpgtu6ficqzYkkyJ5euW2j76iMQdVSfPy/S4XNaLFJxHv/gBl/IENqwHRLumz05xbC7a5InKNfo4ES+IF6TTSvs0hdrYcTnpNf53Ysfe06+6EGOtohxF9+Wlzjo9N0cfu75bXKN6rWt0U2t+UNyo2uzcuhH10Kh/v3Ww959kVmWFzuz9p9sQcLaLYL3g7Fah/KqZtkJUu72GjY71DxQMvflxpZbFwQhrn9lfRLJAJKEt1KV9HF8EiL1Cs8c9oBKT6/IM/YM+IgGw6lNDsFzW2Wv+wL4Mq7od8OCwGdxc1nf0rdhsLYcqoA1O50ekpmkEhghP06XcQWNW0Wg40eO1A0nfHP3AJDorOXWsmahBA88DoF8h33Csc1fIwbASJ0h4PYUxrTQAkY22ByI8X8MwTO1860+vx2kyNPRXL3jBQmKgPcs1kf9Sp+Ki0v5TK9nztRozVWjLttW9gtVSY9rwRbOKMHv4YQd+9NLqjJsjWc1zkrsqoG+P5IpRrwYrouFHgev2YJMfXvvKbYf2jY1mzeXLx/5AKKvmm+K8znODLfT55Y645AFI68vKWRCN2m4hNxK3KRfm/vAuvRX9oAkvQFvk4iDbIuyqDm87Fy5OK7LauBr9p/3k8NXYxp6F9GWe26aT+s5ImMt7peF7o13bK1/Pc/vUfpEA2fugf9p+0fsCw6pXPz5A8/uGuOyZypqLcL3amOKLIxx9VwMtAAzHWXEwo9TOLF426yZc5/7HxGTuVkq99Ie1kFmqf9IsldtQY6IXex0y1lv5KQp8u86cev+RZkh7p+eHpGXLYd9yCoSDdSEEuhZnqtvN1PSM/Gl94TUpVEFSjEDkRd04e5mvxH3By+n9Wfl9OUqrL07F34MVSyV+ujdFPjMfSufFPXyjL8qfH3HTDANffi2UG2mfNyWffVGQ7PfavomVhmf+95w5bHg6X0BnzA0ZN81V8cmq0T1Io1SSuYy4W+T2jZSR2uMbfD/8GF2zWHzgUmE6OI0wFADpJkkNPbEz8YevtQk2aoD0EwN5YannwGV+I+647BRF6Z1oR2CHXIWfiEMp+W0cS3EJmEzDwnZ3GSFYGQHoOgGAIWXy5F9NNu8JE22aXps2RHAjajKdlX7xTw8C2oEP4jP1Ayr4dwJR96EoRZMVC5k2R7Y+tu8G7GtcK9Il68FR8PeqiHN37efz64lzfnnzLjnl4s0Xvo3XVcsxCNDYnl8wAIGWDyOiS6rU3Y1axyStc6XZ3MWFeChlmWuWKfmD3rjSpB6gmv2D/HRWPlGZ2u7lvFsmQjq0VrJdEiHGzwoq66tfQierjEpaGXQ0ZLwoAlFYGxfhpPVB2hqkjloaqgz5F2q7Q5KofJxQHf7CSbmo1xb0618DM0Qwpe4CcXwfcIBEBmuNr7dVchV4RTxQo0dcKGFetRpQ4e+q1euLcnWoITRcnk87WqL/3EukyWNoJKdPOcuSyfWouDrsnR96Rs74TZqJy5S31JqVOVL133CI77suXAoFQ7OqZaCQGbOJoyLw0R5NHbvAUL6a2Es5S3AsKfk2yo6sP4mdvpZOkpNa8OiRiLi5QMLVumo8nL4/slBOjiQXVIuWETzixuOSnfA5BAcH4MSEER2YpvvHIXHGIb9zeFbEsCoKEWntZ8ArFntIXWOZ6gbBPKJKrvfLL+h5AF3ecTCChtNZt9RDZ62toUqxZzBMD4HzuoOZCb7Hw5DBPJWfOpVh39ED1NC9Ngp2bhDHFlq+7WdYxA1YB6TbnkMxJNoXBmA6/UPkzVlbL7Nd0zJZF5j36Uy3++afZtZrYBRrekWS8WCXhvoacMKpCxY6JP1EzZbVieT1r8cV3Kr9ynVsiH0W3S27AQG6FB0iVzEhNpxXMDPOqa82aFTyUKzb06RECm+acXcPx8aNryN1LvYZCsW1RiwBYX3abE1tM9IBvqqeJcedpS2DqFYJ8JQIotiUsd3Su+yRhSAcVbkHghn+N2IFZqwb3CXA+A66nBnzgQYt7KQQBENCGDVmT8zmDHY+HJkDP6jVT40z/J1BuutfsF2ofDLGUcbRjEdOLSyCh57AFTFLJIPMsMfc2rNoMryvljuQnh1kkNzBK+OxlVTEn8KGlx4GZhJxim4axgn6AVfW/SEiSZrw5mtCIfLWU6Xyi+8rEyi9rqtxeE3CD74qRL6tiktcBK0Ae387uUV0PVL+WO3ZBsGakJwA99X+mHcupHUxN3tEcJdC6Xo/SlCMI1A7JqD9QqedlZQ0H0WifguHHvCrn8LFsXPK2uX/dALy5V+v5w5bUFzHE3ehwp6bvwgNqI+dG3tpoRY6f/lrYFzrCzf85k8rQjmpqOb4fQmETZUh0ar26lW/JjrXrAlNOEzNtCPzVhXaDlwNjnYYOP0JIO3ObpStkxNXgnqMbxcKDsXXqGr3Ou0nP8+yaVOpmkXa6YMK0MKmAZrG6pRgRRYqjB2q0yS0QC+YZti2s4+VjI+uVyz3wX3NR/CSZgDIrSsj+mbsgMZWfb4B53uMOJXf2YcImJW/CtGsBMLSJVBJIoNgX7PfvHx/AhtahhuQi6P0GUiwkeYN3jS4Lan9JJvTA+NmReDoQBDk8Xw+bLW2+RRT5mOq7ujDrAMDcwd8I+KixpYFo+/qu1jLis+2XDiCmFEh831A3wWUHtx1wJ7NooZvAyMmP08s3FFi5mybJW3ta5v+v4TT8A0zuwwxeD16Wt/GXoPWJmUX+aeXtTf9AYfS6CIDNWYu/6JRZfdzVLSokafpTYajwPjkNAueKDloErFdbH5+EIyNdYhrbHQkwBnMNDtQS1H9mQau+tFKzwNvgK5mGFOxNyLGXeEg5n7GDDLeSukVdaxiJQtmVgknKn/Uq+tt6ULmBtQwFkv+M4iaVsZiI8vO5xovPZ90ttLOjYkhtObftjfqcGYyCo3snk3fBY7XfU0kU7b5ylJIWc4fDismrgS+7EMQrs2S086bKsdmRwdsFbHt53ucX4nunl9/sYMJxllLGAdnLEMXxybWZX85X9ViDmibI2yvpHZjNutFNxDOysGq9qKHHkipDyapuZVZSEBFl52fuTlpXUnO+Aau+IZOeKTa4kc58jas/fVgte3VqsJW6lx53HiNAkYEYfh5cMrHnxg66h8T+P+INPfqbfSg1ScBU810EsZZOaPMJ0EF9dp3gbENu2gDDOky4O2E5zYskCXi2kQ48QTFou61DXMjKBxRh4Bc5xxE7gfC97RzIJobZHWKFe2gEyMrMkDUVxL81Bgh2AswSBkMAxpiYsGmzmJMHT0XftmgDxfbsOo6SPXSNK432rzkfDFiiPC6TIpLCE5wKTlba+uRYp1VS0hvkqr3rsV/t4Fwjv1QpV5+WDDQbn4FPiV5Hkf1tHaKNsPBl+c6pC5XRWPglE2MEKCVOr3H5VpbNnrG9ebjaP9Q0mLUeO+eULXRXd0hMsEqO4Q2oOOcXOw/LiUwjbNb/N7P8kUXM6Iqry2y8aw21I3ag7iqdiMUurtxNZFq0FofnPXs/hgZ7pNhgSVY7rqCESFfJCiYF/s+aLN+QurdnBpD9z1a7LbZKGyBd01i4wdD1tRrt/dUDwKWHcWgyq0o0aA1XRYCLJTQp3Bn+YkQND/zAee5uE7fnnTNEk2Abizs0DB0OUHh6yGEuwCPzhtbZi8JoW1jpJ6cjUVOPRzJxrkzH2+fg0vZd7pOZjpjfMNkb3dvLguL6PQJf/n9Nk6Ypd8O4tJMtQ7h/2i/fdzDR84B0SFJV2HVpG81KdtODc/Eco5h8dSZbei5WNnxBWvtx7h/pJ/R4WSxe5c2QWTmEElgvrMLeOTiQkPzOU5nXMQJBQiazyu0G03d8fN4jX9lxTw1M+MWTSJMNuMIoCGDkL4jM03qWT94LVnWV+8L8mqrOGkXYlblc3aLiEhquse71qtLJLewrJDol/jGEm1mrvbYQpy+B7VM9M0bggrB1vUXr9hrerrEV9o91oQOshegCdGQLyN4Vtuo6wer6eIF3loxVEzFh9R2+LD10JXot2MLE9Uvxttl6NDox/eSw+Px2B/qYhmrAeq9gSM2O2JwmZ20lz8NMtxhN4pExs4efXYlaNE9UT0LuzXBgI2yE8UhSAgb1ugSUzHWpmsO1DyNmT+oVLbaqeI3MPKHfnpx+OZ5Wowagu/PudImuTUWUtOKFK3zPMDknAtEKsIv5Wy89GCxqvxLWbUFpK6OrAq+VPaMhk4zTOtB04vEoxX6jUoBgk1K9EmWQWju9y7mls9AT3JrD9rXOFZXllU9Y2xvR5sGpH4YLOAzyKt6ug1xG55xdh0cr29eWtDELCx/F4zhDCZQuqnwxt6UfwAFnLF0p9CBsERe8XVAqW2bGDZinfziMi4m/HENogQl55CM0SEBnX5WtyS/ViLBwIDRkTpTfnhOzZ47hMiVjEO0OKq2ax33DPh9qTCi3dotgTFMP7HMYQuarbj5cNs5sDtDIytuOMUWU2cOzOssT5eFuztNwws2EQUGF6boYPxLIiWNwS+m0whpf3gZCn/yjJCrpnnkUVikK1wO5SjUrpPdXeUQttMyl3O0iUIowVgaMGYgGNqx9fDyPHE8RHIXFH8ldm7l/FquOQDMHO7UMmR0IEEhP6EK4DMc0NwSoRct8q5F466pKmzx3jYxP42zFeAgjWM0JAVIgLBbbUwXe9T+u/9jIJpvtJBhExoCZSmmYpp1fdsVrGhfSAJbsjpm3Un3yg+xUVgPxmMfiigHyr9RKn3n/6/TQEOygT7Yew5Qvce4SsZ9VyXiUIu7TxWkPwUNARoF3FzwKItBaOMxGjjBNkP7YbOWsX/TTB9q/9MnWvhIRDA5hZGTziDurANc3o1g602drYkBnMfg5Mr0Ow5ilHdJfiKSUuYZsc9iESyUTlXSiVKOmw6o15Zx4HkrlOYofnfN+wMXr4W3IsQG9Krd118zLh/PVTyC/ZVYci5VIEK5D4T6sIkqLQsQuBqQq/0uHf2Nx48aDQYXUtSS/vKp7buH1qLmPVH6rGF0ZS2vLSX9DOP+4TovwbI8xpb9cwabUXmT/Uajm+PPzRGDBJ9KUWgj7U7uNMJlItEaRpGBxdu8QAXJN4VJ11wqR4BK/PzknWRQdFwgXDNXveLFdext+sv3kHLdJWl2oymI5W/rr06Q5m82KiiL7Fn0JezbBkmGvYvPuNGTxPgbxCAs8bcvF5B7jUQzrK3vMCibxGdgqo1EldJ6FfZOfbeJSnAoimaVwB+bXsIEgDcb+HDf3CwaXX/pZhOiFWTyMyKz93PjS9gz/4MWym6/1fnlfqiguMYguHXLinlYyor6J5SwL7w56wj4aUvoq/OtFvNyyObT/PtCrujTxsdRyAHBs9HczBAfRtKQZNrsgP2M8Z4yxh3j8s19kO+YPYQHIO8CYP6fM7nOynXE9gggdu2jk68kFDAHZqk65j1gWpLF/1ptr/R0rZarPEh+xlyiUiWzZasTlxOAqPo+yxYAZiX+hs1xs095U61AI9t/g2jRRAhOTaPujuZakvfkTgJf38ePZ1GfSGwbCanlf2vh7Zry3NbL0LzWPe5OdgqDEM4yqZZG0WkLotn3bYL+UWy8QtBycUH2Zgz73NH8YGFdr/6189/wVdqBSVQvLWUzRq5xkA3IhTrg5Wt/wH7ZymJ0/7DDyD/uj3Ga3mXeGot8yi7XNjH54wcVl0OtjJZmhO9hlLmxopankqcCbx76m0FxW5NJOf2x5kdtw00yuKrST/lpRm4/7DGlIququYT9BMKsG62/AZCb/J5s6ofzqILgixxyygANCr9PpBmS6cdgwWujrhnny5aGDoVVhKK8OWKvqm/adQNMj+BBvQoqx+nFGaKWm8z1XIJ8UYlIISLhYDD9e+4aOq5RQGmhbE2JjzWiNJhF2nonc2QFAq3xgjc4TW/poude1kXNVDUY5yM+QEQ+rNrH41vsniAvtJtV2pDOuI6xezL22oKl3hP4p3MAyFSsdj5qm/kKAvmp41BiOdE5s+fOLou0hjlj8UM5noctQWtwRMkKRSQXl/zV+OZSReZgKORuNuhQtjX/2CfxrsDEybUCZXOGksawRYqsL5p1v1fonrkDuo6JW4sUqQojs1jGYN8mm6+OtoGtliNoinWR/vUOCfFwcC7z+Cy9+Zy7/NoMio/z++ZD69v0M8RWKNG6FcE0oCsJHwy5agvemnyHjlg0N+K6vliCla6N6hShWGa3g5rN2e6MbY3R5SnobwoXiOs+MHSlqAFQogiA3jDV+lO1rjZOFYNTxGtQEW4j3DAx6mXWeF/XC27OuzKwXixNRfh2re0Kxo3DWYXoS91joZZQ+MDzI5MnOrvZpgSqeC3C6hYn9fFb2GMDWFk0rOEh7qf5h6AGe2OBuq7PMgCGkspMvpQcnNfhBQdKhc99KbIpVCACJnvxL8GQk7cOmpQAXhd1NzpO7ZIb64ShPPmz9GxJgotNUa8VSyKBB0QfeM15MMenBw8OFH6ciWd1cGDjunAnChipz6mHOV8Y51Emp0nt3KvJi8NCFvgRcy9UuKjIl4uJ1ZkrLjHCeLM/OrecLwE50beabnZ+kjSkU1OUOCei4LXJC3BkL5xfyIwqmtYTTj+RmPOpFmOyGy4NUZgxqOjRyQ7KoUYhYPVeOYRONq3l7JOS9EMU27E+HGQqwGi9tKgrrAD7yU9ptYq1RVLa904HZS0LHXZQrPNg+mkVhjQFd/IIum7FaOtVcLPzshJgNgDrmPKM5FOej6vswBaSEXztvZKWfVJCuZwbAE8k+NWZ1ukZlw3GdmcKVy9vWOcSpTZMOcmosGgYHYdit+orNe3JnX6wDP0Qr+xjcjLxSHo/+QT5CCJ/w+v1/faYZ+WnvJ1VrNTNMSBqw0i44+JY4iNxXocveuoavwuRlkqHj6m034gUN/G8F+ws1GQqcph0fCANMJ6hEKVIwjBJ95qrDlEZ4RbE0u9aoLrJ49nuwqb+rxvKYhmWNos4Hsy1apRFqTKllMvn2tbGmoVb18JXKtyJO0J2NuuF1lLdYg4voLA6Ne8VZVx6/FxhdAPUV3ywQ6e6/M0s4A62t+JjvrBOVRkHTsE/FFgYX4BgubdQzN1q0OISRisMUGI5urQ8KKRHjdHJJDso8on88lSG2V8MNL/z0Q04Xew5lvjnmmtLiYNK/ODvDXczvQkj+MmdPxmC2HqTQros99w/8U+t2bjH3aBOAUYZ5HW2YPnhNy1DlLX/sYO1wqhR9dlSQgVCfNNUvSWktk4x7lQkdaeSPn3xQ560U2e4/183LuZ/WWzMMWfEpaSFgbhiEy0f/k55BGX4VD9vVszxhmjtX4qSF9CK3BXXnzBnHX6pj3K5KOf3od/lqe59mxkynh+MM22O51cpoN0rAce/RFKZZBUTF/h74gJFd+hCmPt7TsQBpMlUYIzZXurIWKkP3yDBuEbT4MDrmqjGXdvy4xhh+k8lP3RxWSjrkk9J4Yl9TtSb5fHI8gSH8v6yP0oZ0wfSCWtIcINdPzPsvhZxAuyOTeJ2kcLjA1CwVGQRkmhpE+2zjeNSaZPwqmQgLwGNl8omg0yB+iwVw0v4peJQ/tVYHl2bF8qnzLrowlt3DxZh6Vgo00R4XJgnQsZQ2dgNRvaJ0K15HVkznQLuXDj7iaBCEuz8dd55MnXhrVQ4X6wKy2TQtdFdGnnC9/uEgin9HSTdy4Lu02KTxUn+9jstTaai6QuhhRCdwds+zV9NUBTBQW2mpUEbwh+yFZxJnhup0xEX1iAODA5ii8nkCZRZwiD6YYnIMM3SFgElO5M07ixw7ye0UDiNcWrEO0xwm/cHR7vaC/xD/4SbudZ6A3AMka91h2pfifaIKFNEowGKdS/vcXyiVjr2XTBxHC7+gicKJ2wHiBqKgEF1NR4kNKqML+fVVlwlKcjeyRus5KbfnS7tE4lTUPH2FYkbQ0aarDGvoDfO2fzSf6tE+y/7HFqIlfgFy2TiSrc8F60MIx1NqhIf4DenDyF8DlreaE8rzgMAxRCLWQ9LbXMg51lpScUdLj29uCbpL/DqPM+iZg9ghCHR3yFQz4UY0r7xe8GlR4GotcT6EUxnAHCH9gL0xmRa0r93M58/PaqTzrUHstCjrIjZ80XMO/1LiE4bwmWqQzTpozZ+wwaFkZsGqQENSZXPmkeHCmOD5TNMYluvYM+K3F/MVyG1rKvCzcqm0Vx0lY0o8bsc44++SC5QJnSa92+6PFnUzRqD2ShlizEaiPLzA/9xurpD8SqPXNLWlIFB+cab4No8a9fm6i2xCmzHw6vpbShP9lwHKZOgY+bRZHwnsx4m4YXnFZA46nP47h5zE2czxsKCJ8abWd1EtiJnturCPeYbA/tO7fjTGSN0SmbIo+nLcZGGZ+rg6Ow9NYGRJmK4dtGa+s7MEVVOpw5rkvtZ7nz+00RYPMuGL6C99FVsBYefupvJoifrQ70eLFpv27YJTRoSsMwhMEX3rkeOCxYocmxUKNDYMb69x8AQ+mIW8bi7rE9IXuZ26u3cCh6oEHGP9lN9RaHTGRyqeEKttDuz9rr6cHegogDPl5ms8cAwjwx5DaVP8ZxVrVsxjEVOgKMwDVjiaZq0i8ag4FFGgWPn7YleBulooRd1aVmNztqzmlUDzEdzwq28E1w6Z4WHJPILh5c6zpnPnP1eIkpPsepovkOYzVq6vjFYyzRzTM8RBjLfuv3ib4/xIAl3WrgFs6l/4B0DbO8py9iVvXirWlM2Gcj9hjQOZs6ap0WcW3SQ0QJu1icfPffA0D8DaQVJvzes5nyiuU7lFmC32MA3+Ts3cU8+xWllcNTpQH1af0EjKLvPEskrvvuS9w3SO9F/ffguR+szbrjMbBkAcYLW2VZhk+Y93jgr059ldRBfz2qELXUj0k9WDz4noEEQy1ABHIV+hMYDik5v5jx1M5lEUdCAGIWLDQViWshWI4ZXYmiucsBeHnvJh6SSIuTUbQApV1OvIPHTIWCqZOcf1oz6wDiPDMC9IJ7Rm8iHjK56BgD0CDmniZUaLqUcmkKm0hLUXJaWSbRk8UkNaM8UE86aLg9mmohMzb0PuQ8WifP4YXQPGKiYBx80GI1i7YX2ba2FNNxcDK7XC9D5llYu0RdlTR5mFScibgG0AKkT1YxUppFomw+tLwJShOhjlEmDHHPgvOECCF2MBGgGV3AceHNEo0LjVajfzBLEmiMdhHSgR9+bEZSaBSdiDltofbBKsAo5NAZ2OPbnJ0DmYjULtb1o5eBogwmjJOki9LGgktziUEwSMg8KHCTFItraQ5is2y9AgB9tzZOrpOe5XezzaffA6yZA6eoxcobFg7Q3sm9+v71KBPFtejIM09OwDBfpZotGp0FV1sUy/HJwg8g5ap5Tq7duHz7Cw+QG6aZAjpXxNttvVT9tnRehKdxyPC0pOOfXU9NU8OoKVK6a0FpQ+6Dqt4mAHIg+v2C28mladUOxg5b03W7T81P3wA8u0N3i+e+JqnRoeIsXU+Jawzeeib7fKMo/H6/fKHprJwBJXMhAtSZssV0aXHrYjh5JHvj1BNy3mog7tdnRUVtxpjeeyUOPBxP1jPndTqO2cvryT3ncOeZpoOSnoDBXcNCI5zXFkaKJjVU1uyX2n43sn3fv6swdFUoeD7a89d7RnoIiULHGAMDN7JCLKL3l9MY7WB/BgAOZtvnjknFTzacu6k4HCfwnhU59Grm6Hk5vfcA3G4OSH+p6Rb+qp3y9nfe2Xu6u/6y37VAvX/qjqlVkRNAV9F7Cx+mH56h/TN5GobmiI4igyWMq6a/nVknj75mgZZ0Zta9n4xrl3y/+HDtqB3JLh1WnL6G+DJcJ4w1gWkm9fccijttuSC+aAZHI521yeIeMIGUzIztaZ59BK/3/lYTVw/Jfzvuty+6f2WBbbJlY4dugp+ie+VgJqu1DcOiUBN7/EUpYrCUGvxCth7+5WqRI1HbfJ64m9uJ4bTcp7EucbdHS8LbW5uWlK+g4G06+Y+xoY5Fc1dWVipIzEBPuVeTfMuxy8P//CR8khD3o9YOBUzpJs/vf7nZ9rLXBXZPX3etf7OwDGm+oDYasWjC9nB1ERrBK40olMqBqtZ3cHX7W5dAdS0hjF/apltnhYEoX9c3fQ2O8GFpz4NAz+DHIUjNkvcppd1ZQna2rkspZYWyDwzCoqd9OVWKz5LBBuY1C1Xk3ngBWo/S1xc3aq/82A1rz1/Uhf6UUW5dBUwWsxJJHWWeTy8X0DlbhT0kohpw2GPyiRrj6lu2bf5UUWw5kFzm0DIzIv3WmgphJS+d+VmCzkO5+ycrBTF0vvVgVbckI8nV4HBT162oUP/fdVRBVi/qh7kQdzHlTnauqmXNnWSZx4/cPjWwbfLs6aL1UHKlYHwXKVuBOP25/1cYUXVAt9mCOeAxJp2y+7iUusNJ5T3vX3N2NpPczs2zeg/Q+SBpIb6cseRckaUc0w27mIvCr5DPx6TdeLDpA+b1xegVQedjf1RaG+4zd71H3fEclnjQQ7yv+j0oaCkDCEst2ufh4D3Pzw+qDgLvLl1aJtIZ8D2MyzkD28MszLJqNr5XGoWKlWQUVHu72J9cvIktHnw6EScEp5Oy0WFAk3pVlVZjMSCtqfXXDZ8jLbBvIcwkHupnElyxY6VoiAeOzlSuFEcDmDTcWlPOtKWA3YIOCzqFoe+QBbYPSeM0yaC5hFkHvO48IPIhQbUKTVT6sJJU18PPdNeEctt99gEcsDBoawiMqZ1VoF8C9kG/7quBj95h9GJkeMwJoTgNcOvw3uATuYfQABhqJa21qE3im1geX7fsBPe3yp2SrKcKZurHE9A+6OAbY9rvz/sFAeAOD5TRtF+jwuzolQU3sLL+/B6NPqkQzTHSlBgWCIE/S1DSTxo9s15vAcQB5fF6lMIf0/09r6/FgqA9v0qdBSVjrWz/EG0wT26efnfWLdUxa4MeokmRIZOrkSwjkCwKZsNpggdk0qY8qJBtGIX+dfic12hGAAmco4rw68GrcYwWYxKr1FmUi2tqRmogicd+0PXCVlvG36t+kxmvQIiuJwQN8R1a6IgdX/w2elgx94rB9En77S+yGw+DKBQ3ah6sDyc1EKJuMHamb8+rfcj2X/G9fZ/sua6Oynz1OCVyw6bID9uu0wPkB/pcc3KelaDFjmwzUPxKWIXT4VlC4BE8PMxkuaJcrQ6NJXLeJHIKoiyGtiPGR5tLgvFYbdsaPg8J/D3Z28rBpLw9A/5ls9t/0uPFJ+6cN/T3sNatm9XxhRnRVg0TgB0rUlg4E2XHcsJ+5Y0IBJt+6qDG0SFjB7kemFlzLTGg935UVp21aEifXpknO38pOkBkUxIdqCGEyIkA+GjYzzl/reA/omOlY3DZjLzRiuQyL9GAraAddkgKC4A+r+jXNzCx0l8eqh2EB43q1ttp3ztsh4o8ZKYLc30J2rayN3LD1QnusOPeWMvSSqmwZS/d2z8C/mR3CNlvEt3QoqBCEv5CTDy89cdf/SOp5aAzHqxNySGmsEAng+1FgwySgva4i7par6wcxM2SkQFGhMt1sTiDxR6uduSAtoyB9oN48T9z0NLQaKOeKE1a/qcqYj9KlCq5SOocR+/ts2tle9vPJxCjyeROQAB9g2Q4iZczE9U0OHMr/Dm6l+Tcjdja7JaLiEMZTnv4HIZHrFJzNwT9NTWzBBQFkxCBjw1aPF9vkRfoSTvNdAjpAE1CwZzTAgXAqU59/d71teL40m1sdd0rT91p4PXsrkANP/15HYcHO73cUlhk2JBUqwnYNvjUSOnOX02Aiq/32QPIgXUVCb0yCAnqKd9XOEPEWMrGeRdiIEq7S45MzalRQL9O/VJoEVMr1soysCvvw5/aH8YylzmgvNKfdyUIMZd9vf9ilvOppZeul02rn5Xydc5YucIZsaMpjloWHceiAH17CfZM6oTQj67kuCeK+/rJzljEOoX7OMfMkKY1gqlh2qww8yueRCJYwB+7s8qAP+QoPm7qCPd0w/NQL+R4kALTcMDIzQmybHJUR2RhacYYDoGDqO+eMR9TRvPoows5X0+ZRzGBzY90GMNQFKLU0RuqUArtO22aDoG0Vd05WV4xQgd5Z2tJyPiOn2UDIRt3rCJrC0gCuDSMlk523IAHUWMBFwOEMAzaOvl3By6b92T/788TI/vQhkknXWurvlA+3XwdAWUSB1CVpNQf2I1GtgSOEBZkDnhurH0GcYEGHDg6oeJzjU08/fIiW7Bi/6nw0TrdScjBXItXry7m2rGuZ3FRLQLXplv225GvF+0WqchEAgjSChvhvk5pQ2uBSEpPavOLHEKJQb33N2hn6ZqYvPA0Lv1E9z8OJjKVB1GWnI5LapejwvjXN0ZRJlbYPqZGlEw9Rat+SP9HGwDjqQt7QTfrtV49eSvcm76ox6z7qyH17ild1jo3LGVFnGFxglPnu0KsdMam4orx4AcHVz/urW3WwcyiJT9R14DvlwJnuLvTxAlsMWCsk1ohNDysCoZ5+7QHscknmVpA9Gb2BfnM8gL763n4/qnpX6vlyeREQCifgQgSMe17bB6gOJ1rWWZ1AwNVQUy02mGcSO01j0egtnufKZJcT6XC9n6mIEk2/klzyWXqc6E0tm2jz2tufQpmBmgoV4MtEHJdS0nntA9H87jGDhRmBlOnjIEKxwJPZXQ6qCEWrPLcLn1fBFm9WCPfqouzqEBGx25eGwZGKlIknRMY8virN+e4vGn1/hTW2Lygx8+EBLKhHFOaRP6Rcstg4qRyfixcdm9avDMGYefHZ5jJjxCfDt7ofjqwgIKa9hBgCqHU4NF67aUdGDsaEgKzFzdc9wqRDGnboZzLYdY4GjdHiDdRzGSqY+bz5F5czuvOoMLTfFDgJQNv+EcMeOcyv/iXVzsh1Y/IKmdX3OJ4n6Yd5eIXOBJCDJwghNuSL4jOhHsnI49yeGh89/ye5mIJ8ug4QkeqaI6y9eLwQ8feRsXupMV53EISJWRcVow8xHFvOCsGv5Rh5Eup1nn2yjof5cgTdoXUBWVoOYe/BxZuVE8Tlu6//nBK5RNyDtgjfPjnZeO9RYgHnHQPH15YDkOb09p5MrFP3QvADlrzT/ondHNLyGUWm5M04vH757fYerw9O59Kq6FyPs1e+dCr/9BihfmgseYT5qyq31B58Xqrzn6FhAg49EO57XRDiFGSuxeZNkFdrSFLJp2XePtdVVnoWSEi+PPReh88eYIF8HYqgzmmEDzxEVA1fRUhWP/DtMBQKrI0/SMeczzUapuTmBacf1QY6EIrDprGPOK3TUHid21fHanhash5r7Jq9628lmJpvQnTBRyxe0E/d4Xi7geffccwCnTtcdbIPrTOhmSU6ee3noXLp4dOeiNfpzgMkZ6OzT0dooZEpLr5Grz+4Kjq5KpMbBEJKz7qmBKURxkH5jhnTIwch+ZOM73mD5iumRoRwzCKmWbBQxWhBOH55YKEMKON1Nc/ChSHMuF44iDnRVIlLXWmEbvyJaFXjub5aAsNwwTex0LTP69Crhe7u4/vbPgKed6rKCqwqI7KhiinIm4RWbTnzfeFy7rnayupmbM8fG9QfBPLxAr2im7AHh9BmbK8eRI602HsHPQ4azAoSCFMdboZ682DYtZo58qBgG9qdebzdOOcM6dxYLQuSZkIvH8QjnAk/rXGilNlDLx9MC2lmQk8ehPc99obBECtlco8YxKxUxvaUQdCXS/Vixi0s/GW0ZwxCaMM9YRCwSqEQ3jJfLiQUGw3cxeCUWodfcCpT9NPktT2cWaqUp14fDt5uL610O7yvu0cMyUXLeQZV9guqWaqiK6iqDhrlHfSswVmg2QSyoJxqaFyt43cQpqpOaR3XSwZ9hhbqmbDQXDPZHjF4kFbG9Q3DwEu1hqkyrjeMH2hYukhDJZ8zAsd4JRgZ2xMmFJErCcR4gV6umwjGwgVQz5IKGQlj0qayM4Z9sMBTOA3DHjRoOeeTuiSlV6ar8+g6KOOLDKHgtk8wiyZZxLNaPHsoE2XpdrPdsdQ9pVhlXbqYAFaIzHoNWUdmoX1qC6P+Tm9midOxgCEGLEXZoZD6Be67THX9/YxYKp1s4ivHLBfDIJQBCCEQS9CT2cEUjyLrnMwsQB6knQ3pgqGd6gKKkjaBiMWdOgubn8nSsUvCYdTkJlz0N449aG/6bHoUDSGFN/prPrg1oVrMJOi8cz/BzVhI1mlMzezN3SSiRBVOVPRNOPK3B5XLtH5q9lj2cHKqs/Xiw68MOTSLMYDpVO5mrve9L1BvcvCis6rt/Tu/+3MfQ/iaf7HTfGfY3eAr6wqJXiF5gq8VfEcUKwQxruetETVox1T4uPcO3ncWmnlSFcne4G5d4CehrBpyYdMfkq/+FW7xJsFhEpKd+KOztewc9ksX+H4bVmADaaaRScASWrSu2UVW8grot4z3kOW8Sv8dXH+lSp751xfFowwIkGFGC2rjyKxOHv04ivOGM01J9OUJnSMfbhZXAybFEZ5bHs/Y/ab1MzP/sVz4dHT9gTXwv0kB/oPQiwuaqIMpkuv87tKgRWoRvreXyHFneSWPvnzXvaSPfB97yj97sp5DXDwf7gls8+0A3t7AEJl/KBYyeSCc5wYV8ZuNdlt3wMkvwkH6S6txXoPvD8KQZfJQX4NN/dg7T4AQS0UXKd44m8Fqv5wEgHukKIQQKpMZJL+8CuOwNgPV1ilo9BWpjIPE2j28UL8WOUgxF2BX7mFYEmNzki/cXkb9OcJmKvcwPjju2CRHwMVMaL/1JsEuEugQJmDzwQnevFms2NCbYZvy0DHHOztRfTP4XWmLzNDeDHf8vUk7vauYbE96D+u4tJnxcx+DQgwE6VIu1kNMRJs4HX+QFtZ3zsRqjjJHioyt/oY1SFrbVyDtKCf476PxoeYAi7Ww/9POgKaIRv5j+97g6jthv/vUnXtdSQ210iP6fv+mYmHBs+Npm+BrShxVrUZV366nvk+yixBYeIe6+TqXPrdc3mDzLVaWPDLzLtbqOKID/KzWjrDZnMZqtB2n6/EfYdVhd+YRUucAuS3YuRvXa/9AbzHG1p0iUFjMAqG/to3Vd9AjHe3PIHUxhpJLLWcrY7s2CbOeyP1XKw3nk/Hx/8xd9UgY69MKjz6YvFd5cmlxFE1JelTNW2qcHhShlQp1c8PUxcfDWhDwHjeZm7IhhkeyxeCTvxwZdHh5vk15O3LvvcFluByd8JBjNQU8uUKjEwGb3fuAPoKXH+hyXqqhNeLGOO44GBiB+qIMRJHZYlGpAs3THOO+TxjJO/Px2p6ivB7gctfTZB3s79favXziPGvlqsHCeUiF/DGDbgtc6zePdPgVhEOy044hTFYXovZhIZza5C9WRpbqURUMRl5owwivT7Dmqo08EJKhdFvqU+yMHgL+wfRAYB5feAvsKxXXAqMg9unfQsoLlfRLYxokuMz7MZIcGNoKx5IpfY9XOk9IX0pfMW/tbncGLD2iEbf7uLPgA9uRT0LwCyYcffI44ZEHbg+LYVYIlVgHy3LBDKlB0InqqlMyDMgpaZuRlUyP6R4G1+OGETmiP3HX2PCznFMBlMDmuo7WWEV2tOvklS3TNQnZSfEDJDgDfzz4jTlLNkVeIY8rmauv/wLVkxHXPQAnilNErO7PXSmMEDC1HJS7d8amg8WnHdIXT0R3EwRVDpLBa3Th2ue2mFV/2taOF3ThTPw5Y0MvMW6Jl1lHmuo6Vc0LS1tOpkNtBT3i1x8Tr8Seab5/QJxUKow8UMFkk4gmLfCymuCK/GFVVt4VH7DuGce8XmYQDKVwbLa+oEMcNrErlH27QEnPAlB6u80hDmXhzr5CDvdNv87yoqLimiIYjo0o0c38HAfJpGjPQm0Utr85AsByjdHAHEltsRqCnc58+suGmQFIkpNHsoe0/btlzerysY2Ke/10pfusMaTO+Q90NSPBZYAH4FoDQPzSotuDSly2bL+kBpo09+mgkucAk79+uWf/LajTcRq/qD93M9IPuDrJ8lPhUsBOxjeofOQaxcxpF1xR/O/A0WJKAk5VHRnwO7Yo/r4Iq0Q4VchkGSnyFtbtysGhcGVmnYeubt6v10JWXvADBzLQUojtLPOMG7JfOHpxlEsNVl1stiux11HgdpzWWArYLCiWSEtL9JskQEfVoxCkPakUMgmJtbQB/aODN5wQ/pG2EmPf2hGqdUPZhw7Tpl5eReNp0UaaYo02Rdq2Kc5Bq9dfULWF/gdPDD5Bdr7sbgr1QziAes6uD+jbNbCLWw9BB6zAON0Q2mKbZcBXWmaFelKDX9KRUGTasCywFpxrrbRmQuMVNoarIm+8MFKBaNIJxJbq/AZ0paXV9TS/XkdhOD0T44h83YTpJsBFprzuNNAIapP2BauQkIsdMGxorPpI55jtCrALvoLzRWPVN4edxngF6KVdwRGmQTtpwGZmwjVASoLLN6p5zTQGdCkNbFbPGGtIT+rA24KrvPWvRvL/X+23DNfh1XvDhkNXo09ZsP2a9AGyuI/abpyxEr2ELY3LFqsAsrjDuvNbg2LSgZ3cpi+Alpbmun9co0+5wpRu0RdAS9vfBPjwe2s05cFZaGcft2BcYC5tP/bSAw5ynBX+F3bRqI2d7F0Mj1RC/KUNxDoJd/AJM1h/fD46kJJ5OdlsF6rPv+BHtkqYKuC3N6B75Z8F2RPbljda+Ne/7Msa1bFnbzfSCq3WXPwmRDjBW5P55HSQFAG3tVpfgUyQD6BBDUVC0IDeyJIVNCbF0i+EOGhHofaBHBEjHu2Yp3U9WEZaa+R0s+A+USqv28gCEkFejj4AsI2Kxgq0A9BJfYLoidBkSANgymkv4CKnkN3AcwGCOEuB0YCfcOOCZnJCffg3+hrY2NF/yMycnPsX4EG5WAbaAwTm5ARyxVr+i5dYpZeoDK5nEbFYRmm3JDgG4cH3lZK7pesogk5Kh8V6ArGlnqb48PiifLvJpB8nEBqbClg+YYF8GjDTBaT8GSHM9JUZXZbspTHQJcSFGQ1MX5kHlq6nMRCWFNmXUzGDOcMx51XCFeXDBujQwJy+ee81ym4NMYJeGcP0zLYIHgh7qP+xzvVAbKHxHmBtSfcovuKaIJgrQDoSRM3Opsn/rlkaaB/BnZzAltwVAPBKhrMG1pQGwdA5jRVnBcDZy8PVmOgIIbs5TZ6rAkyVHF2NR0qHcN6c5oqzAsz3LC8kkGsMlAGx5jkNFWcFGHgX2GZOcoEoikQEabqEcGarEp2gtNjFusH9/WuQ/aq58SEZKNEFqa1nYSbr/DSYnmzlQdLdW5sTnEkV+OX98gDRKDnJGgtZxxU2mMWP/9UBQst8mCpB+cHwkFHidXEjm4jGEJNjoDNruNZyn6G2gvcPZNRhW449SPHWDQRnjR+Q4QTOq2BskqIWznBbocK7gnHQKwBpNS1++qWFq7Ll95jV1Ua7d4w91Z8uG+DWQ8vU/AtkCo+K8BUR5PIVjqFQuCcX4/spz+yH8+ooNAp4EVY0OLAT/ieuAMsiHtn+njekR1f4QeYzdG4oRNWBDgyKPExSNhCZO15B04mGoWVwwsYEKzY9vHVKtjtdsoHZCR/H8o3QpQ40iwemMPOAFTQEaRjSgNIhk0doMMocrbnAAXJRLfBZ+ZY9dsLmESRmbmo6+T6q8YJN4EVnRLxflz33UMmOBoykBZ062VRW1ll+nrsuWj/9YEiXXjMn6X6tX9fP7jBL2lJ5VDaQD9epww+P+mBQ5DcZB/xZIOIL3QQtUjYb3jzPlcVQQMR6zTRGuoX+KaM1fqbvWR7e6uWX4la0VBr2FJAe5BBQ22e1VFQWusoR2jg1gCY1qPi0GkFnAWrFg1rYfakBK9aCo8ia+LbhAQ4J3bNWELahuQCAVup8NRCkdOgIthorKpdcz3tYCWfYuMofHREs8WID/28+hNrTW+3dGlPSkPo/2wHLtB572NsbxhHG0oInHIOW6sQjX/g9RRMWkDg4r1z6KfhJYuN+5IeMb+d/LUEgiGJzan7nA6fC3UyauszOVmixPNBhOixWkRFERgJJ3lXN47CehcZzpcXNmei98CFtnO1a59UYliC4g4twpBTLuV+20R5egg8VYTz0waLojPPN5xvvwcLGJXQgQDEM9aODex0MPsH+vEOOfopbJfsaR8pBnw2sktyKylKv44T+B2gY2g1OWBiQmHnpsrmApCF5dvwImpMUL5LY3Mvms7jSM8hITXYWwgq5V/2hZ1jlX2i6qX74uVzumrXSqvsdj0erLBT2kLL8+ZgA5ilVXVU+Ra4E8pvcPNX81SbwlOy9pAzuWFY+55/Y8n4hUKVoXyM6kLrU5l9swHx/IPaNhpcyE2sRLEGhprzKzo4VG65psACem0qvnZ4L3NWXI+6z6O3RXwQOH6XQ/S/VgR6a/7VJ9/1Lv8DT9U1HP+GhTS8Qmx+M7lI4DKEpOyyw7+sYPlhi3QaICZk5zZNEt7SkVpyywgt/x73uefOYYfpW9clr4MhF+DB4IptJYmedkjgROAqnXnJ2bB84aNglO+oRgi65GWaXTrQSfL9F9OHh7Qu2Ve+JAPUhYgNI9ADhqzxG7v8jaiu+NG/vSs/g0Z/RLXNRUxnYCc3KsDfYg4HO4CncnFPhjIAzXXj5kgNQZyy5XVhoVmH/6r1Ct1K54q0VWu+CYPxZGbfanPMh/ap86xt6WBXH2iPZN4qSxi6bMxd5Rx46BF3THuQxatcPaIO0HGVi8z0zsZp6+PItE0ZDc85+D4QsOPQgP2R7Bk4A4B9w8jN0pBh5/glhf7nEQQ0xLqiLjBpI6Wqj/d6z4JHuOcR2jxRvYeh9IrpOsb/ytXRPAoftY4lhAvuGp7eu6L6KBiK0FO48gx6e5S3BKkPWZWJ44A9X46QvkTooc+lkZ+28e1J6whHoNZ2DTTnO9k24rhqHYh2HdOxc/+z6RTqW3CwsBTZn1cL/4Q5InK9UXni4B7U+BKC0Kdx5wEPtN4Hp7QhPeHhCgp5qg9Pw+OmqQ63ZZPsYYN0EDvjSFjvQOoSmM/vUwXE2zZuxYaRt74Ir9DXBNa/cIM5w5N2vomvj3qle0unj/ihpEfP1n/nnmr3QbdXZJq1FVqalkzXuSUFbOmQdIETnnqLhIr2aBP30lLUllupX9jCRzI0fsCiy+1efQUSKkzcWkayq/cXNJN1SaHJoJiT5qdxberHXAnI4Jm6w0Uvr2UyZ9KGZxNFFAM7tJA72WpqP7CSJ1td4fEQnNerrAjkkk56CnpCosdcLc3gmQ25EyF+HVICsTLpCcbzJU/a6pJ87JiQdHG6r7vu4EsKls1qXwUlH8kq/7c6nfzLPo73WYlDckayyvU5je23AoLsjWaZUYLsbLaG0168L+pffDunaakF2R3JRr8vWrTtOZDRX6gOqu5OLQmRJUPkjTBd12HYkUw36J4Xpoh7YI41Mt74m1SOOMuvrIT3R83yyV/0k2cGYx2CvEQosdCUzDeqikiepPUmF2q5koUGtUhYalcAFRvuByeiY0iUQ3JEsFKqZ9IYfkLTxtYDHaL0vfwdOt5o+gRYoOtm1VXr57+8q9wmSseFGiapy6ulZAgA+UMSX9WuG2rW7Z2pHdPduu8jn/2yukMNF04D8E6XgpkYPT2k8Pfs1/1p+JVnTAFj9PN3fThFfho8EqY1u3rYKvYuUD7yLy1g/1/vH2v5NgI9w5AbahR81VQEqB1E5vJ9rljulvmCINHx4VSnxasf4+N53lqJMaGbxpdpX4RVv5rKBwFUfYV2T6u37QaFxSyutTnmfaBBvLhk3ddTK7zZ2NTZLqDeOaWzMwC1XdnFzTSd6qra6/k56w4bgrP8Jz1u3Ty9qTpWaYQnK0m6mSc+h0uN2xMfS8pr3dcOt8bMGRaX33SHjm612rsaRmmDOPtf5hjy6BTjB43S/9A64jEND2+jLuJf/b9E6s2slEHY5M/NaN+m8E6aC6ITC/w0Slz1NNtOsd9qq/mWC/Xi77sqCYgKwQCmUS9FU+kA8aiaeZ4mIY9CnbMEjqQX+ZINyTUYXqfg0RMOamBsl2l3JfT0jfDRXwh0zrmGEVrSPpUJdHMTPlFnBq7hiU6jB/dFw/miT+1+4cOohPSkvGlpAeT1XZ1yRw0VHdPmNrsGRV6ozU4fmf06kRqI9cOf01qFs8Q1RIUdFU19UPzT0Ib6ROUKJL+QWuinetthnwTt1IklVnfvlFiz2obhtm+a0ZHHoQ8ttSjUZXZ4UNckn3MUNRTP5zFqwumkc7qWOnDTnk5VosYcH9cPsPCnuQJkZrVg06gVET8RFi8Km8+2n0tX2KTasL+Qnj3lKxo69b2PjjCdmlbRHyRQd/WZ9FJA057V/8r3y6LzqDQxaQ1gN6eqRibOO0E8ROIzSniIXjLqkscv2CxJvw1A5dVp2DR8VUl28/8kQ7NoX/f5mJPiVYULrPveT+ujv1gWeJON15SGu4U+4mksx3OAMqgz5BEWv7I+ye/omAJGlweZKLJHhHn0o+nlevO5A0/86juRGZpvVBz+aOKqgNhn3VL/PBxZXj2c2V2Rpjv3W3DOFoPF3WO8bMFygbOga60/lcwEuEsJ/K3aYARE6ePOclQpdc/5gSASCpCTnqL3sC1ArThdLiuvbEwhRieJhhwlruvH9X/AOij1dbFHrllJtGwXSjZc1+PtmQwTZU1kQmwmr3KO5gjIzYKVdcHHcaQqV3E2X1KwAp2qHu1LHpTnLxrajaGbjKTzTpK2Jb/jRdBYtUZVcZF6xX5has2zTArcrreWHg0k3dxqJ/NMVpVjs9qxiRhFWCRzZCEYHULHkQToV4Vv0qtSpJlVE4wCeAnHEeOJqBdYVl9xb36mHrGp2X99uYKx4auvBGOdU8UhFrr7KW+t+tD3pSAGp/CkK3KpGS2xHtXDIaOGH5J6R7OCcdWUOCk0YVOSNYhYGfvsf4rgAaD9T/RXDHJTtT6NfXHgFH8hijdHjgWr4ScN1wCr5x6kv9UdBzFKWDyzAmwKMpQY+dkemkBSwRjqRbl4IY63p0jpb4FSUJ3DJqqMxFfh6sBt98O9ZKtVWf+mKGne0qBQo3IVY3YRaJ58RR+jVmpk1rdBhIdJ7FBU/sl3lg8mD3lZ1aKuUFxgcm+/c35PwAFcaj9P70GU2iyYfcpf7YbBeD0JfxwXLN9ZYZrH71OaIcShmenT0UfESCJzhpJglx+mDER1gWJgcVPHtH3ClSct+vKFnrPy1MEUOr1vuyWFmkKdZOERoB33GRSoB8fEIh7jFxjGj1ytPatPQLxvEN0pCF/howBYb4izRGSZok4zwWAtukjDB0p+4nvu4bMz6billd+uDMLxKAl53lAWmYVY3oj+L+7xaUHwtEhr3ds3AGkPScUvHZZcRoL/gAYgN9PuQqRpko+ul/McpOvGFPBfAFHXfMalxf6DLj/bji58stgWYLAsYZ/iBfwSpokHb2Jkd3iL9uBhmYHvweS6yM0qWSegPai/70Um79oklhT6vqp1xxX5HHeMCLPNt9hByYJxqzjPNP0cCyUZxijFTEIVZKhGCsb6tHmtb0I2bhsl+XnsNguOIE4wgnYbxwsDoaFpfEaJRhET/LD85Ja08M030PNqWG0qRSgA3YVYRZnU/se40CxBe3mICo//b6sOr1Rk4ca0XeTYVOxtJ/AwynN9OH5r4DMQU589rvzGfDAeZ3SYYyxECCSts64R942xV4ZjbGiIA6wkMLDGFa81EJ/uqQSIe41fR4jZU4xo+r2JujH3Sh/sECPzF+Nq0ehU6zq6nzrcG0sP9rXiyzZ8IdvMYkwnLomZdVyb5KCAQlcp54x+gicwPnrZ/AJoP4FuPAAebASFcBqHWP5n7nGneV7LGv5sM+hI9XxE95mHLsmy6SZzqcCdb45ptjjKtMkZfzCXRIESFZgurZY2/JNsIVxv+ZtR88KOu2il8Ygx7IQJP+xy80aib/Fum2uthI1M7x9C6JIaBI1kALsYw6TcTsG9mEqo8ZdBxoR0HZxoZhZn+iFFsnJtwgrM8BWF5zo4K+vB3fOW5DAhBXrOk/NEYCzcgPJmYPDl9mKiYLo45Daa2uxmOHu/YF9ke9WqQghzFv2pe7kYwwUldfzSlNXqXoJcuGE98cD8uhdGGjkAbjgSO3XtP/bJQKycjV027RT8S880gF/PbMDb+OInY4RLfzhMgABTJBHwqJ1jyhFXBxPxUpfKGYlUosNh7S6o+SA8cq0NHb31UgQUfCl/C1lgQILjhy/KiDvULv2JY8xGvCO3nmBm8RrZpDQcYiX0c5LoWm8rXfM4EA6JR3yw3utVaCOr5My8q49WMC2mYEThLlYHqHEn4FDhxOg8iugJz01BYVO9WHyfYRS0C2y/w/CxoB07hjUL7YZWNULU0SVyDfJgVSutmM7G+BApI3TXfoEXjem3Wk51BcKe/X9mhF1L91o+urrHFl9Uhdl0qbTkXmI5mM9DO1HCOxfw/ZxbXEJB9yVn3Z/igLpdgqU+mVrnrGrtMOW4EnqJTinqQHk54V1QRnD60iSStcbQlgGRYVKVrNgFGL1Y5tFzQ58etjYZIWEsIDcVw4+SzGGwUZJIIzBXiER0PHhs9ihAey8lj/vJnUMaahwCcL9Y0ZHge7CgU/Hn6TE0n6K1CJfKOupu39EN+67aMqKZQbSCtCQ4/FamXBvVKzsIKD/vq7+A7x/Or4vM23qhEN9gKlTHpq2vEYHoorXKAKxg7HUc08YynSYMMtv25XDkPppHxNOXc83TWbYRut+kKjxPC1GG0YbCVsS3C0hVc4yJEDvPud6jvcP9+vFNUVW0eDYrbTYENICJIr005LaOFrEZb7WcVbBwHSMDv1urBY1wLhWrfMHlWL9KmNX0casSlc+U3pF6icprvnOZ2znSzavJVjxKqLRQMVQ+XVjSoDefBLJQ51+aGd8RCmfv2kEBjLuAj9TiLuzdihupGUGinlGfWnPlaLFvtWCwT3BWfk/zaGil5CHV1q8Tmiqtqfix0rarkh/iAYdTgn/f16lrFXNbh00RcKSkUR878DQZZhSq18mPMDv6Is4DKRNCQdxdntPPHY+mnVKB1XoezmcDUFaIy6YChf42joNKeMvRwFaNEqqIICs0l3ahTGKosGjRGcNHanZnR701ThhfIa0uD3diriPW79df3/3vt6737Y7msqLX02er2m8fO4jpsqfU33h7+ivCj0l8QX3YPd8M7kX49U7BMcvBh7FiHWkpMM0jD+oFS3aB3ye6nriebvHJa/alPv+y65815dDLjZ/ir64a7FXhBTPbZIpN1mm6wsrrKoiRX1SDX1VsnqeoBPnq59DZSizw7JvEpYn08QZje8DgFod/oUbt+AOpzgr17ozXMvVvZIfaBY4TUtMln7CkcbuOop5xyAf+FXAhu7544kv6MdZSR3E41kqx0uTEEde8ZSZ9x5rM4Qz7WYUcaUMZJfPtgqqaWATOVzBkL//4GeoeJtsDpvQTXDVYbGjpajV1u68fX+9eTXfLznY+lfg4Opcb2YUjc4bAl4VFXG1tH0W1GTqDKcZHx/S0ERPUUmFNZzwFhfXi7431YFzaUM7KjniY4Ht2zT5Asg2cCu2BDEfKNvOH0QX9kKU6PayzShFfh8ExvVU8/x4j6yskgbma1DwJfdxTYsbup7mZHgB1GEciMWiBgJjh4B1SYwwsffadSP5m0P5ce0wwi1twZQnBvPFtLjHbcZgy9Jxwj5b2nMAd/uceYNOJpDNIDvfiAGgopjYgXhpy2bTvOEjNt9KXRIAiNZsCngtwF5lTcUmMxtQ/n+UeAJij68Wzi9AjcoZPHU8Y+nA3pjq0FWY9fXstVRsL121jSBYh27O1bN1t8eH3ska//SWkmeJSs0chs4Xu7D/dxxEacyHtFnTbU1ISx6oCSLpvfFer3j+EIB6UV7GReU1QfOTMQO3OcHb5BGbicGIkdsgHGI7feKGFMkIv8xQ3VmoBCQIWPUDmA98BFcHfANBpQDwxYUhs+Sii6qLBvT1/CoOHam60AzBAO/D5nku4JJk2eXuYZw02EM91MPbTIXjY9xKhxwKfbQPfegWI7chUHT3pql8jjkWeyVhDerPv8u7CinPCrHJf3Ykjdx+hJlQ4UfJBRskWrwa5l9CPB+sPQRuirUeZIGPG3Dh7jY/ShusLF24gQGoXQCPTX8avRPrgZKq1E6bJh/p7vEcFNUf6V6EZNnKTeXu79VRhC/eZIRYTX9BjhouTSeVebSD3lGKM8rBnGKjbcycXbYz5pLtNmXUJ+ttEgHjI0F9YN/za/bh48bXGr5XFvGyYqUyRus1CmlaVmlLae0pi0UW9oHuzw2kqTchhPZlt18bZsysymTTZUU5PV8z9ogD3an2nW3kfkquIuAY5Hl4GDvNqmxv7j3LvxCP061S9R+FsoqGBX7jKYnxCEy8zLnlFF/zTBjKhsi8yaDG7qCoJnBbLE9c8Jaj0hwkoNlzKxeczMQYYIV/G5W+AwSYdb3jJ08OAghey+jm25D23kT5NjuYwvkJsKpgInh70mzJLNpfw/ORf8BBgmdo+7UggFaiIciZ0kAMJk26lKqgSGUh9qfSzVLDiJb71BlGGeW3IbKBAS3maTCH5agjzKTK3UsChlp4VZ6b9FBtGJoZCEOPj98Ss6yocEHW3KKt0hmB5rFU2fxbRZ4LCVPHzs/JkmTou50Z2RZlen6VES1HkB6uy0PSrTkv5/UQ6a4QiXitH/T5IZi3CX0zUIqPV/mb+s0LAVggyKOKoMQPQgo9P/qb2QOciQtX9wJOv1CgSeYIEbobDcHsxGmT33Sv/JPXi5jBxtByYJMUzsDowhFKhc7gdD5+PlT9JN+VsmmLeUaogeCGMeApnEXbIAExRzJFxnbjJc4Ifr3QbfPmO+BMPink2sMP6O30XfiVXm5EblwB58h/PiIA71nI6Sspjb8jG4ILgSdPF8Y5WCNll2KrODwarySPkW8njAz8n7qCybomfIMIxPUj8TjjZmgGydOMfWy0lMwifatB6yBARZTtV4B+Kxh1e9/gv8gtkAYmyo0uvOxC6Z7LXqA4BEdY8w5I+KSJ2zWulEa+u2UOrWTKzHm3RSGw9ZQD89BnHE4Pi6es/jUjg1UwQIZCBt1jVxLxNOzkjxYPejpw07HJYt62KC6rxK+fibihkDWvqurFANWU+RHvi1pRP3/A4mdN8rJuJxaCMop1Lgv+jWtMb3U0hsYLQ4zGutCtPmLAfw2TrA0AzqJWo01ofLATkkCEHhzuNBdyh/mQaWCefuSPV0QWEJ8+0cYJIWDTC9kddOdLLmQcD6BatABJo2ihIsk0IO5tKgSZ3VBVkAgL62hjghPKF3uVYo7VWFRu17zD2iTzs30GoowugyvVLiLTqebkSD1JT/32vDBURd1PziangaNNFXNhq4wv70O31Xpmkt4P2wrPssz7Pz8955f9z53d84zG6NfbyKx8Sys0H/y8p/3hmGnihyo+1k6p8ik6eqiWgfGGra7tXbhd5Q1n1mqLxB5ybKuq/H79867wpDDV75f6zbCy1aPKFZ6T4u9AyVAM4UPVbojm77V6ZxISbcsfcKLXyGde+YDLWTxHR4GDzHke4QE5cxit/E9decBofd6QZD48iA2wnzF2SSuzfTfGKKfu6+/LhbnwhRaasIx34iDOOX/9jH4+GH/VbIRgZCCtEZD3Opv/Hz10XnF9+k+DNtIIrNXLPb5ja4Uq1JxtXr130hFsfLjLf0J8pcIQ9CHzTdbtDZakydnvKstJ2bIACMW/6YJ3vRcg2LdPpb0YqhWBdVbAotPvUIJBlA7QkRcfeYSAUc0IFh6imuZViJ0rd6g2K5E6VFMPFWbo5wJ+eN4IEQOXjFDOx1qr8deClsPt4KTlcu/tp5v+jWjdi/4TALRxAqDp2eeLj9vjQ0WN8jYh4nAyiiXKD/uoGvzDps+/eBr/+PKH/dib+a3Anc32w9ntwZa9cgVFPAog91/ED9XjTYGyoZoP925VcY8tf8v1hxoi+8GIEHQouFCnC5L50ZLtVRroFLpBKhiaf6TiGXpt9m23V7LpqsKcbvFoSr4TV6HtF5DUXXMTkwkR7hgFXk7erE7yXqVbbPqKHDoJlBG+kRvwHxv06HUVR7ciONm3m7P2/vmS+xHWxMnP8oQWTxD6SOH20yL5xeVHdXDhbija7XZhU9wuaOL7GXeERA1SBcYiEip3m7kTBIxsX1OL3YS6Sv9YubPviLWzIPRDoI3nbWvt3rfNn8ph5SQ60BQWuYCl4bVL+1vVSrTHzzAyGdzYGUdoK0doLUdoL0doIS7ARl5FPrrnvKAV2jO1Bf8sK6JOw/zCyFO1pOJIJie6jQB3oQxnh8tWKNdDdBUjDtLpaggxx2AtObdpmW0CPvh9N4sy++++YZqVuwzzncn2oPiD2v85HWU6yL+UvNvjD/Qt0hhWTGja/1ho+PpL8SjMv+C7a15dSkjv5iwjwZ/d7mhS/xxJkFun66YGTCXNEVKbw8mpaXXfgPfP73fepVp8gOJB3mWV6R4x0AoO5mxfIL2n+tUG0y3gDAB8In64rZyQFQt75WEsKMeWuYyDXUYe+TY5muzsP5IhqRHIZRns+gVk1gEhzG9jc8iq6bwuiHysS78Smowc6W1aXVYRYn5+mVmiw5DeuiWXVeiGZ0OwI8Vj48I60RnAoZDxbnMNKaYBbSCiPPaQWgMgrZtkHgc1soW3dsgS+7O2LeZHi2WJuZBDpvWxs6HBpRXCM+ub9xblJrouObl0P4HRZS9wU0jQrURLojsKAvyP/RFRaOXsdL3ZOCc9tMDn/qvJtu4IHBHe6Ve7mjr8PrcL20hx+7h+fjz89wYj0mCLEJMYbYFd5EB0kG3q1FFLoDJnGDL9XhZvwdWe7V5CA4wxl7Ety8nY+aUjnFKOFy/WCh3tMPQNsaO8+vGU7NIDVJBBuerUWikq13IAPfooHeb8w2ky6/e04EqPi9FjpFSKHk83TIkYuhgGab9BWc0xHq0mzyudtpem86rpp4Mb93CvQn9ij8j/Utv0pkE+WNdeqyBbS1XZPOfcjv9KaFuaNjV3sSKMgLy6CEb63VR+8CEzatPb3Tqy510tAPdKierukL3tF6jeDGtakUA1duAhevPg2YspEncHdd7MgmjDf5NtFHhT1z4kY6XSirOlS2Tb8L9EpS3cBbwfC5v24Rmy1gacNzqAD6mEjyUPPUnapxiFtrb4y1EXHrryKM/1EXx+q47tryVeeUX62EBXatU27AyFIF2GDtcLG7TTRnMeaWavXgmfc0u61DPQ2poFdFhSi83YYfrYAqqrSXMoKq6PhEPAsgN16z3ona5RR5W2xFfPcZxVJGDOm9fV6QEppWiF4bbb5CfyI0EXt/KuRqwCego/URVz0A2p799qPyKEgixdQjYJf8DcVv4aazkYD9xZOl+bRrPoUZ3wUoI60qCns+0ekUEMrtF77YN32n06BTKuLk4fmX5CsSnRNNA5Ry/Wp/QxJ2IiUUAOX61f+OJO5093ut3L/8j3BPEauXGYnEDhWmeyVqMlnyTEDuUvCf9/SWFLdsXXXgaN+Kd+rfYfalSQfYr+kihxk8mjhYPDUnB/OVfXcxPA24IyNFSsR+6HdEV+mYU0CRpgzMWWxkG3PEuTis8qJXxCoMkXlo3ONJIhNfOTIXempmz5OXnWuSPqDZsfzTSKAs7nrALJix0yxifO4vt3quihzDyCzVzppz0o+E/R2dV4C7xcytOwD0jgZ2oWwwLiekkV/NNCsSY0CYf7+uC0EB/a26FAcqgvSipjvLNLCRhKdb7nbdfMmRLpysTStfP5nqHkmtSlmbhW0iI0jY6D8hPs5pUImP5DYmR7vFrPTr6t7P9reqPdK3JaVom1O/+XVouaf6m7+NqyTNxRb49gxE+BMH0R/tQa2EmBbCxBcKjrljvy2fFJ/1hsmarM7FvCtQHjge7faY5Y4Qbyh0LCXgiSXo1HB+BELK0ggNa/5D592yZu1rn30NMP4Piu4kudT6bF/L6FR5gXJpv6MEMGMk/uPK7NMAXKXm8oaIvfmupsxJidkFqgxyNzIVTxZaSeYsgms8exG3ZB4j7ncloxHSpnMb47mIccj5jDYttmd7ms3ufrPps+eg1A3m0XHnfdI2k+BIblNDM8+VfV90h3OWNDk/p8FqzjhxMjmoBLegN5Wng31gRKmmbheGU5JOx8EeYuqSzzSdugCo3r7Sx3kNWFuGPoV4T3/6Mvp2uriypj99OX0bO4TzUScqMjQlR3GT+sWpk3E4oXBSKd/BRv6mR7n0vH0/b389N2U7+YasRocGJ0vypnA5Oelp+1rCpGvidFA80Mgb35xVIGTx2/hw6IzlOGLVyLDoh7+mAVCxg0JlfkVV7IWVsIzYjARI4OUGAY4cdsIiur6oxBXHANhuijINrC64QIBSTiryiT6XwA5Psc26t4dWX0PZ3gNwR6M+OrIQl9ZlhSbhnDaqYnZDUTUh3a6cxf+QDDLczOOThTe8euRPhwgqDhfxcSKR8TGjaVBGURABH5aO88Bgf9RQwrKBwLuXZxcmLZV8tEcgGxA4LsZZCqIdeIZ1QhiU3/v9M+e8fvSRPBcjbOgdXtsH+74q1AiEDlsOBYCs8YoNrKQxQXEWZLjKjFA9ym7o0diAJIzWM9pcTXHQHhej7mifv45WFObW2ll4kpa4WdXDViernMNM2SC/V82d6evgxM0cWNrs0VsMvnciBiCHs5suo7V02nBUlCNSc8T44qY7eRtugf2Z6A7UHT15UkRL11aOpWraIlzFz1SzvHdUV4IRi80rXyJOtxFNUeC3PBb0JYfvI2gotQ47FCtDfGi0rfjep8d+fKHKSqKQdrNezXWMY4JTVWVDhmX035G4egxBwnewPpMultRlpUB+3PDtUXpEkXGDg4TJcW5lOeIpZ/fHRsEV1xmGBK6M1V7dx2mVw3H2Ljc2TMeCuo/ErW4BEnn4rJJ8sI6H74gr1qdcNLI0spXO8yOKx8piJPGQyomNKh6ObXujicfnzaKCUdHJCbyzE275Cfe7NAmZo8+7udloSzx1CX6p2ODIN6vVfFEGC09Oz97zG+0xePqrVu4rsspxvpxEl1gDooxv0cEuX2f2KnaR8dhgUUw+mzifO7vfd69D2yB6lBrYUzvr3D/eFsXM8Hg95lK10VTgxvTxXcYXua+MOXLLjcZLhttNbL14Sz3SEjO+AoRAg9r1fM2YZ8iQcV0sZHfOqVH7idUWhjZX/zc7tjz8Qc3752HpvSLJe9oezrT6YcCEyuH9FRXw2ZyxcIRZDCRC6IYtMptuiVuvwojlFrSXawJhhhQT3R7QXnYCpymro4ioVvWw4sEW0tEMXIyT5wIld9Fuiault7kmX7yXrGJ9bDiHbvY6zPKbbrrmxFc9qevW1Y3IUr4mCGIoAf5prjqYh5CgchMRgel3S1dUS0HZRdRZ7nHU7F5NDZh+f1VA+PRKgYX1nwBhyn351R//8WT9Pl45Tzid4Ng63sQkHfC29aBrSb0NDcHND3KvUQq7T1cLALOu/DfFuOYbVYkcPviCAn5wzEzz97VZNFqjMdm1AJzSNEMfn7Q5XtgVXUa4FMn2DUgiomzPrx+LQo/3zZbu8kqJRi5vNaG9lyQ4y7E3NG6/9pxnaciyd+w0/GNDyKQIbp+HCxdrBRiXReZBJQvGrjNhlEQusn0wTye32X6YT7DjY5OtmaHCXbr1wgmSrv+N+zP3faVoXLSd4iGfIkRnJjTHUVJ1oYaMHHSKEB3xsjzM0nloZaJxMrLo6Ku5ipKKi8TjsrnJEB1UgWdoFJ7j1iIpoTW+dcVhjrR0RcpAjKd/giVoT8wzYRUdVlyHvIpBpzlPDGSGPgLA1U0+WkqqHHkjrcy8zRCZKx/mK5Z34Va4xCHmsH13Mvql/ws5tA39isTXFUqEdTVYp8z0DCE1UrarPYTKr+YeCvLH+ccOD1sdKQpCi07dgpwIw0QjGcNvqd5oW9J7vJu3vKsi57ygGUgdoFGkjU4PQAMh7h18G6jfVgp20d/GSh7YG+OUYUi+WVK5VbH4Xj/MZJJdpc4L+8EE5Xs7iXFRrXynJvHyAhtfxwge6f8kIgKqo/d3e6i5rzcbTQNM3W3X3r8lPkUMPNZ3SiSc3VoW6wSYmGVN3ay5h0AjoD6/lXPnECG7H5zDYJCD9f8TaryKUX5V0B8PuoLJc2H6Y7NtFce5p7oN57JZ2DYZtZs5K+/z5ZcYr4aOQE66cUxVQReNCn6hCe5mzrtsFnDSOe3qYQC8c6iOsHGk9xpfuKRfeGpgCI3UwmMuiA3m+iTKLjhk5G7Y9QSejHj1se2ezrxqXw1jNKJw/xNg+ZYY3nuRoZSjYZzQMwVE9yY9voPqDB8ND8TsmMiEGjLvSl6FRZGiso0AOF+23dsKYQrALU/GPDZCYgeLh7JXuXEswQE4F40F0cgtyh1RCIoPHVPT6I4vUbqLNTPBZLv40uaCJZQTG96S9ycR2HJoaltKcl79xWTzF2dEWziakGL7jVb+LgZfDW9KZ3lm3qiXB6nH3mkudogQrhyf7sfO9XgzWfHZcZNHppaMl6J1SLjGQImDjBvICF/SL/0HR9xcYKcBh6rcGq+Besa8dtpjxRYTrQLNNudczWIBFT9yQBb+rXbpIX0zw7t9DLHag4p2e30ZRbc55svW4dn8420fGvNggUfGdJzvZ9FgJkauhyKEFvrBQyX1MMQ0PaRg98VbMxp5T4welPBov7VQ4tTKr+oOB738q7DVDrHhxWJfpK15R/tibwFpLzTvycP/tvb/V/tAntuJk2euq4ZllybS/XIkkr3C41Cp1jVLbjgFYrp3PYJ7eePaHfJRdROSMjsEbfrIV5k60Ou219ST9iiGtvTpk40dgiUvUTVFTQIdJ0hLy0LuZqL1A7JirAI7z2hZxW9n2h7PROsM5pENMcChdZB6Eo7xLumArwFebX+rrR8jzqFzjAFp1PTjG2+NXkNxmoJSbbDGTDwTlY1t/+U2RnLndmwBz4sXTyBUZA1Q4wHGCGVFjqkQTWe/AAZekkxzOW3xy7c6KjBW2LHDMsQF6inhATaIJGCsgYy1CAaltyzRkABjDjz70Ulp0WMTWZYjFNjShAH8up8cdFl1gGrH59eTIGnHjgfOPqBfcE70cFsae9h8xeOBQJNlFpuxL3Y+NFK5JtrMQyRyG1FtI42GBCne3EKlT45MsERkGwwsV4X3jFsQ0L+LpHJ89Tv99fQtBij2KK+4947pDvvx0FDcowdXQTgQuHhHKGyzK8GGeaORHw0Yhywa4+8u7uxP+N4QIF0LW1ng5klBczzOrbTjbyqYuMCH8BWVumMvQpQVfPcRfcz0++5iGXf3OD95l5O430lt4R52omZrOVc8co3LKyJKmmdVGDY234bx12Yp5ZOFxF4s6f7zHc2VewZaphyD5LPjAv/CW7aFA2ooH8vQcy97yjhDoWN7c4+Ym3CfHqTbgK0/CLGIZZUw1mRAfCU8pnH8Ko+kBahNjAaogr9NftP3qAq7sKahj4RsUsu+2MD70CoBNJ8DTp/Dy4AN3uxSoGev3EQ4TMWg2xZC0R2BHBr8mjxubBKVOHQ1XS9GF4see7EYe30D45zo8aXSNHNtCGjjLnvF2RqC3PyRn6zbcnXsgE0xTb6Fa9g5wIPA62obWUfTuY0Ua1upZsvatn/4ykHHiDzHvEbfL1GGxEopccFw3BUnwS1yPGuFzAtIIdAByvPRd0XfMqp66Viu3wTyf2D3OgzU0hmHwI5gudv2kVN7wEKYGCw3G8M/zFOBOKYBRINdUZuDOmTE2nOFV3Is/ly4eyMOXwM6/bblfc6rrbKFF6b8vUhJJYc68Ar4a+ct0dfJ2YBECm/8JZoAv0q4hIJ3pnHIfLK1fTVhWYM2WYgNLiYl3Ds8yeKdJVcTnYaSvKjETZaOSNdUpDxTZdfCXcMgECZi2M62iPiWEz3gOUZ+dhdcnsKsXXckOIfH02g4x7sVrefNc7vH0F2QivlU11e25JInRkTVt6/UZNScQywLw12d8VaTmXXqNTI9cHFJ4xHuJ9iZC2OyhODChuYuZ38QD++rdTQZLoh8MgQ3zcYWHhiUV78038yKWV+KoRmMQ78qJLGVmYxEVaYVf06x/JSjrzk7q0QvvFowWuMrIouAkDGgYyIXBVOb6GJkkRCCJr8usqLpeyTQtgahaKwjLhZ+/aiNbL/ACuEjr6vItgCz5EC24Rvtmm8HVebiLKV/iUvLkaGI/+tZWKY05EXAtp6D8U7HbPhNVAwsFlWZqS4g5geKTnclj2Cp6QdkR/LGC0y3r93+DVoGxrDNaoH5Kl+aoC5BXaf+xCUJRLlrYDgX03Nj/iGuOEbrQ3yOy2tf6GYcGYKYraEQJ7OvmqasaBtDaY1YceTerGDjcexzFqpfs4u6RS+R8MuUG1Ly/VErhpu1Oh3I8A+aXfqa3yNfyyJ0vK6aLKZXIJ5ocsQpxNeVROonX2fzZfxcAg/NBwvdwWv6FlJxQU0f9IeRva0oL8ElPafB5ykwwYvdCGRh/y/Cc8px1wL304Bh3KJcj5Xj8UT68Tk0EE/Q9ZxyZJ3AL5dOOIRZ8BzrUqI2qOe9aeIccvKSgV7fE3SlmnK4mLuYyIGFP+K7MekbHaRi+O1iwSPAjO7QEgVRsZxglJPFN4xzgd7Vk8KQQuZ3T8mefVNgJ2fK2POfspGI5yOKbjrDsZRNM52PeXLi3OXMkBF8VG5WLcQNOm02ZjKDvOnrK7w+5de5N278l1vuBRn/5cZ9ccu9zGLeHzTuaRbzw1Y7QDCFBMJ66MSTDAk+BvnSPo/JWqE9FAoaLeieotIhje+e4kbIA2w/sebeCcHmZgOXQri5d0K8uTsIOHc/AeJAwoilCU7QQhqMj56iQSotQt9Bu0pL6zd4aG3VnBv1NVWrhdyBytC60qs0tXrbDIBSU1oadKWqnYlVvlfa/R1LLfp8knpgmnU94JsM8mnbtS7jleRaR+mFhE7CzDC1Nn/T4mP1Xb7Yy+Ej8YY62Obb0no2oC0oKHeFau3S0UY84xJovkh6byh943b8l6bg1qhtZQQ2GObO4sgwDqLdmNqWZ+DesCEJoQ9Bh4v0GpUqPnB9e2SQeIr1quEn2ESFvAaFymUQ89in+IUr73FWzbKerS/Lo5L0sj7MCsDCeUJABP0/rT39GKB3J0sk742YQ0cac1s6W2/oH8IV85bbwtdLRgr5ZjfgX9v2RLAa7x1H8gfXMg2WBB39mITm8HTNinfpesMfm+8rVAyTbeZ8WKLOh+twdOWdU/pIS/dde7CfcsAHyJP6SNuT6p+Rik5U0pi6bBp+0PUP3kTKNj6rN56kQ9cLaFYHnb+tRK+2Ll3oz92h4tcEBpeNqahhlO2seA/SRxEWOrx+Zt12y0BKD84NIH/z7m5bOszMR4g8zzfst4K8AFqqviBmmrOadPTZ0awP+7Zl1ONDLATJxQiQUN6334oubukZyzavO5p5mlzZtTM7fxBgG/3qU1aw9K5igK4VSHH62AlWU0vhLXdk3GZhfWFfmn23bqEFKppJxM2ym8977dRrrnnT91ZxCrGA0ttss4irTTPX3XTVyzCWCN9uXeEhXB3zwUkXRnWw6MP4uhWf8C7D9ST3hqi7Tceaas1TTKPtiCNmSYNtsi9UK8ap5AxlEiKzo1TyE5PkuASV49G0H6ic53KxljYyedN4rMO/ducD6zYTwMEaBFyadnkvy4sKTiZGYyp8qG7KpnMjXA6BqlICOXaQ18ayajYe50Z0m1ZzkuVjr0Be8qq3VaM5w55ROtho4V8uUc9oHkrSBugZU4lMARbUqwuzrZQF4WqyHBSo4q7NEnaHs+A6OzR1y6Z5/r4SRe+GTGt6wrb8BP00t98jBaE5LBQpZ4tU+0bNMhF/Wtw2U2A5jgg0vKWtogTNezv1FWkmr2sGULv5Hnr7VcQgETV6yn6tudVv2QqWQn/Q0rqZJRvNWFRbzBKurCuEVpK4XdHpswloGtq5r60f9QFsky+Vx1hXFA/aWQEjZ+kjeFJEms7kjHuI8QTdhrywZrcZ7xkLQbr8YTjTakcShD2H2lGZJZAHL4rIuWrpWW/6LuJCvvCHmjC5Sn5rhovY4D6KDnDz1k3tu9R6NxWTNtgANAYMzBdKG+KnPVchn5ytOED6M7hnUZ+Cw8bu0N03DiIz5Ay9YYIuEoC99a4TEXP0iWb6trd2qxS8raIiEjxyjcC1pj1nFGSkd5W8GmqG9ouGMHqWXw2ORdSrOcqE9cOwDCZh0byQxR4ftOxiAoeuCk5NOr9Go8JyOFuwAUXnaVMVHYpuM+0NVBR9C7LBYB1UVO/jl3LmOzBUrnyQ9VdZrpv/uP+qpJGinmWRrjys/a3wHbr6rVM0VGmpC4a1ophJcohr9IZq5MSadERvP2NdPW+4KzaqQU419BoL4UUT7eWcbcNyZ8LZbjw763nlpJQKP/pITT97PjFYMOFqFqp0XUxVVFRT5txYeOv0kQdwT7h3mcMSyMj97ohGS94b4uVrb2ALp3dcoNT6TkGedpV74qZ1ilqVNQAq6C0sHOYWMfCGolTTO+ye/vB7uqolm/ITzAEiS2DhKLfaSAALMGui+iCKvPYojjMQsuDccepXYeUbTDyURiP6XoeORpK+WqYdNqL39vfpix6+QpljfT7JRgtruuG5e8fnpQl2LnAq5DR3AYiVUgFBLBAofLfqnUMxrvB+o6wlsT4spRDA8b49JVaS94w/yUxTXhgMSFoUJooaJGkT1WG65xp5dh7mfdFG2LhC2rEocVscSkputN860NX9sIu25bSrUCCLi1feHVsJVf4lHyVQQP0+0sC2AbrT+hiJRHZFMqn0MPMxCxPd/YqINlPnAu/XVED0MoDMb5Yq1Cb85Hnsv1Ye1rBLpMG8edLDGQHD3+35+mrg1Xvhu6xjfnl0tMJapdwmugA9Tm4KjnmnsTKUeZbBmtm0MNXTWfOqDomQBQK1fltIEAoGsj9qiQRPgQWoN7dEMF2eQhv9F2LgDGYBsssg8bHXE61jnuCw5MpSfCGFa20MqoxxTPV+RSMxq78EeLp+Mv3x/2kNtL9iLwQWKpEOdW+epm+iCH7XEX1qF996xuQ484umdL7kiwkasaq0gItCZdamtI3EsN0xmEj4AA75fwLU4vx3+cOCJS9a8w9EmU1B3P8jb4lFM6ExzbBv3UVZaYpbO+uvl4ImjbPJ6WOqHU2+SUD6JQUVZr6eWR+B7JSdn+zmQ5yEa9mtBwXOMqQwGUS832JhFrQbEAQeEbz1C91c9C3AQG/L4JVVBV/plfcarzBHfdw9xL7LrxML797oxcnffbhSGSIyTSNUx5Hqcaa9cZSUl687VMpjUZr4pfZmfWnJlJGYRX/ylAiRB65NSvRKfxr9cn16MrT3mL9JPPW9DEFwhTI4ypFz+LKk/o1wJgUfdZbaSkfmksIDSKU3GBH2GSf4DoE+RgO2mk23qMPIYrOTaBF3hWM2egpJwHVaV+nX78G2cMWc51A/Ld5nvHUJgdSL2QuXmM2Wlj3mFqdBWTPbJVXRw2Ezw79ESBR/oX2PkcE5cjVsJCv9mPxxGhvD1EQzWXWp/suyYHyJqTbPxqP9SfzzaEEo5KMFCQa8B7YWgm8vAPSQ/DrVJLyd6xk/eeFhHN0bkcl5cJhKEqBkutROvTVWPXJeg6MkPiv8E1ArofJT0sPwkeuIPK72KPVt8z5bS/KCg8ZSFkLlHBkeu0S70A6OEW9X4sVzbHrHaEAGccmItmaVX8XwQP2RfmuAAVkp29D7teHj0K9mPlJWJP/T6FAMmkqkg92/pIpAzFC44LqXn+yt4LA70988jFAunlmD7gBC/aqNJUwNwWKD1BBRo8yDqmurrbmCE6gcbPV/IrmiQy7wUIC4akJGXVPnB44gJBS1gZ0rML/teCREzff5XZ6PzAlChDKdBRRSarDGMw4Q10ipANSZkkVXup0vjc4OTnrfeDC1dBu8kLe3TMEkXKHr+s5TMH3rMpgynRS+H1hR4fkPUaROFW8I/k6XEn6EepESs8qxRx8zUkAblrkS6Npu9fqUpBlINtMqKyQkGxpQeL/r+HzAcchnd/xy9zgcs6nwSVsOtEY5OWYgZeoVCakbhQgsz0QcuAPWbEN3xPC2FaiT6zEXmP3YeMCIWiT2iZPnKJ3hh8S2iQ22xW4UlwkqwZhUEZXCzxb5NcirEUbXVvJxmgdMtMr1EVwIXO2D5jESMiOr3r3C9HGdK8SBYNz3Ie0t8eCkDqXHx4V1nw8wiBgD7iaXBCGvZgw5bVZHZz69s2YKv8f1Yo8pHVgcEpvmal0tjf4uUvxkguZibhWJ4w6m91K10JxFalQVCmIufVFAN750W8X4RQs39DZRPJjBNGLG9AjBSXfAvRG3sn3MQ8o6nDCNiP+XT3WStX9CNR4+QAFTRk3TNS0ZO0QEMxvYKMTzYr/d7yoPxZ8bR09Gw1d/5ggS8cjGlSadzFO58zEwP3vVW+ySEsIT5SpABrvjkc9SYDOgeuehqKLJG4kTelvaflW56HORNzJD1fxP6NSg4kYKJ93diUwByIKw6xWYOOelDIKIS0sOW36QjFA/NeNVHPspy+iqLQZ+T9Uvt6SCqOZ6Tw7T/wjjzD5Q9qMXD/jgwHMOqlhUABirkyQOPky6UII0/Y6hbqOZuxR69sRzQ3CRraVscEK1y9gn8Sj22ZhB4QS2uL5q8fSBq+7/k8wwcWr/nktpcvwiszNPdmPFQhAuJoKpZtdZ5x3dwmBJBwkqS87x+PRTFr0wQJ+IKwUDOJpQWRy5KD6vt+IhEJeJQUSzYhkQHW62UozCCTSpyDgORLX23OgFI0PNcN7hZjOlCiDTzFTKR0WbicslALwZa5EYCTW5Ln5jY2ofMkPZF19yC/Ic6Pya+K9EWgDWzvPoB2xvXDYIr4d+9do45JyL4iOIYGuWx1DRZjJpvJGp5sy1cQBVKpI8E2Gtd5KrDoOtJNwsGBgyF0hCTR4Pm35GX6mOk4kB3ow9gVDBmkFdCmBqOz+p7LolS9z/RSQcVWtbq9xBj6L9394kL1m+oH/yl4erj14BMxiS3a6iX6wsYlXB1kAXZD9q/HX1AVGMQvqah8fel/KczqNULz4DAqAyRlGBY+UbNbop/ypFENv8ktW69dNsuUClhBBOrgfHb4MnMyIxtMsslvbwZr46ziySz8MKQvpQm2cy/wFKNsLhtj61x98h7PuVekF5jsSs06HhcgzrWCRZWISVkpXHZ3xidNOrV5nVYVO/fjaYtnftWVKWrwW2TXTljGoBcb5B9byqXGJNgJoLiji+RCGHPV2EOpYzcs+UKuMGe6TU9/hTKZeyL0nm08zyNuZl3U5rARj51I1enJfs4YQQsUJbckzdZ+3leQUVd1Te2yEmnSAbsVyItR0e+fykjJtKkgvY1Z9Fk723YcLiAxHXYqLsromQphW0lU4oirAvEYN079T6l10XZXDnN7GOwVDK5PhTmW79Xxw7tX/KulGwpMcZHQ4DxtbQmQhHqM9/YWuhzWnlQk0GSWI7YnEagvFaH4FNsJJml4GjqntuzIWF2ohd08oL9eSMfE1vIsgrNjuOmMx88GGPkPYubl05SIz7Rn+5EnskSagXzYJp94/9dO5+s5Rk9drwcIz6g2XQp6x20dbRSldTgdKA/ROfVpn24dAKJJc+7MrQPUyJZRV+c2I8Fpg6A8pfdr9aqJkj+3Mrsjp8/muXTvnx2FMPBLKskwn6TljALtbniVWjTK9SnDCTyGOtyPxZJ8Nk/SzRb1btE+OkkS6u01vT+Om/E0yiyQg2r1EurotAsLmOg0RLvc7CAS5KyOnTOUDI115+cneYfy7Fp0V/HzSkaTy4ifpzYU+dcmT9kuNCoOkX56nyjypxFBxR1jiCbkM+XEv1V+9T4BuN+0xiBNpU/WBJHy5zSheA0fQhF0T5lW/IL77K86wg4u4GfyIejJNm7TVq7il+WJ9ewDlTqSdb/zGjXmKHaMdv7cX4RpMgXquJucO5Qtxj2PjaBIkttm+DYf7n8XRpLivoF18eWYosncITaaSD0xsJs8wAQyqcwzyzNK/Y1hb5eEaGzUF7jitpR2feJKMnUpcxr4Wki8ZZ4xVyyAyWuJTQdftarN/8oOPf/qYShkc4hu3v1F8hbzBSGah4DuE2OS7ky1Vx2wkHLtwXhRVWZuwpn+iJ2IdO75z9kPLKqe6pgw6O8jSppC//5qM5/eFfSIyt/AwJ0r1A9cR+KxQK9momGNKvBRkhGBAObtLwIn/HPR+Pk9mEy24RFch4vBXIkRQiRPPCnglklnkiBtdJRmbelepFNWpA1Si8c+wMyvx2s1q11bxvNjcxAaimroqFqMP0ndIdauWQ02L03PXfTW5SInfNbE6ylJv7PMy1zlLEwsmDqP2PTeGbWNQtuod1Ug8063VxZfST6eq4XMlrvr252Ix7/6tzpXAfAhuHKgGO5FieBz46DOosH4PpfMbPXTGkSx3it4gVlXwKoCaMwdiztCIRzhaDtMYieQh/fySSXXIJWm9mUwlt+eGtJNRb3jLFeU62i3jJf6bCXs7KTOiBtXqwnDfjeaPz4ZIQ6yXylgjLr44Gtb2Ox76jgU7b/9hvzlOOseUiyzyNaK+RmruI07leKyMLUZsV8A1+bV2rk7cen0PQcY7WIjLGJqvtClJEshPjBKMOfSSnOpIkO1mbXZl44R6EHH0CeVup2EA4G5cMta/V30YCrhu2zqmg/jY5PAdxcXJWBxYnboaXry6Yaqb6ryz88DH36g02oPQuWvunlQabwZd8/h/EbVp75NYoDkIzL3w5f0S9g/yzI3AVfi5LZekc/m2uqoa2VlQ0iNWr82WkiUsN+JPldVifbovTC3gt8ZynHSo9kSjxzcl+kIKVYapKTepq4upiAaGKbAuvwLzrcSD45Kco+Kb0SA5sk9fcrdITJKFl4F2vDiwWcUP2i5/q5em0OKbxziyIWW5eBLuqsoWh7x3whE5EPMxnDfM4J8TWPMC+eZWy2EuQFiG+zvwmpsKZQlUbQDr2/YF96A5nvU6Aj5VaeoHDmyp+CDWlNEMmIa7qQDsnLhrbGs0zSgkbshI/r3mc9TJvLmzReb1hVkJYOLYES0SBXVbB2HD2mu+8u+YZvRDWOrboQIU80etu9DOrt8vXW96RlMI3URauYD+/vJhHXxhUoLOLRVP5qdvewom9TlAU5ZadY0oxw7XUr8pfS4iNCbVMd3WR8rJkyuucdKorlfQzo7cnqDcdpb0zl4WoCohS14foHYryPgzqGcxuUsIu+3E61VkhBszs13xIN4L2NxMDR8hT/rRL71Hq8HJ6et3Gr3KjryxtMTI2LGXLR6ncvUjFXixm0y0KNpyaqd/bQbXoLJrKJ6njgc893z1+owhUe2ntLytznec4v2Lqx7gG0b7RRIxKWLlzRpWvTx+cnI3SaOm5oJ905dhcQa5qgLX4pmzXX5GrWY3XWBHa7Fe5MXMKwoRNTXphsuar9pe8T3m6HMtXF1cTzhG18E/Ryt3+lHNEXgWDnGsukEDU9uZC7cDVrZKF04J4nHDFDJdSE5NucOlUyz9KnNLZxkxJ1EefogtJxxbwNQjTp3lyHPiVH3coDA4VBV3N+EjsC/+ncfohaNxW/tBjhKHlKATyZ415AQRYhBH+RSxcYsoseOGuM7HdSev9qVH44X/srFdjQkm5XkppkOIhTudfAkQ/9qWfkteKEsl6SPcmX2X6csTWPddXPgTjPM/p62PoZ4FW31S8poYON4+07yCo1HwbD/SictvRTKFu+SUYbvcsixwOPm79+jXOfXiBQH5sxrlvQvd9NPugOAzK/1nmPi85PqCCXlfnNM4Fs9+Scx9LBNc2P0xgAZgeC7J74sTxiS6UQrTUMYkuk6LNGarQg6MDHc+x/OAtxL7B7eU+lpGwrOx/+KLp0EXfuYP5vLO/1LKsCxvFqpfpXHXkcll8oupmRYva4B0+F9RCp7puV7ZHiZKFXmVj1fqb/g2coWe3OJJUIbute9dIusoxjuTKXN6voCYLBXQDw5VU0Mvhlw5xu86Wa7NZT1g05ggdC/RywL7ExK7nuWttxyS0ULIyODdX2u9+OpXXq/62MOJdhQFffKLtAg7H615zBGOxd6M6p22xRn1bJLDgqLXpyGDBkDiYoFprhEe+pWzVo1AT2WDYySZv1c+72tKteJiCsE4P8bXhgs9E9Xy9++1NGiMkY6OFilYXF9M5LDY2LSEs0IbHc8VkP2oUlBK8mK+U/LPih8uG/onHHJEMTzAyfn6E6qJS/Km5DRt8GHM6494ITdKCSdzzIE/hkL3ECB/s3/1JiQn/+tL0ZW0C/61YVh7o9mv9JOygvMZUkYyle8dG7WmrUtls81+Z+sMo2ui9TeX09445Sx4QKUIWWyI0MpbSnKZr0M9IqajbtmPDZqJ+ki8ob37Q1rbJLWaEcvWmM4pl/7b85CJ6bm3Ft5qiZGQ3OJ//8uFnH2Pi7dTWu7Sj8CUTSx5ucKEGc41WBLcoIwI+NgRMKUjcVnjL5hfYw8xciRSUNn/ylQL6Kgqc6utSAYD+oBH0Hf01fR/sfG9RXLMy9glulSo4zovuq3vzMkylEt20t3srSbBJ3b5KUvhY5POZGi6LoBnFF7FUreAEukhAbAFr4tkRmA8R/8qDtngcSh6Eq4uDgA+OD2sGtcRhhUA+5b6OjKJGwAfHWUZ5YYY5xzggOg6xKelc9ZWXcCju5vq8ydy+eOE3oNghHuYpvU7GaFNsLHdPEYmXlMaM+Ul6a47sHoEAfPr+M7NdHdB6GcJPevHzBQ61JpArZgYlcg8rJ+NYjCefE6h48+PIDrMnRV6obyGEh9k+CMbk31RxHLwgmwZaPxglYkFqIlllxfAn3W5FRpIYz5pfUDKu7NZahgaYMCMNQzGiD4TlvFBSxQxaWfYyCWJIipkQ31+wli4EVzE3AQ13AZQYCLS9T5IjORSND4zUyWRedRmjrF6iwBOTfjsyHaC/q/tsl8KsWxt/Ot+z6mHKl3g7KDQ0A/27xfTGcU4ius8ycQ2I9J80Kb0IGAnR5p3BrZlnQ4E9HJPA5hmf+UShNwSe4ssKJO0GtDPgjq3npsWZmSjUhcPUW7SZYVUnmIdU6ePrYwjx9d00S8ihaqotRpel5aaRdGz/SmxpoRjyUhCfQYBG98oHHdXrh5A/wz62niCvOoHWeABTOZ089LLaxr+GBz7B1AK2J2J7PA6nxXQ9DDEFbxj+ygFG6YwcrvE8MntPt6yhHT9gRU/ku3HhV+MXIIvbNfuBU+T74tX4LiB44sJNNZ7BwtP6OxNuWN7ef7rmwTxs49kwXNsOHmBgP+7WAoPfoM77+/B5GvTitafTZHMO862QIAogbGfr7byKDSuOqMcbn78wyUCroSlJMR8+xHo1QQRYFWJCh/uqSmCufuAuGJgPGoRKdl9KhW5FtEJKbDMcmAusFap6u6gYd2F+6d+a8BBvf71v0OGiJQNStLtF+fwmLtCsztUm/F1lGlx0twHt6QNnyr8axvJhq/9i+s0LrjWPqgDHrCAGVBfkTCpOSTdYaOjDLDvGtZtcg7sKDebmYlyDdlASNdogYtddohML55RO9gq6yCPwjU7GaJFqngv1C2NRNBdReWzv5SPpzxYX4wuJpFU1+ctFomH+YjiG2DfKgII7am6bVa3GcJb19CrLbxfNOdh+tvo4S8nhFmakse/68uY+G4AxVmfsdghLLEQoajOgZvsYfsdNjEQlXHyJaOwjZbwxW0BRDMicQPsdfmBlePyTH1cAXzEdQQAJPKpDSZCYevo0MMxr1ejFM+rPTRH4wImRQp6JOLDw3Mqk+ggiPl7yhvIAg9j3JYhRPJ/IR/pnHuwJfhgmxkzONNhxwnvE2b8Sgf2WD/MKcrc6Yf24lymaAbpbfT3fiH42oPaLhpF1dnE0wSWt+AlNSCbXSMWV/jRWpfm6pTlw1INX8DMp1z16WJPdQK/nzuFjr0WdPRc6hfgL8dbVoVZeXdBVhyXJ4qyO8W5WAMvVsfXYFYw12jI1xZFYp7qYoEuTTwe9UwjnQ6dFH0AHYxqA8yGvb7mgYSC4F/micRDyEY4psZoCDrhVWPe1cvGvnNE/8YBXnq2sQ9GrKaQ95VCcByssJsBfniz4MQ+febf+6oN1HkH0pxj3DOyi0PGEnBzveaoK8C0OKR15mliO351Fgh7S0R2EhR6kcB9vxh3ASHbYBe1X4VQIn97prFU3fGw5nVbKfFZYb/Wm83IaWEeYBU4QzwtSj0ZAi2y35OTSdHpX30rzyvXX79G+ECHu0X0uakVx+5dFsoGHILMT1hJoqkpAQ9yBn/G/kCY+87Tra+2dT8kiyKB5/Aztv9OqOVLH8745D8fT54twGJDhOtAY1z2+S/2PNM9eTHM1uePkY5d3148es82Cw/rde8Pj7u8Nej/Tm3+nf7VbjJNFyf13GJEYMbdj/Dfhr3FYcR8UF2VU9kgzvHqWqq4vqVEUob6/EBRqMeWuQ6H0f9q9nM3aiRJaPwtl7uxfFfGyjAUT98F5eYliPBOHThhNCNXQr27b8hXKyCJEaTkI13TNXueflKd2PJdsIp1ysqNKjEailbWos0OWwhA8WnfPk8fWvT6aWcGIc918lwUwoBVXiBLKBwWnZ6/onJMhgQkUAZ8rv8FJV45E9IIA3RLBHs3qIEWoeauvrjHrFB4I7BnoQ1VaVw/9crwNOsN+Wy30vmNmZe24jr9MG71/9TXftpEz0/vX8HRTJkZKMw6T6m13rUIORxCGpGiIS0KC7C3vCzMeL+E1d1iORRu3nlwOsVMMss+l1NgGLRW+feOJTM1aExoNzsxr1x6R0jc61IJa8d2iezyazeJ/79sbM8bxc951v1zR2u83Rha5y6BgnMxxqbR7JTacXsxDeSAiaRAU7Mz6Ptnp+wXf6Hg+HGYYBqFSNJCEF+ahb9eJRbCQtRmuuOvkIoZRrwMV/KZR4goMGlzJAu1el7gGC/j14jkMI+wWTwJLJ+c7e/O2SLL1ynZyLdPH8++jcMS8YUHmshwjNi/sMuJhoZN0f2T9ZmzpdXzP/b2jyr90jk8+dV3vIlQZvd53P79/fTMI/zmSOp815Zr58Y9/k/8eydmTJD8ovsAHvFjLQcSbBagisTQD0u++hO61ndeR851/XpFJEIMnV3UdTlGwye1QVeINzK99Or+WHojOtSiqrTYzziKncPr35Ye5w07nzDdj2k8e/vYiIwBwG0dey3ichvPWfyzQwDlfp+pfSJjGG2ZC0pxv84qVfkQ8NxWpIv0sGBb+jROlHp8xpW6CFuGeG4juUrL9kOGxGy9lh4SXJQ8H3/5AqV8FR1iq9afieTAHf2sN/y62ZJ949q/QJXZ15+tpx6b+r6B34//n8Fc2OEW/VswqctrZVwe1Qvr+sqU4TFK+U4zYqkhmt6Z8XkjfgRhQbPj+Bbq8DBwr89dbxCSDouYJJKzJ3HiRrbi1vuQJW9JsCBnc3R3/ROXajyHA3fbdhBLwtO0EA7KQ9pNsHHHCRqfwoQU+pm8J0yeNBZKUimXtwuE1V6zXUjgR+ciRQaFp7Ecn4sYkoEAw2V9mnPm/btPjIDK9Jj/OK4YD+MD5Xry2lXntaaPQ4ODRlgBpWVjnnVkp0DAtZTTofrXRJQejUF5Q+qQAeuF2DdYB0LXK5OJvF25d5OcuqmuralEewY46zr8pt9BOOy94hIpwLWeljUZr/AefsLufV7b6rJ8cj0HgnAHgQsIuJoyXlU3Go5EZFlJll0XzMVQH+UU1nngBs0s9Lma342MFVPGVEeKR1q7nUH9YmI0+4V7Skl1W07vqnU6SHcGPIgFZIQWrEwQQV7ieOI65ID4GpzLpotuopPOa/xF4up6OprxllBlr9ZZForkW+da8tz5wPwyE6/NvjBy+h56pvky/0FnWaSASVdSi44GA9ZyrJ/4pHWh/Np7Q6fR369/uocVUgMwEtM3+I7yEMgPLir8GfkDwZusPhhQtQrl0WKYTBW+YXv44H10OJw+yj3haAITic0TM5/eTtFFzD0OvebGt3P82n5mbTkDpR768LGGR+qAgwClA2Vg++z9ZSGAbjMFdxuQjJcqaYa5yuSIe2h5ErKTI6UDhHi0QZ9w/4owDR9CGVqfI5PkJ2I3fMWd2aEuqZ8wfrOgKcBn3HEs6uo8cCo8L6sm0UYlNxBOC9EGC18G3GbHRzygZNKVNFWHsIyPbEiUvz1XuFwqPBd7xkBoSx4WHMcMhazV+jEXnVcwaxxTk4bmLyCLJrGh8TfDMDNpntHKP4ZrXLh4JPlVL2oRA1y0FaXSZ8lEMGxqFMifTYb4t14W284r0wylhK/vNSIaZa6BMzmrVVh3TXelroIWxEQaKz2FuSVxJRxSRBSu+pKimiyTylxVNguNSvXhw2LSrAY8WdPLS4pRggTPxaRP12HrREBafhMsExXlC28ai58IOv6/bbHnQg6TdgMK+rijDh3uZinlE60BYyGP0ivJ62/ISoUflxEeieuU02VTMORmfxkw6Mqumfu8se4m//gFlcNZle9JbR3Uw4grxbP5sgzS5aoi3fXf72m7t6fDRlrQiS5O5fmD/D/DJTmIpLmZO0eornXrAoy+9gdnLT715r+Hs2dIqWzSK3FyZU4N/1tK6iZf1eBw1705pi5edmvjp8fKcXnxu1+eSSFm9Npt/6KyXmrB6SdcfMbJdit66W3x79pEzE2BNmthNGEM0ojUszzS0FKGVqFl07ECgJST9nJd0wmdFPxBjgDi85mguHnZy0q5flYpcfFl7hRbKdlQLtrEK2WDdrP8S/ilr0UZH+S09K01pPG8Pv02P1Vu6IO6Nfv/TkN6g+Sk/l4vb1Kae//7nnBS3Tk483mdx/tOJ3ib21qxtfE1uln/zm3GX/RqH5+N6FRC5xxxpVJkbGZc2PJMsJjeEuHoRzClFRysR8sZpr93CTo8rRpDDD/91n02JGUL34o9clGbwaZhE3Nbn5HB2DDVstLs0mB7zjjUWHVu78H/4B557rch4d7rxbCkKAwbV12Rj5aiQoa/OgXAY5ioSv4CVgdJdDbjko6UIGyP1/NVdpcJwYcKOTvCTeTYdm566TmxcLWkwoh/U6JHcV8wzDIRrPv9E0b+mERJ0bNW3SAGneQPCjNeRqs2dZtJTJkMw+/H99+POE/fs6zMgvXjVfKtdmUYsBfV4HEiyKF48c0eOOHjBq1CB64F5OjCTpW+GYEcPONObBNFnrLfuSjtk9YemXg1soTmS2TZuqMN5LT9w0U/O1OBKNy1a+uiX+x0I5V5BNaGayv/cZTPurodWBwtWBl0v/B8aVvlnPxg5FFcpBBAxWa8DGYTlFQ3YM2pBXmsFRXwXMAAQ7RZm+GV+xrmb/ii9ZFcAuVZnS8tiCzMNihxjrTR04aaOM6uzP0xxGnjglBcEfaqTu7+tuCH0fz/Tm+tcYdgvQtcVoXm94q7JQ63uIEdU3KO9e+/70rdsjmtceGacI3J2LTtdIyz8OqXp9PrSgxd6UZQXt9JHfxC9ToEcdXBlCphj0+fxV1PNeKl7NPlTVdIIB0PPjAPPdYnrHeiubzMPDLKb/6oc9iptwRCkcncFH1Z9AKR/PjKeb+8qO/AcUv9UluPBFXP93miK56jmTt6P3/KAotQRHLS2DLRZ1vLsc9TQHcHaLA4wqpPt2yVaICpXI0R1gXVQicqFzSyoDGANDxNBNDiwpLsrIg4N8UQInEX6SThr7k8hiad4CpvwCY0OYx4CZYQISbYPy1nT+8A4IAvpKF7+oDPHdlZQ7KOD9z8PLqCTt2vM+gQ+RccnUD8ZashHBrkjEcBDLus1PELGBdZQMplHD+cotApT8sh7RmYZG4OXQSSAEsf3GizRlfK5+WxYv3VaqSK9X0y8MgNER2+sszj/VKBIKg7cYrFbrrebaM+TOWInSC/3OSsChhzIhgCLtuuux2R9sNx8Tg4RE+QaruBhS/eMULLHHElyi+c1aAIoyBdV+254su2t0RvKCj7NSseNgGcUZgc+MeY/p1cd8senztTun81Nypo44xpL3TsHcVGfQKdrATqI18RfCczM2f5gOgx+qiobsnbqb+EXoaEywovPkEYfzjyuInErUbPIa8TmMiZBTDdHeDyb64/RRgnwo4O+7cn4cVSlxKzoPuJ0CRwTa1/h4p3WjMa0pKlVkIcSv7gRA4X57rixxZUKSOi7I8NkoNKX11m8G+SI4w5TVw3eeZRh0kachxsm3KLPdYHcb+9lBhTb8hK9zVdh1GnLyJdHX/p4OrAv6vG19/8u0/eU4bzBSblDdzf6/TCt0Pnl1g/NqCRDFnMXtUQ/DM6zKd2pEBPJ6SldBP6GD92ABgFApJQHzGYpxCAW2NEwtIF8H0BhAZHh1z6Rga9XajnaPIu/B/1Z9EPnUOvVX/zKLjwJBuBnje162yBwAgddJLvZlCC9y4WyzIv5jqvPPmlLRiMmvSeapk241CidUK82MryuK9XVlI/lDRdG/uZialXJu2ObH3ZYKO52MHCHVhYSL5LaVEB5H18fNUWgBLOp4nZcjwVuKd/A97RrT97jeMrUH6W7yBdk77hrE0WmPUy3x8/AR/uC4XTHh/D4g6nhMX8v9h0K8PxEPZh9imFszdZkqy2qZQVMYph7r0EWDJiaG/D3iHsDGZilvsFUf3NgAffwe9EhD5qDu6bB3rHuQ4cv+fBEr36bfgShwVf0cPr4hieqp1aXdS7YnFVKq20UUvllILcw790nX9bF740u8n/eRzCj9c6/85It6U6xRPNNVjtaYePPvpTuSYA5xoG+Lw32fZvHwKu44R61jSkM0X2Y4pRxAb25GUdg+6+iswxe+kB3wMVjbgVdX0x8fotsaR159RsxXlKlr19GW4fbf34D6pgiqcU0Gj9jHYmYLfrWVBJb+Xh4dfbjQ4Qg0n0Uncyyz0EfsNduze+ohJCh91RlciN55GpNZhMxG3gEvWWAI7OjzkIE9DbYPYIypZzy+9xKOmEcVEQwdOwW/JBsxIbcvIlNNL/dNN3IfiptqalhmVYNuZCh9NPXFIQjpkFhL7vOFxQTEdmNyBEU33hvdY3a+UmJYH6TIp9HzBIPPOVjehlt7ye4jQzYqFcK+QNS7IWU3nE6QPlcIvtnDGmC9MvVsSXyc7rm9wi+an7jpHJ9GchdyRbyq9C5xeZs/qWrZTRDnXd+T01WUWiZbCj9TXi0re2VQaR2FhvI8nHM0PYy3RZEd60PBcnnR6nP2uL+VZV5AZUbUVyGk7uu2Ub90yDJKxLh/knw+Ps9kliyprNe5NyW/rTNxfr4d5jv9J1QczdWTOiPxuFLpG0fdGIXTxtwEevgzxVWUdVpNzszjOFC+/NAw9e/y1Cg3zL+8hU5TWz9UDTuvAH1rRMYR3toZmuAb/UCEmGeIL6aSVM+zWFi+/79LsGT1etnVK+fd71OhxrtX6lYzH43kj25U/slADwubGvT3KjRpYENToG3rx4/UdqLyD1w30nufQE/RIBITYtY7NNf038tsI58Pn0XQyA0WyPI3juctSu6mo1B4159mbvicBICKpgjOd+qdJmmaghjFqM6C1GILgnCqdghPLAFr+8R44aZ2wmtFA0gJu6BXZgUF2wmmK+yTHChquZ2gOKHjvBh2oxy736mtrzJfMZWDEDidgMMfRsyzPBZkj25UxnW2pozbrElN6Q95kPrZGA8zghleCvDiP42QXjV5FNJHrfKN688Q4jfbsS7z7vSvoznbYHDq6G5csZrXrwF2AfQGWRuWpiF0kP7HbTIKZRU+XIP69v10ind4RmtWSu1oFAL5al0ImwaWLRA6M6LNRH8AEc+7hzMwANSncsnaYypN32uyfFVeY7Vnn6PSuPWWHsX3QMucq2/h0j05Ate6ja9XPhGEuqKu3dxLELaUWn7y25yTqBdoAk4eeepv7Zq/GNM5rHVvrT29Lq6+vqsVl+XUn0dpdc7uYURKWbqH4UTxIc1Oky8y1shTbUfqf74upaETKKDcaQoSG9GhIINBDSN68tpByddkfZ7tqe04VQFAg9W5vCcaH53PHEsyz48OQEPDFrJs8nytU1SIWLQOiesgFkI/1hHu3gcRZyWYJTuJdo14kXNyw0JL8Ax/qmZ6YQY+MxiXHCdRp1fsVOllFRh7BU5tNYDxfqLj7t9ctvqmk3gDLuN+S1N5IwlySdOqXOiaCk44ngGRDxUPBx4jbivA+J3U1Nsd3XKfZ0q6OjeKZhJdVAPMBITLCsb75Wq8j68yBNNJ9l/5wewq68Zp08yXT6E8ZqTKVkD5TLN8d7PNDMALurb9TX1VXsufwYBe7yWAYJ1zY87SR6b1WRtKZMhPWT/qsvJxSxDnVP7lrAlb8vAXpPJSHbfEstZdfuc5cCFsgYY5qcjI6AHLoQZDIFdewq0Tl51gIu24fQDxV5JpnnjIzI0sS1QHM9dCpnMsPLN/ujsL6T4eoMHjR8vtyW6dvnaWP3DWXADHkp6Jh++5jc+yjvjrhYLjNnrFLbIs3kVBTEq9dU/QuPzGtjw79NjOOTTB8OOg4lOd1wmRNIOexib2kKksgOOzycs5mVh2mSBsBfVhvuymNfiGwKHhSuEMssFuST0cyC5DHDSOWHtrHba/sFAVtCV5+wAJjUxhTj07/eN7GBXHsa5+nfD0YLcXnxbmHEbZxJLU7JDyGuSPq4F7AAIIa/0EsZdcoeTXjCkGO6fZOTSNhA6+TiCAs2QsIdgrRrF4Pi2y1kN/JPhRpG+ZJZrA0avrhRc4YcqTaRJ8Ai1VDPO1YBujk5kOqlKgcDtZZunIZrKtogAVthaC2HtzxrC9g6meOfqfegSUAG7Vmu7eQf7JTgXvXPVXwYKz2wxf14DGMiahLBX49TpHysg/Y3PMze6F/HG/IwGKhDXt4A6RM5MaPI/rBYeIR7YFAo2InHnobYUuislq8RkBRezl+ezNgw2NsE4JuQZZJOeXkOKc/0KMC2IltN5iIAXo9gFbvre6hS8gC40f2yTj6Xh73LXwce7ejVAi0beO0DInrG/K+49QpieFIaJTWYdS0D6vNY5OMRmtDedLOjqWOHUZz+g5R2brPsm90PdYzwW3pigRXiCStThdy+4LfSbzMT84Quqg9X7vyWNoiKbYWpLxOopzyFBNSZcl54QZgB2q52SDB3lraA8N5mCLU1wtMT0TvRs9Rx+oY8P2Xzu4cBY+f7agT5WBBAVXJsPbRwAf8CuyNgL6Geu4JPUqpO4GNzOJICIk9bBhRwCZjpj4nV96OBQI9L5tgH29uZgxwNnwgCuKIMIs/vzpvkj3l5VGfPzzCn0V4yphChq++Nm/ippxa4oBOU4deGnEBxFy1wsMsQLE8iQjbIAwR2JvE9hdcGUoJugSqlMRbq4vzB7nLEwlZ35QIThAnD58V+dDoe5cJ3KFG7ZkTTrCBg6HbDPuqnpLdD7lYiWp5j1yTl8m7vPWu6pg30I50r9kVFzvqA/gfsmgpMVDFFbTTGFtIQTiijdjT/nPP+KfkS0EI3Q916SENQe9CrqQW8Sp6kkzuQbDVI2eNJLXgZnUUNYqOHdF6mpnafLNNFGm6yniTbamPAU2myxabArCRoGa+tmwW56R4qvB0C6STgGuk7SythhwUK0mRE83iaaLisLTzdawblVW+mbtv/uDsOuDe/7Y4IZkPEkcx+MaNeZwJx/DAOzNM7FaPdvFeFJJ8+HiN6lRqWiRp0eRsyzbKX55EoY9Rex3b8xys4H6yeSNil3urlfzTcjdxqsmETtnL/HLZj3ENZCyDPU3/aAHsKcZibWjmG2woyL89PfGd8QLGJJIie0PH7n7wCKGPoyZmwCEoNBFuqSg2/Ra5lstbCiC8LZEzZViCqeJBhcrueyX6hkLtbs6xcGDII5/YRP1hxcx3TgYo/1lXpU7lGsbP3vkhBCAyY+xXPlQR8HdadRkNso5hHFLyswQVT3O02Fm62IwA1zXb2Kp/GynVoFPRvjuktTwUiYRx1H09OF/1+BbXEdrPtKnQD93Z+mn037KKv1fXEjRDFlmKm/Merv6VW10YGfmIZ5FH6M00lBnSutX4snumvFk2Heq6UkMAiy5Y9UPfPhqYfx01XF8vvXCL9/rfSrB7okV0DXzx9rcu+QkOvzcvhVJ67VvT1VhiThA3j8zjROIjirGTbwsN7A0Z75iRF196kO/PFyvU7fCA5qf798vLVXpGJ/JdrrXzDme5lid67gL0g0YaXy73pN6WvY8mr60NjBOYjc5uy7c2Umv17b5NZi1hXLz59p2Iw7wHR50Yqp3KEjR8NhIFW24VlavvwaImWaaFjP4KdFI30ctQkmUJcjIPvM6cv6efXXdl80vEjNf+vtz0fryZ8veSjgmiYoggiFGH2aGqYvMEZFxRPxoNi55nXZazDtjDmkYMfMgMdFJYAGHEbMxtow/4dXiT2hoAXPps9+Ua1Dxuwt1KpItxNZNyKIs0BQDLuYL3N+ttPmZGjgZTInypjCPPWBMfUxverSGVRr9QahYllLZOD4ePWlnz/CPlo/E+8MuJ7Rqj7FxFrQbBqmGcjcDpCJz7KYq8qRVghoE1+06Z195bucyUR89ule8uV7GHRk/A2DgTUXg62gPzs7hGZPJdVOdcdgcfLmCaR9oS5uEty2EMG+sqdnLjPVdNz0v/y8ILkx8a0exaehE34UPrhJuukBcnnHDP+3vcSKerD+H+OoU7RiTyrBnLwWviZPwdYK2NFeOp3evIsmSz8n7xSqBHBy2j4qNWaEygFnL7fk/YZ/7Zr+Wkwe/la7mqZ54zdeKjh59737V+vdFH37kmHpqTrqoy9zVGplmVuRpaQCWFCf4pGYEdpsnNVm5aOotJaKkJ6idUa7G9f+WyZZw7lvollU6/aikTRs05EmHIim756cTr/D2bxmtLfo00yo0ALB9TeGJxd17YF2So9IaF2+IFJ/Hn4f9W3IkzMEEjdqBfl5+VrMmkgqrH+6BHKt8jLoerGIvTCXal+rPZS3dsCE1ouD+XjUDutUzaLxX6++Fs8Yrlyk2rPrWhwmmjQmdtRi2+2c9sDw8b0MUqgiTtWHYRo+Dtvh6GYRViiTAYjeuflWK4IbnlHPzSjbN6cTtslUtV1On1RtxUg81VSxSui381jacdb7dqfnRcARidtTE2SR2oXhVnaegz5Hx1fufN/ytZAvSPMnvsMoASwPuDbj7miNu6dRn+AHd7r0nlf7YbXyFd/cy60FzNbYlGEnoKWONX9SMGU4TRVhxn99ueV1xLuUoKEwplxFx3BPzH0sD2VNAC2C9um2RuS+/obQayJf9ylfe8iXSEuoF/LU1BuPEd1uJ+n74T5QTNbaM8O1jbsxVlEHx9kUj+VRU3jTBiqyJE40uu1hxtyg0vGIwxOJIB1MnlAwjoQfuKJOcFeKX+xMXzZohng+c+R/K7JE45Chv1d0OS+P/hmVtkJ3h3Doil+jLoFGULZ9OcQm+fQhyxqCcVnwA4rWf10sdAzgMSdf59UQ55uxsN46e/1/DQh6jURUCAfadW/yKPIuSPkS0CY2W0UkfBTdcH13kvfO6ZiRgLk9E3uht+39Q7Bs7RYzfwV0iDHEm38j2hTmglYWdtn9NbbzUtA3vPL4c/5cNo7IKi0ZUTjaUjCeRA0Zbzd3+ThzJyOKiu+iIR0gZRl7f/qRJQPAdkL/BYUlJFxMIpIGaFLPlXF+HPZpjy5aDP8sxpJZWvQ/qoRtpS7kYivdsft8oaWtZVEuBtN1INHhn2p3KTfQfhY4EAcl1Zqd8eqxMXLa6TnP/46Rv02MPVRB3qlyrpS3B0qLNGv4Klp3vOQpl9+/sxlLo/bYQ6ceIUjPPL2Xy7lvA9JebKBsZD3XiyL2AH8Q7+k4ndtAOmvPryAGOWehIuVrH32PdjmmkE2Mb0p1KWtNGvv7PER3P8uVdNzEon/dawwLekyqd1Df3AHsYaXI3IurDjUYUWscEttSnyc7DKBQv+26P0/Qe14xOuzy4YiqpRv2t8poo3P6MqL6JxORAzsOGO+KLjOUwW0XPWmCDDoMcms1MN3tfoHzFXU1BZWshoPxFmAl6NTP9c4HtzaJoxpO4rMlDHua8d6f6v9PF3BngCG+DqicnuzwPz++pWynoNo3k4wg5T2PBcZbb4cEQDuID5vxiUTTt6ZweHCNt1YOJt5q36sI96P9wlv3yCrY5HeQLfLTjyw8ZnoN/ZDuwQwwbRD9S6JhG7lu6q4Ycm0AV9qJf3Y1Ikz+CiKgeMPIMFwbWbNUZfWHKmSt36kmxymVX0XqtKcBEU83Ed1qKaa3gkkYBUVYc/ojhMqMzBGiNsSDoRu/Gm2xC+mpUl/T2OwS5l7xb8QBN9Z6NdT1evPpfjVpgYX6J1fFEWz8jRVUUvodjXoeY52dCbPYAeBA7JCY+vwZw901BVhtMfkkk9JJN5KTzFjIWzNHtLCIRYrevfhQigoNxdRisS9nqvTfBH1DODsxWDJqsDmvdPrZsFsyOksSwm4Gxatb90J4bZqtolqDQJxD5la8Fhqzt781bCBkQrQSXSsmIMZHTGVfLWomJ7yOHpfApnckJTRxhTXq6gU1VsAXKl6hFvdlcV40kX08QkHFlQ7G29K5sE565IlTrJgQ6w2yaJiVe9EVpXO/Swk/TCd9QtqIzW+MJVyxtj6MtETvpyjunWah3gGA2Yt8vm4S4D182vZsUVAqXxk4JkHpi5RYo4ujNQmLPYrfg9D9PCqSEWxfP8dT2N5bcTSM9icXfOvgWnVScbCLuODgQdsyB7WrXKw32zRr2+kYZt/CrWRyBhqUJzRM1rxoINvuS/MOC/HY78sgiD2Y4J9RewkZnW89lBM+INnw2X68YC8muBv5i7PLBFjg6LzZgiOAraKK2jMrTQSm9tBnXyB3Q73NWZU9ytsCUc1kHTMeoRnqd3Ww5rAxEfB7NoFfGoXuN2gpAKU3TADmuHIXR//3k4hgAfFZhFXWKaggaHdMseTadxkHIC+rppzaTFQ/E5yBCcnM/iVJ0nh17nA7dFZxxcFMaoVKoi+phVkidQlGWx8QaJ7V9qJarw/LWIGT170GCpzNQGDPScVxTKGWo+8fGCScU/e1ilTgnC5GPcgLwjr2pHN3n5RcrqY/n4wPNGoPlC6XFvw+rHrtPXlD6nzT158X1mxo74YiVbAvmQ1SGrVPyk8CAhc046BlCblFj2NJfpaNnXlNUoNwU8zBNyFO6iyRZ02OjaIFabNRQouYt+vHkuxIUU/cmxkI+KLxgV6vExiSp8OuJfxA0OYhXdY3g3ISc/Y1aRjgSOA2IdUjIscuy/Q0WdFUF4shg7dhAtmo+3OY08oWhu5kMy+epKDB2d/7RiB4WMM4gXkJ/Yoo1oOXpifSIbdCUVJT9BqyQrums93Ov7gVb+f5C+fgic8vTleQJwYN+d0cQXhVUwFHazdzdQT/FHC9bWVE4I7ZtFavEt6yLvFWE1pZ2MU7NocCCBZZchhiclyRYUc1dXqNMo31vEVCwmx/1kIcAToTmqIreqBnRtjUICKnrn3PFcn70V7eDKUAeTwKtnOrldvFYq9WpXPKC1xz+5eLnl+57PmK763UoNLAWheM5EbEtsu89NqbrUn6QcFpNj6ZXLr5qimKDUC641QGEcLX+n/5oYXSVzYxobjHtdm9Hr5ZNtnjKgOnrv2usn/7c6SC4ezIX0zXv3AbXFLlqXYXW9qP48pNEOFZb2/FBGCARtuIsqYpZ0rMW+PNzFX88mFUv8+CRWBPlV2SZbeSnMGLqFmaNWLEFYDOZiBmnuyNabFAveRP9HnLHM6k5zwRcdjKZEu2rNNfiEGx1UR4LYX63X+4prdgsWfMExxuTyLHlLTBLvMl9bQh0ZHuJm6lOwpHWtTwS2kQXdEsulOl0U53OI48YQIgaFdF7/fatFsp3UiRRmlil+OzsT9f/uGcpqXdqGLYbt19IqnJ4Z2lfv0JjiIKmzX37KNT5UzcO3VQWnYfiBPuf7ARwybO+CfB3AehiKt4/U0JhpSxuWyldPGbXTBE7/Wm3BqQqlxiKzyyGJ1nFIJ6uUkLRxDtBTFdBGVinW3jb8L72NpRp6Ihm9fr9tef41gQzApUhTQ0iHfADmdFcgwYeyrNr/bjHBYIMGVCHiPHnqgIjGQNb1L6gUHvmGSK5hGK6frDYbDGodgzYnfmRUtoA8RPsBQySnCJyTHBc8GTdACOZfvMT2JIYuj1a4POq27DdREOuyQ6l53aj0bfXFU6dq4EASdthxo49lYWGWWSZA6q+GszcSK0P+uxH/1YN5fdODHwuo6QUI8mMrx/Alt8Kopl5UitbLd0YvTNS+m7EcLqFdXmGC8rr4MtOVnttDQSKh0mt4lDDbtnjnUWHp8oGNfFwl7ian5WLknm9uFUZbzwiTSRK6bFvHU1E0em5WkgRHFazplY/t8NYGjmRP5FlUS/AKIcmi5yvLkZS3FrHPabzReasK+2fZ8lmYWI0InJOvuPkoG+HwaXG5TGJw3T/PBhSPx84E4b0BafR5O3fKz1806E7EbEDvcohK0qIsOCl0LjfTf/3MBiyOr23JqyBC2NVRw/YupTsQ3YTi0mwPML9kZRxQFKc6pK9VJJvlFhFxu0tGjVsVIUfDwsvSPMzHOTikU7Fu1alorSLmifUogbvo+Ay9Xu4veOOgV4m+pjwjIXHIddOuXB076jOdl3UP3HH1ehIAZ5REXie5sxWeXv0ri2+V4GF7KV5e4ZZHj3PU5eZ5CrxEJHs7isVK8HLell+yrb8PPHYpibxHpZvidfxFQtHknuw8a/NOtv7JhshJn1SDrSBkJ234NPOsRGDl39wlXnKtfxmZReoP9oT1ca7gePXTnq+bgIgrEWa7jMF4JOsQzWLxrF+nhkiPs4tMJ0TjIg0NgvHAc78fibuJZYumN5cWsIvfsX2a7PkErrPUQ+JR4gE3rFnw8eMJiHdB4cerwd/bOE/vly+fc8/g5BsvSGppaarKQ/MyS/txUcnkDTuzYBCKrfJtLtOgwUKHozX+us7iCAeqm8m1Y/l4bLMiscYj/Jqg7Kr1pCWP8HXlrWgr8410O3Zlol3ZLGyVfjaChQUHo54td88an/ZUb72f/auNLy2xY2biGD/CuI9yMXiPLg3iwWFYatXdwA9yC+iCMdJNnTmr3oREgitqTE8kEU8flLh3cBzcJZLFQ3u1RD2BEfqSLrZpYfSeKwZHF/sqXUDY3aYBAPCvACdTRr+8E4j2JbWGffh/bdf2fhFgXeX6jIL4Ub6x5mrT2FfRo1U6mHZ+tzSSb7TS8PxVI2BS9+mp0zeeMSerqlKTfQQzmZRBy8C5cDQwgpHdsMo5csdJIHa8GUmvdZllW1jLhinwLapP9TE/xe24lql1qzlBM+mm08eYJ77fYqHOXHhZ5bZsU8vdXfD7ADTKaOeZdL5Chartp9q5meqSfhXqUlvectEvboCnKRcTaAESFjGvOdeWelG80dh3b6y7hi1jhZHiEjk3ruOMwjcYB9MW3c+A2HnTnzOJfqkcy4TWGPfYi8LIeQEOMSqw1VPA4k63KCmz41AqcTts8kLl9b8rtLPa3tcuZp0g0ODtbs/5FzALZcyY7q3XFLomLfoqsW1C32RAtxi+iZcKaWrM/aT7acsGCe4d9VJh5kyD+oQ5BLgCiIqH9Z0rhogxtqvidqV9xWe346tolplWXzqaH1CenIEhgqNWUU2AC/4ZwvvadZN9gqnj0tBkt7uVwANoIcFENnaJp0w4lnT+CYlFMTPHVZouOoAJ1sYhonf4Ch9tjPI2FCSCdKw6gqFoLPEZipEmj/P438/7HXTngVov445/mCY7OFJcTkI9UiYT44I4b09cd5yIOHpoXbTR2bfdfgdtBDUnhYy2ze4ubB4c0FnKE/mZ3q4ZX+pZpXAsZk9YRwGU+T57UceLGgydX8TcNcvrwvcU2V0K/1gtG3X9eAkDvS+6taBMHFU1bEy2lsrjy9Jvy6/tY3P1dmKPyc7Ugum3YLXDSK7siVNPpNuILsLJbhRtCZrz9xTtoFOrUVKdwmv708tfjxsj17wZgBoqgX1kPNJnuhnhv7IwViWxKRyRkNzy0GNAaxexhqMUQwbZRgvj3NtmFOymwpIPQ8yIq0PvgUJrBZibNBxOX1DhXfZbXT0LPX+iyNYI61xgpVqZra0Zn5+5TCzPjJNoSEi5Tpey2zXGqcMsPW5I38g7TKdcP7iaYyqTphPoER1+J+o2KBRBxtcwvZVEO71sLvr0ng/XOSOniQFi5b0evtM6PzitOiNp+tiZMQgWS1jDRDCnqUYJNx0RsKCBh+PyirW/Re2f2sZZt60Tgy8XwuFfbDskIF6lmT/Ah7BKkEWYvttM1aUlSBgS/ukK/ZY/X9VA5z+DyEYW5NL7qi28S3O5ONNDhBvW2I7eHz0xyRhQ+e8cyXjN1DvK2/9IsbLxhaTFXNZh2t5W/QiIKnIPF5b1Bpw0ltFXTFQZBS/O410OdwLrMP82f7hxCBwow1lgAamWq5e3snameOJKQj9klIyo1ZcNSURk+VB23CAwK7Wzprz4y/1tWLBODKTN/q3Bii+NTFqb7+XuWkiL1QPTJucptxmVbm94zryGHRw0TieEcIIo+u4nvDEprhER1qUQAvX1L/A0P9LHFfIQhg49nWGHFiZTpwLO89jiVHMyGu3IsceeFbxRiMga3sCKSFsMJUfgW298P4EYPRZuT+RpyKOBhBs4ANkowjk0X4AyekEJytWdB7UL6COJ0sM1CqyApHKK8PJPBMmMxP8c9SnpN5rxgmFYHBvgCTGSa3kXBuAMPgCaWO5JRuhZUeAXd3IjCAoXJ+t9pHaqh5dH++u5cB12MAV79SQJX3oBwRA8EM/MB5Z0/o4KleAUjZTgVt6+Mh3OgwLkUvXpBHscqYV36AuR7IwbVQ3xofu5HRd0qkF6y35Ev75pywgvqOS7XIZg8S0peFd0IjLgsyfy3U7lCrhmp1FsslsV4Uh7t3XOW6YVZrdDD/bB2p1OCq8GwjFfO6YM1krdbw6Ysxqy0hpV+2r/jXA+sWwjX1yprghk2pvjmOJmyoGG5+MmcDROqNdSsH/8iI+1jOspxdPxfHnzpmwpPnA3FmVw/GWRF1WEt0lgJlNaKQLLYWwtTgGycHd9bRYWrIfkTHUbjMCKj9GNmLuN+cHmtUFQslRtf7W/NoAsHd4sukDDScugVCWBdPxvZfo+KfwIsVvWRCHR85IAylcf9TqLi8AHU/CenO8rJl5F6jrVxrEAL1wVwUMUXwXAheVJhmoZUPRyF/imAHpBos4AJSO/F8HHsSRqgq62Cu8LUZ7+Yhfy7VScpOyPVinWo4idbXiw7Pd/EpCwqnueUbchG7YPiRrCb/AN7AEAJu0j+c3tOKe1hawVkfIu5Ttbo06YfOWlfEEN4AVkS3HEU6c7jSzHCs5Wf/cD3ycI3FQkYiWkcGQiBxrFIu909JcQF6xV1Wei9Ht4g19WljD+wLpLebJ6i7uljXjV2GEiMo7J1qYKil04SPIBGxiutNPvTXXd3zJeHySlvfhcV0Wfx8ZGVyMVrKba5hbvKFypHo/XvvWlyXL+MABeUqlRSqU4Zlu9TJPMUiaNOKoKVRhnl/tCd7RbQ+RV6XTt8fVv7bSvwOmHR1Y+ZY8RzjcGTbf+IKp1ueGKWc3X7I58aMSQrkmo2SCcLsOGqZUpwNfjsW0qaQqsfqaYbMqMkFvNteXF5PRd9BtK1AWlm8kKq5aw9j/SV3BKwRZV2WaiwzCFczO9uIMvdUx1SV5aAtwPb1BzYi75lQwFHbZHumddyO0ypyXzSgtKHYs0Xoi3vNkA8kCan7wVvJAybBX5vJsf46t4pG+6rb01pqAPniRkZ6j28mAMzI4TRes6aIjPLZXRY24rHcUCF4P8TPAjYp61dEP7bK5KMuQnktWsFxq2dPA7TFpwkgnlpK/hOH5wVSLPkzp1dsiUlohVG0oT3NxrzTX9WqrQYPSy0GQvidG1ZQvAqu9KGqxQBGml5QfDUtgLIa47zcTLgqe3pZX5pCP39x+HLX3svdJ0riDbYhkdI9VEyxdjRJnn7A7zT9vhi+hYOLEqLkccFAwvpUr+3fJ0Rq2tLcLViCtCeEL+/b5piJzgx5c/zEBqlal+VpyKpsOzoYE490b5Rc/z/xo4zbvm+miBcvOENR2bENLlnlysps/21H7zryeYSCeT/oPrIY92DUzmWkusZUcJlhecgmp3AJ9FYAG0SSOD1RBCYj9LSEBGiG22nstIqL6Vn8qf3IIDiJLjtcXMBqZ1JAvbfTeWQ4WtSPStIC0U7csmfm4cGh7Nxu3ghLECr75vjcKKjlsL0s4DX3EGwbO0eGNZ7Jm2q4Jtg4vAwFD0lx8DG+2OM5Yr/0BIej+DZIFEJKo34Ow0qWyjbxyT3e0PKEJy/lp5uhfZW9shTmfT29nvQnrn2VA6lEaOg7hwl/kWpzPIV+rllakHgw6s5ccAnX8p8OWEl1R5NcX+g1rjUteTK97jIueLAQZjsDQ8cLrrlJSd2cEZ/f1Bd5HgailEeQj38giTaLg7WKfGuWa4HzAviFlbpQ0XW4XiLgvIbaAfVHmbEKtFCz6Eq8Iv6knsfpyLPRkYmlQ3zRzZIkQeajJOaZtfZmD6Ld0IxI0RIT4xfK0Kgk5oH6qvYjC1jP6+GTM/zmZI1XEQ7mbrTA61UifB1y3yj4gg0Tyq3jf9LupBCapt+MOvCiEavQOxqbUGk/V9FHO7aYUoYorSg/cwQKUK/J1Zxjdo+w9AggsmAvAaqbPr0L+BMMxMJ3GaXw/dUwVHu9XJirJQ7H4zQ3WgqySWBeDgotGt0nzU4+oRzl0yDklgLkyiJMQ4fIHvwKfyX8pRyGKKHH5dBN7BqT9qtF0gJ8b7B3WtWD37Ygflgop4M1jNdjLWtlVxjTIq5I5rSqYN7Ug7QOj3gEyPIeu8IZG5G9rRYkhvsuHUgX/k0YUn0mOkK8eV/OFzE5GE9a7mh6J4wheQy8xuEpsoSVQGQ+k80FGfiKtiCBy3nRgqfIquwc2a2sCVy/XH68DUCVOslLoa/nFODdafbUQCm9vpgOgJBo+Z7bkZBlDFvTzb6aPMjUAQ1yuPLXlAOm0cxuTYoua2TeqZvwhP67EH2GBGXRXFMDWXFAsCNtW8RGwaYK31ONlQa6pZVWBCIefk1Cnjcg3Xl1uLSBmGtpm7mSDkjUddhim5WsM2FFFrFiM7vO9SpPcZGZo057VQ4g/AHqTpWEGZkKh7IM4mREmeYMJ+TeoeCpnfzPTR26l045T/GMqfU8kVoVc31fL7ilZTA92droSoMcS3R9MoaCw3xRaltsk/Hlao8LNnMzd4inf3XyVc1g/nDNp84Al/hLkRmGuGzNHIbNAn4lYOwC8XjNpL0cdjTeYpY/G90C0tBvJMgQ9+hP/D7I8o3mjUZjorAt60f8eMKTGjWmV4nfGBXrJEGaD0AatAufBi6j8Rs9BvGcpmyXhojLCz79z/S2zUT1ccteXCUBJzJC2/JjFCn1CDvhkVVewYJoxutns7fjefKSy5sfyjkjwrKGJrytVLBveTHvRs52FeBBM+U99tlcsks1A5FmDaAqhQhgaUYAoZO2GWc9u925cquFYi/LkknLnfRT3plN+J76xCW4FYd9Btlgh64xEWKqbr0Sz55+ZvShQ2AI86XThob5aW8wmIoKl/DLfMeT3wRhPA3GR0wGWV9JvhM1SmM/0qOyMt7WNC9UvqkM6PdZg54xX7QhsbczOdRrkGDEi82UP0SlRVT0YbPKB12CJMeekU+6E5hoBCxtJDno//mEmk/07bn14E5VSBuxBt4lxbN6daaaH3EkZnkMfRVxx6yAZ41CaJxPPRGsQeV0z1V324gU7jQ9ohbaXhfB9p3AihG9cXCo0v4j/L9c0vAyl7Da/kNuMLnoSfV0G/+B+UX3vBtpIQrMUHCKmj1ExFsaZAQDR48V/mHD5HwpSRMvNdKjrgZ1wTGd/c12LmoTrqS5Trzy0cRthYdpq7GlxhSAvY0Ym+2eb6S7BiSaHvODjhoPTNEn76/9OEoyFr6OmvQljUUIRxANT74rgVrOQeIMKubTgS6vsCEAzFKHK4pImGuFUDrch8VVFfi070c40wQH6RHJOYoze3zONJcDvGn7h2IC/7n5t2QIf7md4DFtSCNv+0e2T4LXXt3vByybtDh/Wx/zQuU/vAWrY80uHYvgAxAyee0/p1s2V50uXk2/Bk3L/Ycu3ACMVY5/TN241P66SYuFksJp2DVip/RbJzHKH+OLM5ebfh5vxsgs3SaPF2Zd/dUom4uLGzP0lvVKrcWs8eEhqPZ0oBt2nm5HB6FmnMeLh5E1t9Y8vVioTBvVPeWdES3kpv16yN3x/OEnUhyNIZ4fUJyIYAE8FDTgpJ9aGOZ7ks3oNo0KxysoNgq69HciHDEvWVK4ChgGbiRgAanYsesxHPCAGpCQtt0RgpNn+MQkzCFc506ImcMsIYRI6WTztM/hfEnlHu7u67RExKGqirTgEtdGmFBxWtewyLhRyuRQyfPTAolyOKsxFmL6Q+vK9mmVwy3RJYesWkWlHLKIrziS5RD6Atz/Y4Rbdvlrn/0wL/E0NW8U43AEEQhaLThR7WG4j/+wuug16KH9WBt73HjFu3QBE8uYb+u7qCU+MNLbaoO+DcMlA2QcE2+lADFjDazE0taIBQGqjlEP78djuLqy8xb+qPn3psL3UoR5uflVZJDFqkeWfJLyFSeUEbSe6I1DpmpPuXUR/+0bKX1hbyi5b7WeiwZl6/T2SRWsiVYgv3/VAn8XpFZPJgITLrthxUMS0Eusm1/ZszN76OqP+VvSLaJDXdqNYZEtoTg4IXbVrtNR2ouEVtDn2EmGUMSHsvdUWEAe6ZKoyPvaKG2TOPOmkXylRI4lN9F9JRUHyBJkSpTpCXmo4QIJEho+SPb3KibI5MR/62SN4x8Gs4V/vE1W9cx9VitKdmxHuxv/hzYM86SioggpkCOWBoqDNYra7kIe/xrBax14Y1EUXaYaf2qvFr85UkvRdHGeu5jEnDBRq6GliQUKpKi7kyZ9mE3GpKkQ1JQI4uCWuvpNP0BgKMzCaioDtozxvasC9DduOm/ua8czJkw8WC0LVSO4S1Gcrez40O6DPLYfeSod8OB0U/LIbe6HNy31gJi4+tHMzurMGMuBD8+pQneI/WQfgNPtY+S24Q/t8iH8dZEaAiuqnh1wvQmwASkodi4T7V1IzHz+I+LBHTdiYI61Y+ssrbaYN6sXfR68abRxxwjMeXQaXjOCprl50T7gd2dmziavYcUcX/07kjBSzT1l5tq8dYN9cin6v4f/uCH9FDzStT7DFruyjOmoSZ6/5nIytz4jTpzmrSfQIbq3XrPfFEVyH1ZHnGCuFwMjkdBwSGRPFYepJ7UPwfixTyEHAzku7b+4HNy++MuhJTIYF3xUJMJjIRFu/HEuCdSHUwHMEUKMbZjLPn0w362aNkfYIJgjk0kLAnw3gZOdWDbTPAWg6C45oB7CcETKOmC2YyUwh6xF/ce6YPjWl8Mvxo47jB7TwsZf8Q9R3g6Ah7IIGmDcNgBNP3lWYku/DHlyywFo2oaQ1p/kmqlaTpTr9UToYTe89HPBsQR1jdOjeJ6KjrtsIAtjR+avITmi02tea9ip3lxVsBBcgpZVFgxraupwRcenlgIXhAeBdJvIuTAb8eYjALOByREbiLfzJf72JIiPzk2gNSewJEZs1kH492ODIaufO/6DIZmuTM+Z6owHjd47jCTBLtAeMtF+SG1UzvseulbD1o37r96q/GBtK7MbsA+TwlGcfmPjbHivlHvjKtm5EA6ttOF3YPd8sI5QfxxGrzSgRGrqSe7uhfBfHQltsY0dh9Y9rnP0XzXElDBWHzTMkjaOSHIuCx2eEVQsxshWbBLNhskjDw562TSQHbCvDm6jaaP6x0bYiPMRoHD2XicO3ksvNiINogA5VpMIz+UMA5O083/Ixfr5yI+bGGcb2Q6dRUlgCOPyaNEKYxX/RL/aRUOAuODrMB5C++kEagvp6CiaAS5rK9k4xeaq+tpo1tq8YUWRBaRZUogXUeD2uGC2bFavPjeMQ40zCqeMbAYlURlvqnlPCcJFf6Yg4vdBa0UjnmhBNtqPU5d4/h7FgpFMeSIIH9EOAXPz9gATaT2oqg2Xann08JIC32lKcclTlqfDxMZ37Htge44xblvTJmQv5GVClUFGYdVh6+belcg8i5VyHGw+VZtYIy+xAUFiM/LXYbvPmktAC3MvWxC5NCbkGiE9I8HF/72xmVHgkZpJC8lot8HV4OGH3x+ubrIQ2CNoMao2crV8ey/YkeXQt5AntESB6XF2fZEuShSZQxZROEIy9Lqu6chweKqWaEliKl8/oh8EDKCg4dmnfj0SqPtK706ogan36QwYllSsiRK5ASiZGyUWDn01ZitudogEYFcw1cE92UwbfygVpYN2Ooem5zjVSH5LBsn8JB2mp1dIILfuSF2LRSs/9qjrqmHn6BZbc06Fj6qZCE8ZibZXEaf3ch9PYCpL5Ldv1HlYTXPznmbHkUkR4Sit074kzsLOOL9bp7iGOTcElZIxBGHzNVajGY+cjq5+b968K8zhAeGqgY93aeh5/YEAwYfe6BRMHW0xKTGrBYWzBrP9mGgaFzuOQXiwx5BoRwgx4LNNTpyUBz/jtcUgGbXwI189KKI1Hcg03odM5hGugDiy+x0I6nxYWvvBgWA58gOvGFqtF82aUok7j/jTXjRVr4JUaWWlo/2VcKw8sNjkdz9HITaP4e7GIjfdX5KNVQvHrP55yArkjIx9fiPyDBXZUqNvt85WJDq80LyXjdu0SDuZIIiXVvAf4uX2D4aUYMjEQ1LYUINbV99lyrw011/R+18Hgzn5xq+eKB9+Vr1KdXMrFVJgMqezljoq/uAdJ7qBptZN7huzRbDplH2DV6yuQ2f0A+s74VXuTKd7Go7hdgvc0FetxsmY2ARvdMujCBdwLba1lrEReQd/fNUIJj08OcgBr5hU55l8G0QGTTJeZS+SpQcLlqoKnLB/IFEocR/VU4sNKCa+Jgco803s3WYu3LOIb1m4wxcxELIuDtBIpA7gOZs6La3cOPDjqWnZOzXSE67UX40v3/7v+Dng/7ACLXpoMTh+/mwpWQo7Heziz2b29Ahq7AQwc/q9hDev6/qLF1Je9/oo8/s52WqG0iwRL+qicmH8gKPF5oqCinqne/2UF7IVZ+0gPbrxld4vUWGnjeED1lqiMph0IBsVtQjaAbNkzMdGLx+iP7mGH9ArUi75MqnkqG+RGUlReBazbawMswAR5OBulWPWO95hp3dxi0WqwgaqeancQ0gr5x7zQM8SSMivCM8qMyP4sLDp7AeCUvbm0ss45olC+Qk0Jexy66bDaHMijUBU4IVymhTPddJIuKixtfsCsOy6w8W91mvYFrGNHisNfyVneTP6l4PTycqfqaAlaDy5Sz7Tn4eNd70eCLKQaFcKXMlrFI2SAUtMvX4x1qJcTms4zyQBAskGv/wgf1CpPFfHEKyW1YzXlVcZrT2hrQovBd1LjTdwOCYtWrPmMQFEm3lelZeBzwcqcSZ4FKcxTaVmu4BwpcWpiOvti4nQxQDyE+XwJnGU1O92iPUQUQIKEFusVxF7EZITsv5iZZIFe+cf9PUVqpbI64ov+ZXWNv4IXtSXt/VgFJuZLgimUdWYRZWDcO3o20gQomUqpLY0cbk33cXGNMe9cuw6aaZyLPE49eNHED/pcSI0WbBfxcwLBLmUuP5qCFaPm3z/jiCr3utcPkjqMXOoZpWvDTc05YqbrxD5OczT/PorlMn4s0eym6KZUtkgyPIwJEt22VO+tX+CpaKKpsRgi6ZsLY/7jQUetWaHPCSrmg09gXlhtMtD06CpRRcDwhlwgKqPAe3eKl2cvjw/H7HJby9BaLlfCGEcww6HIA8wxi8vFKmfY/itVQ2WwhJPO7KReoRFVGVB5mp0bAdYa+o3IXIM8SsPPYoC4XVnurIxgtwcEmXUPVauIY1LdWUTMRXKArf0uScFU6lo/cDGKG/A7U/uL1IJLsR9gZYGTLkbJRRND5IXMZ+rkaMBMiTQmRHlsU3vYFIrVgYu5UICRuI7ABjp41/gQT3nN89GoUx5Jge8E8pKeeJR14I2SmSOEAYiURmaCH6HAsWoj62T2zUP4KnTZDLSNHHKk5KHwa2cHiYMZb6Rhu47UNCWtf6PNPgm0mhWMhKR3zhC0LX/rh5REJRg5DhqzKw/B1VDkel3PsW2Wvyj2NKdxNecmf37FqLWq6LsMFsM2Wmocul1l37nU9GvunlJH326FdNsb8d7aERZ4uvk07gXCtmBNWSSGvZ/V0C7rHMG9wuGOIYyQocpcke6l3lX/fXZl9KVmPyDb4njrPcn+/mwwGHSHv713/cxvEsods/O0hf7FpbZt2kQDrX3trdXoGkNU8mlyFNlZ/LTgjhYaVRdnqupM9GOuYzfD4AAXykngPTI3ZgePiafNL1DPDYfsaGbix6+2+iLbvi1l4u9rKIXoortLShKGBzrJPnr107dth5GpvbVVaio/5wgeN7KxT57+Z9/jIrqoYEGx6AproKIghQDxD4CMxDJjlgpFw8PNuY3r+3xkLyqN+AlMqTQg7a5xv+iHD2EhW2v6N1X5VdyCO7ZJjz16C1/Y7EC1zUenvhxHCQJPX/FUGs/VLCAgxltSFCvg6+gdfJvsZ1drPfdUhhAO8BMOYBw7arGw0basYXtiIfcdJjtYlawX39jYMYlNWcTCbrrSiwodxMu0Sd8muD4l/xWwhC1bM3GHloI+Xr1qE+EZXgzEd1OsdVoRkjMjuGDt9F36D2xVLr/Mod2CHh7AkcDAIsVwfHwoYNuDRALqctT9kaC370TMRPoL/R1pqWzIen2Xmv0Ca+XkUFVE1qPa5pvEAxkmyX6BJua0RaR3aj5PRO004t3eAS4XKe8GK5HOXf+AeFHHV8TjB+BTwuviqyoWv3MEMU8MoJotpfgRaYJglpaH68dbwXTY+ihbeON4LcXUhYKm1VxLDcK99zO7ji6pPXyulTerUs2sDA5o3U2eaaP2zhEgSLiIw6Mkf5NvVXj3fF7cEDuyC/uwGm5vJb80eS2l0oaYjTBgc/eHnjJOvQNwRj4cnAuhF5xZ/8gzmCM3mNpAKY8a4gguw6Rul9E1dvEQXUOFxyaUKi1OLpbbWCclQP+kIlgaG3LJNePxrUawDtg1ItlzQkqBMde4cnfuNyH4fy86uRZDhkb7/W/OuORNqol9kni2ApM9Qc0SX5xM3Ihicyz+PMsUqorT8oKWzU8bFU1EHdnmt7bJIBSmuzL131tyYvlIOYZePVbVrcc5w1IlVDsztPU3bYkQA0RFrSmp6yxB6gOK4zzm4ohEL3jwy6O7GKeg0CFbaN/IRi9k5d/5nPDGfSZJoevOvgr+Cea6amvp0qigYrXrJv+1PXpYXgrOYzRISMavc+bEtt2w+vSVRCc8qhhAr4qUN2WbviQzpzYeoM2G5pL/Q+H1MSIEoLez17adcCPcl6eP2kz/b2G8RovzpRSwioVd9/Pwf4QvA5byowj7vLFYphO5Tldd6Nm4N5dAKl/2pSzCvhMTexDCQhQ3NkVBSKwo2B7Ggx0CnJ4FE47As1jIQqjx0oahtCsYMRyNAbjPL5VCG11exgbBo7oo/ATnxjKcByYabjy2hsHx0fQyvxXIdKgY/Svinw7RISdcaRM2a/bR9QL2cq6QXrRNOyeo86ecvLaTqdu5ZglmYfSWyfioPrI5tVDZydYXouv38KHz2Un4jfkCf10E4oA3tY7Ev1+9ixp7riD6t5qyFwCRbHX/uv1GW7GPfgLGOLtFLo6PbwIJsu7OLJ33PkQILg6KShxl3hQLisaLnlEoJcmx7fLkhBYXUJpkf2oea9JZ/2mEFLpS1sLbI7L8rzmAAgPs5UfzK7CkBJXqBQMaiC8FQgB7uo67GQ/KuHw098PxEtA9u6nRFjxH0mXjWU4+tW8oHPNIf4n6oF+iohdep4fzshQ8fOSBNUbyEI8P0Ll04B3W2Uk/gDyxB8obFJ3tj9Kih+k3NxMqj2gNxh4UKzQafrh6Dv/gCnIu952A0OCp4HXGShMxDAvggyO0tiA3WBmRLoiU0p1FSvvxrXKKK/JXqeVna+uZRmvj6tL/xsA3Q7fkXxuLPN2Xs5ssThnNkTnV1LHfM7pJTBrpphET8z6nqvKY5zOR1rRVxONX1IuvFMkPJXHDLkL32+2UkClwvZMrpNHAH1qDa9FX2NxnWjtPCaN6MHJlqmlk9T5+n5eOBFKlvtp0zWS5AxDiqyQCBv/momuFqSZoaM1p2Gs1bl2NR/yKDFhp4+pNmqBvDtnpBRe0Nr/h8zp1L/VCz6K1gYYFRjlk93xoZ3eWX1/9Gc35oC/ACDXAi725awvDtDnkVB+mG7eC0v8sGZMOwrSvVAsTEK9tHPXPFrzhzbd4T36Nbc8tawA6Q7b7TG4ry1c7nH9YDXfrZ7sLsybiPBM9w8GAWPxyL49T6lhCQWZsSkSBXlYCZ//vHf0B+kFGOrFWN0G/ukrYTmO4rlYHhQw6qx5tjPv/jHxIKzMcH6qZ+TjcTyOMEIs2///IsBzNz7lTst/iadAI2izZI7iSbL4mzax2AIaXrjID1Jm6p9WDzNCHeBe14ybLWxC3O3dt8TDtV+9aMQJgRhvrmgcUjAi7FKJ1abVBx1aE4AYASH9ZG5wiNHFRHjp9pslXKhdV3YvQqIVSqJvzb6umOl+Kp3rWKMOF1yaXZy56afxmjy+mf+G25ucOhhXOZm2WBmBc9V4GZWMGI/2Bb4wSF0L45IytS6eR5U8zTKeb664+PsUyq81LmJUMqrF8ukEt14oxqmSLqJowRo/HnCoXDxC2oOUiYrvVdO1JER47KpaJW3BFLEwhT4crteJf6Gh4FnJq1q0FrgoU5FAYu8meTfgWvOZJz2knCc3WNxJOZL6hlixuCiSU8MUyf5aJjdHVfWuuowm2SDHhcx3w02virIvCowdEnXB/DL/w6yozos6CJXGRauaP7AAI5vRgV3KPIZlR9qTQkKH+WESVOfXwsnESwAkg+XWi+rUtPL7ogo9mvWkR+/Qgy4S+7pr5OGFIlWrbv4wdlNrF2JiY5IROjSmYMk/pPy0L5fSVHxlO/mt4BreFdizLk+ShC1IjpGhuBAi4eWkM6R4KYvuXpvZTfohKQrtMSeTMbJjf8Z+O09nHejFaWc1vPEifGkWTqkXjwuX51+nO8ztoDxkowatWBmHiBUIRhiZf5W4vDoiLeyOAGWsgHgHTN2reiSPsk3fqH5AUA+REz2eBt/FQkMRekMTAGtchKTgO+YzJKopZFA8LmNIj3xX5xu6pQp9Jq5pFnKiWDGVDlDBW4KOgIcs+UPx4XxS5gEtBdbi/wn7T4DqhuvO1pS1TvVRlB8rzWo2nSlTQhrbZz2dLyudWcl5I1ydzqmn9lvn07Qcpr8Qfh58GM92asin8qHX8bMmZEiUAjGqo/63OxA9VbJdY6PvbWwrrxWt0RyvCeD/VAO7dOgMGG+yLJv7q1JD65euG4eHgKtaSu3mth/nOCF+xJgcQXESXQ7InhDQempO+oMKDFJAP9ERa6eYEB9n2MZUDVrdqoGjOjvg7JhHxNwKR1EF4fd5XcybGDA/obW3LICDWVXnHW4xHFgjrAt/6f5MSr9UYaHo5zAmVyyjfi7z8Ad7NqKX8WbDvL4mZCEWK4K6Q9aKPx2SX4WZexbnSzedTXKE0ygEpj58oSVvTn1VqVkY2Jc7kzVfqgBakkAuxbunWTRlbIrlkziDiaWAW42QcTD1FKZeunhWqy3mewx1F8ZwvB6Pr1BTY8woXupZaglVRfOHLL/Fs+rZhnlfDKsohQ+vqsgc8vx9TP7olvIF/8045rh5ceZHGFpEuOkOZo+svLvpkF5jd7ME9Orobt33QBbLOR1Vdn8hAIbhglUZtne+3JkdNqJrwefjk0Ghu/jYeLkRoRXemQy4wPr3+OK9p0vq0V2dn4s91Pk19lssjoIuiwU0F4rkS8V9eIc8KwmXJFpeg+siJQe1R7TOTInC+Y4S5kmZDb3E4l3McyQwvaL4hwuCOHXrr6/7l+eMGu1MrrO+pBHMEP8KWx6+ND4tevdU6u58enHH47H2cJ9u4wJ1fJEzNS7GD6g21J1RxcfCfOxeBnp6ihc5+4oOSou2DOPAGxkPO+vC6LnkmgrYVdKxRwYU1J7KFYjOJIJxc6gxp0vMcNtFznvrjFPMmb5bBOuK2EWjx+oo1dqDowU/pwhFuJEmd0FOtueo2zi+oXyqgAq4761TxOe1Zbmt3Zh5LWtqw4JcPl88UmEok1+6hhqS9wQ8rZ7jSF+qyGCjv8EihIO37TguTopN1stxY3578m44ukpLbBW9HGRK/5nKwww0Z2v/IhfuGBF1s+/sTUeIwbNWL2NsqEhmqjPmmZMNC+XfWWv4TLaz3Rb9rFh470IZUTCM96Mu7VYVlszqX8C1EKVYW8mAEsx9D53C8AA1Kt0BIyPiSZe0cM9DWzA0lZbPDluKmU3rmvQNPOv17610aPRxjepsP27YPgnsS9YOOUQng1qMw7H9qymEsODIWwFfFsUx0aTchwLM+iVE9Ed1OG7keccuNMzj95ovKyLnpqNT4ud5a61VvlU7ds+tFpAEA9+Spg7/s142Hni6SMjr5aXo2YrnSd7UnfuE+p486Gpi7GUgdJP34CYjniw7UtEgvvGkEUyN+wtWvdb3G/CrUf/J8Le3gj4qkeclmPD8FS6nmxQkPMfLAGpX5X1aXcXik5xkHVKPPIVPTd1Db5xvxCH3h9A+ElZFP+bX8vxPI0Gag6KpNoIJqzM0OTPujIxAdf57VfqNhQhji4Bdfw3XdigsUp22IPCkxi8sFe5VMFdlrt9F+E18U7u4vIP2puK4N6pu6UeSHzm0zi7DkW4SomCtREqOijxpZep7KWR+bL1wYPxMJGMWMHRLncXpWFSPflFTEXxHATVcP1Br8GYinFhxg7EPEGsoEebqSxyh0E6ROC7AV+8g4VD1WTDXL7JewRys/XmMcPB+wWqpMrhiwjYuU7d5cRlPpyCmTmStaWzFPHgpBV+pYjZW6vZVWwn9nsf/FDZWymcT9cy56NDEVcp95NtOLfGrLPcvW2lcku8eB50fvF+KsPUun2Rwyfor62a2cF288WYFO72KubwbUeq7x32wOzM8r21zLLwnnrBJANMvrRReQhdwny6QdGbKQwErU7ZwrADrFgAMOfwFc402s/ZvrnvoZgoFkyaFRIhu1vOEdRPmlpt0mf2gSfRIT123YK6A+ChtDgr0Ty0t4W94aMP3bmj5izuKU9hgHf27Ww1/qzXt4eJYen/X6+Hr593Nak6KAY9PrbWsBQZzzeR/5QJaK3nd71vdq0Tkzppmmbw3PkWHwW5j4rpZi7TtHejuw5hfEWviBhB0dG4Rx/K8T6rsU3oWsONQr5XcLYEOBlVkt0sqv0qjtn6LCS7mlZ9CGoaXPnNP7TKfxa/pUFny+uKylGx4WaRwCGB+OHMfDpynMvEqoUcpsyAoq4BkFHwKqZyPcNMsF6pI3pSIleuhmv3Gxt3L73XM2kiCN29u3/eWpcPbQU0dK8TeWyrhjlfvDTAprmMJC9PylYg2UqKw1s7NluvSyb6vGjSi/9ux79eHvWA0JHebRQNanhtAiJtLd6DvWY0I6AekTfY+sXLVMPPeISect+vEZPimznFKhr1y9LjLrY/8Kk+V83vsNQpo8NSde5RzZ++Xcvemr9yfD87TM7Q6gH2qqfOv3fcVKAFAQ++XG6gec4KD0T31YYmR/k5PN3QR7gSEeQrS2EnjInY6tOr179beLfWuY47QIuefAYsuRAdRiThuDxSVEABmlVtaEN7Xy8rFkX90yS34XSHOYxQu07kg4EdPTmGwx2bvGBw7Cvj+XFQxzN2E6ZTxNhsUONN8jfPUG2qLdv1RNkOWTFyOjLBmgHbn46a8zJnu8Y2ubhL1qvAqGecjsGRpw7jpIFpbTPZoUhZK741l1OQm9xKYw88BY7JvwLaHnj5WncOW61lyCHdHW4zsY8QpSGl2JFYXSL2fy/Ls1XHGtlXDDBb0FyPhI0yyxSxQiVd3MA8/RwpOQUezQm/PIgL0tFD/m+7KRhSJE04T7LdHqWJ6dL805zDrU183Ow89XTqXv+jsuAOnnwH9N3vMqszOpGWVJ3WLCajpKg2YKloWT3+OkQUfIkosIw0NBV9yOIHol76q44p44wtFyfWinEBP1jTsJlFwy9X3WiAo9dxWPqED0dCuso+8IAcwA72iF/rlfrEjpf48SvVO1DW/EzaaD7xYywOX5/+RuX+fNTkxrKCXB7Wt2nhkd0ybhaspm3kM0ls19xhQ2NDD+BeFDkOnDx9E+oAK9wvbCP7t4mdS21+MQCyPZVcfOQEhxb43zNO72dTBezl2gb9S9aYmadpnzGPbXt81MsmmkfihhoCoXRftUzJcQcv27tqWkMsJraGu29OjsDUQpbDXB0940mGM8dFznyqfKKrhK9L9RE+F+ululmfHptnVj8QyFYlRTIcE7w4Mn1FoIK7cO+JQJyKfLQquU/1fsYu/B1xID0SMNZPlFyo45tGYmuFCbxUlwmwW+QQdrhMnoKo8wlAWHUTqoShI6zO41K+cpjKd69UrZzg+7StXLD5ft9sgyo9kV4PYmwDdbuG0vjNUk4nP07Lnu3Nc1XTlszo8GqzqsSCMdBSUBfKpvE4ED1Rnb7LxSUUy4bl3qRr+beXkOFfgi78nIXEFdo2j0ZVwe8dxv9QMOtbZI/v9emUIxivx8Y9W+bi2scJo+L1RgZ6zs/mY6vWHBjY4uZGB6yD9Lp0Xt3464VamDXlCtYKshgGZ3rseqOhxEAyhix/wQnpZcp6Hsj4QGDIZso5DmStWAgB1NOdtg7lxyoOccfUoE0+1z3CEzTJzusrtoYENIKxuK0IHK+euiXOTe4Cbp9yt20K5Dc5oJq3vmSFX3hF36V2+MDZcLrLnFxdMYfdjVhKORl1+BzDkkRYNb6Qr72KxkxnKE01Yvc7CpZlHesbtpuN0lt9njP57l4F7YMpTnsZTcDiNuIVIsTBXNxRDpk210xy5fdrYgbv4yCP30r3/PnWUI3yl3Mci+muwfjvNVVLeuuIFOmy5IsC2XiDwz2FbhIiIVzthOF8iv+CNPRn1mvY5LjWdX65VmDP4G9dEaWjcawgDETlA2dEeXdT5o3yJD1z5VYQczRsK/JTB2qMuFEq/v3np2iQ2uCoHDREkepWZc/oPgBqtGefKy7vwa/eNhr5LqTpnfXbTkHPWgn75s0qf4F9/hogNPBjdM2D2SWpdI03d8M2M3yzmsG6zNv40Bq2ZCPzGtvqA9slwfdzrqdekutyzGvxwt91srQ+7jcxGPpwfqFTn7wD8kaNnmeIo6BgdvdqapERudVRzqkTdjuvROi+7lGE2vHjBAFBEThGyl7IEcsTFvaT1Q4yg4jHLsf/yGFu6n4USOnNj2UO1ia1bUDHGVN4GCOcDvf+QBcb0/uDcDO598W42i9FSp6ctjwltsijVyGWOVCxWw+h+NFrrGBWyf67oU1nB9JjmcHqLk47b87xW0bOiRPzTO7Acx9UTscNgod2mU3udXmbJ0r32K3wbrtuYXgdJoU6Odfy+57jU3Kgohfc2Wr30aon7ab7uYNZxKddkV4g3MBU5nB+P/iX8lV3sqllPECrzTrPH9/ydO46vHvQduUk10C9w/9W3D4+vFw2Puhopw7imRSCajq0iZ7jHv9Iv4X6soHRhsXVL9ftHw+gzeU/rjDdwmIUlF0F573KI0rKr14fPmA3LCcFqmMSL6CP5gd3fnNnD5Fe0HPyyz9jzdbdB/bLyLHgXraap2Rtwx/wzkamOWlUrvkbzNSLsDZxGKVryWAbE24hPlAup45CVo1i8P8ue/1tM5ZanLbA/Q3h2vxXnc2cqVTvdf2Ll/TRF75b8CCauBQpt1N9RkdkZ0wA1e9hy+I0z0ZfbilYb3Z6OhzcEumHKjhZZvC3+E1+1j/Ekl11T14S6I4ZdIfc/hz0ByfZ8BDFv2dlG9+m36nHBWyVWJlXNbOLxdSdnHbAMmVrHnbZ1UC8axDkfzjXe7/mFq79xPdH7ZPzwsfeDDWqqQWo5BVi4Tu9IDLfJrjRG7CcG48PfXVPlZMt4MRPI18IxPr5dV1Xuto2xC7Gj/njzvBpB0VOydpyVNhZIHbb0bveFuC0NYFHo1H6XjXQ29ciJB4C+SpDtSr+zbSpUi/R1q+jjlLGDOMJKYf82tbjESnTA/iU6E8MrsYOzqwsLXesWO6bPmREZhg7xNrwDFkTkAN0qELcjZXrhzA5jxv00kFE0CWah0m97z5+71RNuDi0+SEJw/AWITBPJrMJgD7XSb4gDJjbuKnEbMUwyGRvi5iB8u4aJ8puNQEQmFSSQCenbMNayzKqV0UR/VKW5CksRZmAypc4N5l3B2w22NC8d+te9PxKKeSdcLoh14Nn8he7irdbsbFgqN13s3DhKioc8Y0wwGnim+vZwmjuYB1xzEFgvz8PPG6jxmp6PYKhxPGLtKt2g+BmjfDF62DwM4CsMGo/fNf2sb/grkjaFdvtO+314B96PJbrEdIjV3OKzBkLA2Z3mcgH1FldMldcAD8H4a9b0h6ppcFYe75tge1xclOnfqU42DNLzVh6gGM+TKKJI+juyqla4uS6IkxU/bjKk4MHunI/9w6ytLvjoXed5LhA8g/PJdDAvLdj3lww6n7lqHv2vneSaRJr/rNT0h1ETWWEQkT0RiXpIoDDzYDo2chtszp47/UP3+hX7SbhH+5RAKAZ/VMVEjYYzbI0xz4pAaj/YB5/EVbGC9n2Q+nJpRS2YaLFRnq1i93K+36mpD6NI410bR6kXmiRoAXwygW2sSxSnC29kx0p/mS2ZV7dbo2ku3b0VrQg9/5pwKb4cjf6XY9B/c+TpmuNN7mbjbcev/Sbu/MZ//Q1/85uu+W3sDDbidCxCP3a9QBzP/JdjnH9z3PtrbpjPOXp6Og8pnYGKzkFAG5Ho+YYOnXeWoIVxzuRBI2QVLL2x0uP2/+B9nMrYHH13L51XXgu+yhhz5Qn2bo0e/nwMHppXBWE4G0ysNbKBy1pEgOzm1DiMrtkUXyTzm5dYw35dTBG/dYCQswtBdEbXxfaaY3JdEX8R3n3w1vifPZwb+G+FPf07WLP/EXrmcZPfyC4icBEBiybEb3TLdRMD6wYbgrRmWCQu/j4WoppED/p1VEA8UZ2BSQyHcrPc/esHCA+DzngVf9Y3XmngcoCxodw4FjM7jFhi5rNYGSmyKM47H34XfRtkMDMedPmFWcuUoAFGsbcPzY0KZJUQCfg7JHIXro5dkHLAWkXgON966xp+CDaV5fHOiyeZHWXgWApOlhW/Bg/7nJ3M55vQ9UQl7Yrw+DXVF+PSh18sS7XGCUjj6ZO0XW0n3squvaTNhzk9/894ErXpgHTBtpaYxT8uF6Ektao1dJzxJ5jFItbw9I/oEdkpylBRWRlvePP6+UBM8DrBsdlL42nHrfD/+Zpm1FBLc+poQbu0Rz3tU30dNaLz4aB0TscDzYSa6fRWK5yw2GtId1CUTtHYoIpg12u3DscDpRod74gjnbBlekVTf4vT9rjwcqUVhujcZGbpIU39SeZKjWLqVNm38i873fSdcZypzK9YtuaTk5U+i+vWFEDrVeStG6/2mAYOa4m1R7NW+Tt3E5ou+vTEkf0vqdpep9gsM+CROZupGSWiUd2144Nump4h4pXzsd5e7O5aUDGRt7xrumSfCxGrS07+BULJ1bb4MTOLwCmOZOVPXUPEdZlRXpZcydHsgyjg40gnkeEhVIUCY0kJ6VbEmo3b4jBoAOwBFLHyvSG/tjjoJyFytdi4oVZhHpa7mh2aQyexsN9RRzx1W0BC5lA0zLbAZaOT13a4iQiLONa4HCRet748PU5lui6TciNbp3oMp1NmUnUPU1JO/lK4BZUxsY5Do7vKDXxTEszrVd72jnVpbh4c3Bq96mZE6ek5J7Skt2Rd8MToaaU2d5T4ZOdLQGi3+oT3cHDM60/6P4AAAZxPkKQbuofhJmizdcft1CyyMMLACTGmZRzwx/OUGzEOcq4oPcQrG+Om6gkVghhEPLSWBWoqsbSktRaI0JRcom39my2BB0VssbiWLwzLRPex34552An/P+EpCrzLh5AAa9sLhnVYKYQxyIBTKFRfuVXpkBXCdz7JlOouMaCpE5HqzobvD7CVNvanPmcaMFo4mLPNgYg1Bz3cb4ja9LfQwCbC85U2ahJvM8BdOSGAqqmHxdTDn6TUDBG3+8o7uta//Do0TJ6xfJti45W32UEyrrDeeIu9bmFRW+iWp/gzVAn3NVDhFq5VrkYtbHBizeG8JZNb4cl7UgdWbmAa1LbPvtifyqyqtNvPkblF2MZzYx6g7bPxA6ZbNt3BQWzh6c47cS9Ts/BSPcvJ/+o5pWFe29bDNM8CJ57QKZ71xKhcFbj49hviN5feRv2n9NYP9dRzb48jGz4hcnWGuCb6k81c3Jnp1gCdlYEnV9Tutt1VjT3JyPSHWdSPgu87LMMBsUCfenZi2z7DonVJqrn/aps0hlF6Vs39eJv6x3Gx9I0YFoylSK0VuJ5QXBHQsHp6PgGIzD/aWHWP7abOf7ujCS3ne6R1xQHm4T752D+gCc1+yAy1IQqadux06Nsyzoh2cfmGxArmGzPHdbSMUbcJI9RlIITuEuL2rsKi8t0kypu7iNdHFMAJBEkxmMp460YKDyjLRT2vD9DeGboWS6mU0AQlTmVuP2PiqvKbSm/edLOHBmGEDiTEQxH39xEXlZ+lvH3CJjKiOMkoqSaYuv/2IBeZD9B+wEH3xLABi5E9lJA/FHH/uVgVtVGU8uZRe+3IQfXVTPeoCDunSNu7pgraxTGlurdbaG8u+QZ4oQ4COdNLQN/eVWZp+f4C/c2dxscFCMgMBQqawA7bwy4uH34F+cg9ulf/0+Af+vV399vqH8LsS/Dhcipvm3eoan0JHrA9TR6MMiJea6cyq9zKEpzSmo4+RmzWXXPx4ssJFUCjEZe+xKyi+Kfapx8NX0XpAFY50mHSUfMm2IHgwrvx48Nh1H5TMb9pciOjfsp8/dDLd3jY0U5h+w/GECOMMcIU48xhmrVWcVX2Rq63set7F9oKt7TeuMM4wWnhE+hPejxN01GV8EOJUfeNMnm37b1a2v9gV44KwTCbGovIHbmdoJFnwBdMDpg2jOugk25pXBxouiiNqYNNrwJ5Zi3CCLh5VBNe6BLz/djbj8oOAebTjDkAoYcunfYmYiiSGMtAk0qI7QxWc0lcaaCKKeJZA9Y5EDcbrNJdeF68GGnpMjuMfvHTTPpjdACS2WbuIgYx1MFzjsJ0dyTd79bLME1YIszIS1ZA+w4pWFL+Mac1ZgFZamzgq5p1ruf8l1jeYuENX53T2vKIhT0PCH7iqYBJ+mAKC4r5H03rR69w+9bro5OjX0vCiLR3fjVj1vDkyC81KejbMGCCWJHlWh4MY6NmOL27t/mUoDnrgCIg+g7jlCDt5t9N+j48vuvnbaG7HsCKw76sXp6eXMLQzs/VOnn5QHJq+JGHzrygIBmfNo+Rl+v3OZP0PMiWd21+txwmXc9FgzPmap7d73bXoCzcXf7DN+DT6mc3vDjn083dz66FUSGhg2ZlHn3ldf9m+N4SiduRMtSNRv2BlGHBUbX8rBp8N86RTfdldWRluegkLn4OAb4j/wZOWUPKNOIoNz/Bmu+s25zT7/0g+NE15BwvjgS34flh3qkGBpcX6UTLruM4cBeal+edOtBFQVJJA0c5+qlK/H13hDOSC0s40tFPtOCPX/5/DzRSSQ9HlflKdL6LVtlP+Se0fGrv7ebrd/lOWmWX5StG2ZpKUMtXLvId+jfQZWBVEhBJlhVcq1YkwImc7bMnGiIa0GrRdgEccpquK7Fq61ekJlTOJcqXn9BULmXV27R/+WJl7zmu3yDVvL7XKj4onMXWFrHlpebquRrt7M1DDdrZC9WQnf3YVpOtv/g5yCd+gRryn3zwjm62tUTsIqPyjV3OF/a+XMGyxqsQ06oGfF0d+w138us7Px/OXr1z7Mq7ayeaI0URnNL4CNz5p196EwyPF/b+p1PQD2R3kXsGv6aRdHez8JQxU5wi8VlKPzulzA02Y2u1k/ItGod7Liy/mXuRfS5d7UM2ut7uHSm+clb5ZiPupdua5fJhlOuC9aATi1jXDhaTNjcU4fDcgSVXTwSc7/1ssi6mF3VWTmE/P87uH2Gq/oNGlpZ4M8ZZaBqcH2FjJMLi5YnKVf41Hn9X5UKGv33KLqXRwIeKYIb9KoSmeXWB5TOySmOrI+qtk0YvSPtHOXxg+DaKBQrskt5kQMSoVWJGtaIOjz2zIQlGXdi1A0bv1bn+vDdclCZ+ytXzUMJSPbVGgkoluynvEFTKBXrzDRNflbY15H/aeEsRdjDquhqovXQYTrNl7VUMTnsei644kWHcC94wNBSOkmVUpbRCXEca2sDXBcDCLV5I5UL3Kma+COOI86kRkiC3ssyPNahk5z5AHcgbEla3cSCT4MTlXMoTsqNxSMPcRk2VKlum0qrsGTSJdnOFbIGmNTQUlBsPXmLUAINz9qeousCIihLKDCO2GTgQKI7Zeroj9KAl7gJqlQYYNhtScIMI2L25WrC/Pumb14ku9FKNPrJ10EBrYLxVpr51Fgt6hYIIa/Sao3e7PUzy7GTt5hK1zUHyJNlE1wAqK/eto8Tgx0OcjFHv3h5we5lq0BUUhgLuQl5p7chcXHRYM3dR3DCtZ1sfYjEgJO7tzCBcuk2C/2oeeEOY/bF9+TV+Iev8eswzBIoKZRFCRbaaLixU1sZ2kefX72UjuD+3/Gp6JS9xSighVNsSGGxU/PlMPyc5BlC9NUk1wMhkHEeuMoQMiLQtCaEKotmY/cJod3Hezi4yQoeE2+nKJOMYmN2clZ/REsDXSRKyrmu4iTCkzSqTCwQx33eFZH6p7UE1Pe2JQXAmBtpHOJjq6YJXDn0ppEEO5gGi7NoyptRS/AYdkAgNfHsaEZuAlTBUv6Q+oDpvXlFjSLdd5us5xxqIoj88vUxTA83az4lleIMf9aEFLw+j011c7l+VcONZ4gZ0WhMXasNBRM5KLknGGNg99TCWsUcc0mYzy+tBvhiEOeSpc3YvMCrIEnaPCWX6Hol2ElA0SwZG5ZDlQmhnr87J9wIWaMaIGxsv5lwLVMKj15K9tuyl678O8x4xzuGM2aK8lIKj0hJXBpZ3nDM9frS8GpCd9UUVfIi4DgOVa7neTZcSuCuyeGjzwZIiYDlYsKhFC8yTsoiwTisLvyHVZd9NlLPY8XaChExMItJsfzPZ7wa9u3y8bjxucF7sSZdoy8gFMKJlzg292X6cBHxXN0PA2Vcm7aLD576lpYUvRH4PgPmXGNLLPmMd0wx/2fOYTXdZrnRaIL+cGJJoDMdb4hG9wd6JTxtC78dP65l+wP+F2tsRnQomD3qFCTvJ3nWF0bHVPptOTxJdMAxPSLQ4pcae49fqcU++ps/5xxZzDLX44UNHI9/z9NYr4OeWvAEGP0Gx9efjG/XeQ7UHouMm9RYO+RctdR6q/MvWWs7EL7iyxvlVBWNz1FGvK6I5nwfUj+LAivbaHHZFfOkhA8DBjTtbuQGIu9VYUSaW4WCIiyeHFqpekJMJLCKaHdBU9s5MCsSi8VdGEH868NXTTBa0ynbX83SQ3gsSBKABCOylhtl+9GZ6eK7MAERvpw9ZvsLj3SNYsEfma8hf5aAnSG7aGjUe6hah48+DfICCWAu0HpyyN4t+brZnEQSt9cdFkC4WatHjeNF1DQhGnDjzwXU7e6uCPL0HgvvMmAhhfY8F9ykxT/86ra9GR4ulK87jJAq4qmGUXsSXpgafeVOTKbWPW/9s9jI1M3g73/Mt+VJ0fcYRxjln/Gs2vMrfYPh0/C2kM+AG9yA58d0Lr/QDFFrswlwF6Ppz3xm4TBwwqnOQYpcj9UJdkIS6Ok+YhMNToqtFu67rehDA5/NLYrV/eMZ7PmVJ/lwSxazFzPomnsK4hypHmL2weF3p2QTIOPjntzWy5FuwJWuw4bDLZpCrGJHbW6Qt08QKxgBXLXrdmrYUzIIdSOTeKN99AYnisPwWGxoLABNpJQP2t5OGvh0rR6YKnr7MFfehCAqDazekIe71/bPA6/7yZZcE2fk6s6jteAYqfgYjX2hYs6Rry3r6LcPx0+f7biLHyHgTJmetwX26EPW0IUh5u9TO1G6G7eME6b9uNYeqHCUm6XMCrnPWFbq5N2/Z9p++Q31qTclI7VdQ1lY/sml38yKjrfPxFy/mg6InDM7P+U8XG2NMK/LieUCmohuK03i6MQLe2aQaQ+n97qLURfOVp4ROuvalI6qGxxSuPxGLJwL+HcbGJxPrs64xtAnjZc/HnQg4qZmUQiFJu2jOkFBAKHFWzVg9XWtDrwUjVQFcBr1O8NhpeKxbfyIGA/WqujiHMKKKV58IGKxXpcWrRgh+rzsRMFSv6YovDY8pXDwR2kDzDeqsMaKKjzgR2mA9Iis8PusVY6GBhEcVrjkRsDaWF0dck2mBTLyoO/ItYoyQUw9gRBWvOxGwuFrTFupcmFawdCJgQHwNWFMbxsposv5EwCKJdVRxjuPlNDruRMBCt5g8IRXW9UoFhiehXi6X2nx5QwsgavFe38LygZIIStf/AxS/Ad0uj2eCqMICWDrcqvxNkbpqI+Kr1yUt07/S3/NG5CM2zZUuEeQ2EZ1pnSsBGgDT1MoFvrEejo4etCTmrZV0gE9AWozd9QoCydqVu1ZBO1t7X5o/+Vmy0jcXoIKtZfeoAOFpPf78oADFcV2/J40jNvi7o6Xyfr1TaucflBk+olIdmnPnLMy67Wj27GkV9fs3wdrBa4UNWrN1lNykL3nAKOkYAwHsvr/U5bt/Y1FTOhFIl8qXu+Y51rN465phVVeUXcJOFPlURdGmvCTv7NMg71KK1M9ZMjTj5nF3+jE/nK3jn3lWfnGSh9oxsSleLv7kamxePc6Qi15IRWBKTfzXx/GI0fER5swHe/5Bx5Z/AdeSxnYk0K1+FyHcdIlJ+97Ud/fyYZ9r3ju30Egt/XGM0QP//DpEGJaZJ1Bk6JJ3cOT+jjg837v1f//j+jD67F5B6qHKHBSSCRHuLleyjE08eNnA70aYd/abTbSLgraYbZjOpMOQhIY4sdP/kzXOyBMkiSUcCATHAjNjXytl3nOmyKAkz36Iib2k5cHR+wuWcldFFasyoccgWQTij3QHvnNtyaoC13ez22VKNn5wz81L4YwvCwFiMr8l705Q0pP7MnYuYu7ojzPuqCIdE++ROHDgpVNmOQO7S96NffNCZJvBTKFEOriANPgUimL7TK/NM0J23NngF+83SpB/CUdvcbh/5JhjJBe9xMl1pPPJkpufCz1MOhjxf5xoL3uie+08G9HvlboN81Wmkxg+2IuDQhEJJJZtAlx7OWngLbuNr/od2Wam9yBiflHvj9vf2ew3FWgglNSrtBWbjP49xRpc9AvjZHuwiAek+jYua76z0uswnj5y9n4ynf+SLHLSjAoorFHOFI3l9GggqAMMt/K3olDMoQHggEUW5v07N5ABwbYY37OvfI9WV0PKdQT8aWJkecJ//GEZB3rne3yXkCDh3dtSEPqkfcWjzCuS4YgPsqPUD81ExzA+5rf3QjcLvEBvBdd+Q+62m8GWWtZHAND7FSCHtf/XpvWylKaEYg1bga+Je404ws4Jyh65hxaGqP40tnVYxoUBe2cDd8w8g993l3D++CicetWr48Zo3V/KeLt3rWfxjYCn6WsAYNYW1w5cC+4c9052EN8Pq3h8gBB35U49pil1wETLUDVumvcVINRe9acwas3kXrdi+w2lRTNJiukNnchMxUaW86UBsRFMg+nv+7XlfjX2fbuvelZhOqWSlythwWlyXMQNNvi4UHxdCqyEX3IuLi4WRLgBG8TH4wdMtQsAwl3Ug8QRMID5lBE52sLoNbnN+56uDD7wWR1EdzQBafZ95itt8XbKUt8diLTKsd18YfN4vg7psdX37JNtp0Acwd8e5vzKrH5wf6RcxZgHAiwHR5V1TOz+JO0X+LaoCRYUkwNbWwOAyQx0Y7myu6i4+U2chCKZLC40I0y6h6b6//XlyHFKWq6FTRN3zVerIuJ3uw0wTasAmWslszsrJMkHHnQEEP1T4SZHg4GurFZpcz8GHeky3o1cSonyR3DSEwOTcuJQMJPe6B1vKoe6i583v1rHMW380riPNkT2osPcyA0zdiLeQ0R3pOMH8gSO4dB0LkPrFhcCYXJA5QO7ZMZ7B0U2Yx7PS1xDqAonujolq8sUkO69tShaE/GnuYLcLlkcOAVM0OUNU6ylJQb8doz5oNstq04ubVQyuzjyIl4PYwzIjlQs/aU7z8LCUdE22tCNXxg74XYYazuJVb1W0uJlovMtGEnS9qa7h3hrmzmhmyCU/JyrxCfk8+ZXXZzyvLr+cSr/0csf2M65wtYDqMI+PUli4YVLzyYpcwBj2ZaNeZGnfHqgHBFhmaQtkJacDYfhqmUJ3ZlSyvlPIOIIlM449XxCORrTjaZ0N+F0Bz9Z8Q98JM9JbDePXfV8UnG/yxERSPaHywQ6ajczwR5LT+PonobISOQqYwcL/vb75EF6khc9/U9Y8mBZ+Edm66xrv+vhB+JTv48Omd+7nfi9mEHB29f1/xXpSCn97gX8ZrCSd+d3Ce74gYjK78GBeR8IdzvYoV+j4vGRD8XFTQUqVJESKlaJShXcWKSBb2sBcIvvnkiRfEwJfpBtiOTihmgQIEwqacSYksDRcZxHtg1mpHHLUnIb4Iqrq8coriV4TLkwhzOgHS/dQLicABohayTwTsnBmX46tFXyc8Onaun4JPeMcc8id7sFwOO4lX63t3NFuSRcWsKHnuteweTqi9q/YNenTPK5tvYKkZo02T9H/cvd4rTJ5m9TTgeoRVu4UKQ9HChSCweKOFCLIpXUBe7fSUcFnpFF66QbrviBzNLJIj1BOzTHYAD4tR3SrZxsFE4m1k3a518/atIPmtwnZvJOkMmtIiZ3C5jkdknr5dvft/sv6nP8Wk++ffd7N4yTIc0ayGeDbgmkU5PhXfDzCrCWxcnEll89vFRc6dPkzWvVy9R/WRIrCSzCIHIqPMl4sHobPIvRJFJQogYncHOTFfMTxPtJSwV9EkbYEwnQkxKDn1Rux/SxuFDbZDxssYoObjI7WQneGQj0q8hE22IVu1SVNlxp6E1Vfccmi8BE9UB1s82dzqA9Czc8yUc3cJM7rpVsl40XHz5GLseOuIuvqtj1zw+4//OwK84JTGQgwMR1JZmEwhmslQtmF8QlDzoEBe1/n7bWv8711lKKqdZ4lC6NhgBC3lnr0BIJfTbAdNIIzYLg9d9u5nmycYcSlQuBcH97WxSAZxPtcgV4fSu2z7ECdej0sY5v2YxKHSPLVUUqUFVfQgzjro7GyTS0jOcZLl24wMHBi7JvYM43YMNXrOrlMoYsP6tgTTvfAmzouJA/G5BL3LP/0fg9kBsGLj1PHNwd1vjhjqugult6xqlfaccvzwVMyM/TiYVABr6b51OZgegeVzeCx0e8MA2dHnfFVwhEDxBwzKiU7oXher/hD2iJKnmMD1lEHfsfc3yyeBkxV7DHRecZ13EuEJjJ/p4VHCM2Zc3RAYfilDvjFnj0+3ag7ODQ0HJ7NPWLYM1t0cQx3IGBpdQvaYQT7xh6xfOyTd51YJgZ9Z9TbjTvIbAxEVR6Oey4OsR+SS2UaRKouAQmK8ASWAOKmZB45JQkJgwig0ZakAumrmWj4upYEM3Xta5zAwrZECFmSM04n0PWuwmcMhAlQP/t2P7N+OOB1//fBhYChXi+ZLSvry1NWKHEJNHcaN5VixVmYzFJRLbWE3zEpclZ/3UXh1qGocLHTfghkIqMJSycCUcK4J/BvH1OYEWaibiM8Tjl3hWW9t/Trf1WzsTpDdSaRK8TU8e6yXaTftkmja8z/OAQaTZxxwEnBv/oLJ/5zMaPvn3c2pNx8uPN1f1zJpvr5tANOMmw3aQCrfxg/4ebtIgTQ7PFefk4lXAaRE64SQ2awQ+EZZucuzM8ybjZxBk/2Olgk1oMS04WdIPF+Ct7qwnaaSKk0QTO9EGRZlIHR2qwzU7PPmlxMqFNznQ4Vk1GlMmaNW74gdwmkzJcoXKutXtiP5b5IpM5Pjc06RYCa2fm86QyidG04R27iZDf7DDHpTTJzcAmzY6La3LFs+i/rAsV6cWsbDi3VNpwxTY5Bc51O8WM/Oino4eW1iQgqck+UKZpiU2ktCZdJTWBH27kmpbQ5LMBotKZ5MNmelfnxeXYSLdpUTmElBxBATm6yMYheYSdJTagyUwMao1b6QmAESUKGOGKgxGlmkqiiCcGiv7gMkDWBWni6rgFg8ND4ayOhfW0ojtYT196CJYcIiQ1hMJGNC0vgCOCy0iZ1hhJWPvqBVqKCN9mjY9pXFywQfkc5sE2mF1ULIeASA5aHIdLAsd5xfQ62UjR89fU7l/JcEXt2BqhyH/Y/WX39Ln/+u75cTCQL2yaLYfpZx7k1CGaWgdPrahHS9Zdk3SXpLZjssGLordRo3jToTLSxmDTe2ecoYrv88W57+U5q+hfiXO9GH7IcRmR5VSiDyMS/XmHuHs1ZwcCy7L+6r7o3a8gnsQ0JyNR1N8btk/x/OWeQ6ES6t9LjTzY5kYFUju7bnzq+INW3H3hSv2sGivX3xOtnGB8uETi5B/6sPBcY6rtec3Fdkpprp4iQdSClZL4v6WOOvwX0qBv6enV/9ntEQyHGu3dVwDsgt8DSYMPkmxtOmVibl9G7IA78WGpBw0vyM5SEy+0OgJLM/bAX+kvXEynccZkOxCcaZ90ska6WlpynweoDwfT4kaVJ5ND8pG9jnfKGztJGTtCAd2hRci0WTXpwP2BWBrm71IKBFXE2YFyl/dQWUKG3ELdKjWPyGhhGW3HI24nd03UM54Oa0ePtIqRCkxe40yaZLHsgMM+7OTLo0jsxNdyuXNO20ZqhLC5hUhxjKIcao16k4726Ag+GpK7/oMeeFgpiebicMukeMWMxz4BYMVFohhyv2Bowz8F5FjF8TXmQYKMg4R5BoEjtYB83UikgBpAJK94V4ykj4DetRKQL0d5DeGxHaXNqQHZvPpdMC5ilNRLPI/ejqfbdoAHSx5Rj6cMkhqwAKMsLdR420mHFndZTpbTBvQcyfZ89nD34qJ3U1KfjEqTVfAbqgLXld0+E6UVD04O1DQU8OjKAZ/m5whn/7H8h+dr2o0ajo3q6tplLptd4JRez9Cjf1fb2uZfYkJ8RjcnBj3EBzhalmq9aAYG3RsIQ35YLw7cv9EwDNd2fgG0L7xcJpvqGX43PlAEX3euXK12IjHGWpzFTsuZw+K9vjrDAug1bDGzaqHxuvKy4F7h5IJjGU+zHljVLRR0oPqiKaOt91L7lzEMBXGuWMXWDZ8v2nevD5ufk1Cb1eNZwjRg0lHBuv8g1+B/TrHo5sFijsQvA853Wzd5PC6Aqg/DoZOac3HZBnlTlfuxPbFIo0HKVN1Ec69DGHxTkqkuCNwkSynh8rCHYE3gspYiCgnSBQNIBWISagYyBqC7yZ0KYhSsOtSkPynTM4WjKTuIlK83fy6d2WXRq/4xO8w5RkqMylrY+lQ8hzi6ETOexS8vNfJToSfsN/4BbmU8B2XBHyw0IQsrPAW9s/nT13w9+thruz27Ezykw5HzWeIgTDtnifpve8yegOB5zo9yg+RoYf83guk2Goo/4Vwdvf/8saXe68LWc8caBjuorQtPzkvIPx4Q9AorrLwEg3Rc+yPrml5hgndXUfgwDEN6+mI+FmMuEdcSsXBiXKrq7GHepBA6rMlZBN8fumSdFk5pNxcN7QFWIx1E83lQyIlmrX0dUKPhSo7gwWBxmN3GA8S527qU2AKMKjjWA8aJlyf7GTbGxGn6HQhAm5wZCJeU2/RUwTkGhhVl6fkeBdolonh2sVwjcJA/RI7p2TuO9t4Vl99709e65U4YsmGDj16Kp2IMe2FF+d0mA/qQxq2JDUnH1rTqth6xvWVyQ9mRaI1f6CXA/rFRRL94jNMxTMeqn+dEo0A96GGJyv7jgXhnHZOOB6wX+4X+Fi4jeXMRgUuv5qyH/3dFURRFURTlj2IH9jSOI415nApwXFPE4wJ7ojzrESEkCT4zfCo7a2eECKdLz/ekLe1mmNq1lnP91R77k9rn93pPxgKrkeP9q8SNDi5fCfEaqAJ1V9OvDwvPrn4oWnv7KDyVCt30eDF1VuNvnqx+q06f8amA7bgoV7GFse4n//Dks8aUP7RTKCt4lP/mVJKsCZsu8PEaGyQrVapZu7Jav0FB2t944EoFetcnAvd4BM0q6pU2Bx/3dr54oAJf5fk4Ho1R16viVP04b0YNqEr7cFd/L02zrcJvZSQvdQ5s1RAsX1io4xkh19LYZzDWQfaCwLfLflMsurM6yVvL2xXTHnOe/zuzof19j1JJbure4ELqFdaR5UW6AlGFyntI8wvFMYOQQ1nypXPM5XvzVsuWe3KbS+rMySo6/s1SCS6syPjnL/TkXPR7kHCJcteKmyKD8wC9JMcVWAo8LpJYgHxJ4S1YGCbjGeA3OJNJOE2lo6l1PI1OCkM4FZZwKhzhVHiEU6GE0jME4WQSTlPpaOoIw4iJss2RTXWF8iFMU8H8VcYU3Jjpmdj0goQN6ZZUBMGWEIeeb1avNREWVNuI0m7nAeIy5ksi8IrmXhR66CLkYbBMmsV/mkoPnfh7FJAM82Mg0Px1FDvf5T3N//Nc7HOXkYYlly4vGkqXRN/9KQ/Ya7GHyj8TOkg1IxQ6gCByH8eOBjfnVn6nlo8SGxFSPb8zZg9EV24F6ycSdKqgIocH113C4KCB/Ljbr/EWdEX9ZPtiZ9NFROqj8c94O6DGcffVplJzuuF0dlE4oya3nqpadfEu1zeI4NSkhumhCSGVB0kX/Vuv/nro6+vG1SBohkoKOEvf6HN6MRY50ZDfk6QXvtfjJJ+mY6nVSCdq3U6ILLuChKjDfaB5qpTMZid19wcu5pDMfKNfMvlxIIu8u58zHFNdXlv7e2iX1TW6Xh4ne5d6deIWxbwRY4KlrRMAQQhd7kG4h6S8MEyqPRuElOBB8tN+diaF8nXvbK7fwSIJ3dOSw2fqcPsifUO5kJQiE8BRCSzWK+fPnFAWAprsu8BTCOItwQRgGrXW0F9iPKTd46TxuiPac/QODYYBR5g3pkQ9uZH4tetvPb7dT5J0Eu2P/e8s5/7DN49dV8AlgsWu9P1WW+hJHXyvB9ZKdHWEDHNtiEB8gMmNbyJw2rhBav83PH7KvDJpPVtH4zZTtTzDOoPfihr2yYB0vRWkwokhPFSxlDHVhzU44D/wxvrTt9JxkYQJZidV2MkIL7d6F7CAWt52bHBLVcFbURgOozruuSFP8dadbmHZLpj/C0pEP+4dXxwrUyD3MIJ0VE+BXtjWEdBkgUJSH4/UfhQ+qaqZQT06VoCgGJ+9bIjskHM9E7lVmk2iQyKHrzj8/62XeasS6QO5IOu/JWPXYj7iAxT5tDKUv7vbwl3Wd6PP5b8y6pW/3CRijWQ2PHO5LvUxDcy2ron+KkQ9b5Ew5Tsje+kymXEnsywl6Vib6hbwWeQ7NOR1Dqa77BJwvwRlrw+DCyNuGrXz9BohUeJ6mnqj66sDrCzgi/rZn3Vzv4sQ9BFScSdC9TpN8WKil6kfsNmuDeBXLQQEncFqG1fYTnQuxyODvKHfK3ZJuLaXM5X87Y6N3k9T/vBlrO7QKODlq1uBDDulK+QkXN0+kPU7nBMJZ/zGSbB339Hlh/ERVOOLtw/eheKmUX5rjlxTWBE4/nYOX3oxSViqB6XHwX4ChLRGAksGmobLNfP7POJcTBt+lnxxMalWT70SU8eLp6x8uzK7H+khcuetdLuHldVpp4v99EaDSxwC0mEOw9TWxfA600Qj7WvOB92MRB9/XsNRj5xhvaeIe5wguLfV5vdODPo931opzsAThDCpYGyBNRVVVpiPJ+huIwnHwn0LmEBV1MSW8ASKYyfLyvyJbO9PvE9IIYsqw0LXs4hDGDUEh7JtbX5IWy7ohzbv39PISsNG0yYeuzp4BORRU3VpV0QE3zn5o+2E/Gd27dc28QDnPIIh3jGR7V6jkBvpeHa9xv8dCjU126cTPxXz3GsBo+wY4dRC4wk7Ifz/oqBHO6wYLnVmH3pqSj4aEA8w7CPZUGeav8u4D1Y6shQ+CoEL7KuZJ6LltQMrd47aa9QJbYvqnDC9yEg7EIGm6a4th3q61Hq57G2jr7ds7/wl6mi6VCN/lR1/dXC8JS7mrV+8p8nxSkX77vAz0jHy9ev3kaJ1g7as6K+sVuEwmKyu4zAIBj41v0COhQgPzylyfBGJe1xgX2Qvma6YOiCpSlqsJ7X4Mkn2BgEc802ShNbcVDApIO+YepGuJjBxGWF0Sy7InJFk+q/uDXjGUx2rqYtjw7chQv6KS/Ybtl44egOd35FxuSJPSGXQ7qkq0f005cPQsX7SRIbFM4D87SLzfMRDiSYvHpkLwMYon2T0BoheXjc07hBL5arsEpdoQFliDE/uWBvQtPcbhAc4PVv31sHZIVJsY6IxziNo/PyUkCCL8DjvtemXn9W/W3pYOWvuIATAZBF0q/C6oJAEY6AqOE1OdiaboanOoGUMSZd2JLfaqQdiyO8oKdkO1TFJkkdXfdt7bUSUo197hI4y5aOYhr5DADcIEqFGjjdtirWOloM3xGpUq6Sw6GKsyCOddLQgmPcWZYygGomDiKCnpDxYU+P5gqbxg1XlQIP1B3c8KyDeJ3yGswoDViRQVsJp978NIl/iz1ire8l60EXftF/T14Pwx83AyntjD5KnlHaQNchQyA9skWxzG0+c0GALpESxcNwCRdWRnl7AD3U7trIFT9jiqR/HJtbhr2I3yjcxqn/AD4d59iX18nQ2F7Ncm04tCeIEU9SzcvkQmzG1+F6Njetj+QdQZdsgtr9ZCSC5aHWSQzk6r39YMtMDK3KNUr4vLq3owb8u+UPl9KgZ0ppHFwDq5bsZsHMxG+8J+FoCLgz0TNxHsQhm3V+aeBBNqxLXjHEg97QIJjH0NODnHPcMRtWq1t7b/4/kSy6MFpbd1QG5asuyZo3MWt0FYdCsAvzY2rPPMhkYYoBeF11x4rID0wSi49TpeUj5Mrm9oJXuUhx6JdlCtvZoh+v1HIp8Qbw45pfBRsrZ1aJl2booJRJLe+tvpQdicIhnb117voFV4mH1q/9VahwvSDr7q+XDcFFKJqg49qXxOaSWOCSz2xDTX4MH/auBXX5DMIgeNC0O1+w6w/dGCylpIv76y55lz1GVTbmErDWvXYiq9Y0Kv/Rt2NFghhTHlGeqA8R6M8+1+ERHDta5+SnnwaN513ASnabGvhTYHf1kHk4KaIE14/eqIolftzX7TvQcnVdxFo/moPNeYjeYxN5pOILPNTpzbfb5cmXFS5W1mdD8ijMWBl8erJ8X0ScrcJ67F/V9DtzbXOp6kdrMSaeD2S6ixKmoltcM+5ccFqcNLnkU4siF/9jhLM6l5HtclisR88uTenm6HdHRTGNhVls4cD5v4zSMt6ilIyXOpDlh1LoGugX3/E2m8DXwsJGaOWwcOa3iAk/Rv8mWuUj22KnVjVX0NuEvBVjl/lrLTRdCVILLkayWZCi4VClFbzQAv5h0ON6Fg3XvcympQDPgXAixPt8DZFV3GEJB25JvieJMoQWKwt8tzs07eBY6BEpefOcFa9nbCiQtrVOEMxYyQUieYrqa95g0uy/isT4aaJFIGaXhV5qO0vwDvbVBluwU5YQmLuHUcFiteMtJNDt0ff2FhMqO/ISIER/6ffH1MLdG2O/LdEbMZSDiraq81fNVK52wl5I82jPhO37hOYi9fH9M7c+ezA29duzCGF6iTnkAkQNL0OZ7WESg1QjJ+klWePZNvvDNCUK7DM1GnX+VZr9m/M212LgOz+bpjbdJfrynl+qlrp/MZTDvlfCN/wStvSLFwbiaAAcxgD+bdDccSSCxuZj6xMCEtE/a+gk8BQJ/PYWU2zGYD0IKdsLUuTvN0KS5x4U2QtKJnVaxGJY0JwuaLtDcKr6V6W3ofTTFrT4oVBw00Qc0Q/js6q5PmuZkQpMkZzk0f2e3Ns6mabBdrq/AVygE4x4zRg8hhSC5KgxdFLzZg9IFtfmCcofREZpvKjZmwbYJyG3HbYa3/SbqYg4bXxBu5my+hpl0AbhHjFEM7UXz1yubJAJv5wUNzxqPIcWkHHB8iw9HtnV9sLIV00OZzapAJ3RQHKgS4FDi8eMxzQYFz5wiZ3PP4z0QoD+xWOSvwPRexlbeT7lbtqnY5C9DX1NaARGhXnURlZKyWh/AIV7Tl608pAtWipEwnlc+SHzQ/JLfFAJAVqf0CEbRUpZbbDV9Uj1nbWALJgqtrzHxv/69DDQMnPDcYTle85u3G027B/uXbQv6Nq1nrYjypzOX7RHeke4+Eu/b5o0OTUlt+ItcBx+sHc9+cvvDj8bo4+N+EsX0ppeOydXUo6W8zZIJ3zuaQEC16SAWmUdSVWm1FXy20EKQ8qOpgDRuOw8dTu6jbVLX19vWdH3nMJpRAXiBwJjSKjzYQRK+k1cS9biwgZDs0wAM4VRO9H9g4q4dJKJD1d+gp6/18p+oTT9k1sWZTXxhOIoih12tTYUfxPGwzjXNzzV8k2NCTVXbTUWMkzKqaDK5QL3O0ZbHvf5jxt5ZEhacdXLNkRyqGiOcVMVIsZjJO/NN6ze1tdfHtY/0gg27JqRWStGrEgAEDwSeSJZMgk0l4+Edt3578DmUpmixcVnXhE0Z8EuwHLtGgj2U4Bk+iTIAwk/SDpfGxSIaFHrLubxut0B5lpMxvjDd8VLrZQVx+EQJjLfauFnRvfeD8gV0Ru0wPzW9EQpTalJlOXq5uqz58XFWtBCFEvZTbQWa3dKJk8p3MMP4JmFgupFdcbAIomQWtBaGpzo418roU66uZymXi5QF0YXn2dNKMJOJScNom1P2KDwO06yyM1tQLgaSrs/loLgJbjbACc+T0RO3GJ60sgwr4xdp0C3dybLpusy214rjsPu/hDt3AOtJGpD33z+f9bqsUJ/nBxVV9VRNF6LdlJdvrnsXBO5XWnY/cqvpu+zf5F12beouAw3XpfdI+8TuWFyTXkfkzzYWwt3o6dfUdD4Wn3GCQ0cZf9cCsVK5pcyHmPo7/dpxJ/f8/6XIlf6U5bB6lOJV585q0H9O6+wWoyl2TJd5Fzmzq7qEfFtw4r+DXbiW4tIPLn0J14ix87RM+uzWv6Km+Ur1ylvIEF9UbpBrS1HFkfP50mC9o+4EfA+kH9Og/TOX4NHCez6efzLmonyUi0jj7Z5D53C0dXz+UhyD7ybaFp2KTWdI5CHWTshj4prJUazx96ArE5jcoc8lkADyOI8KQtklV3BtOI1hPQV7znysjOem4VM3zrmkLcQ3Xdpz8h7xGfd6Y3QYV+sWi+mL5kwe9ri277pIZ7EvScGDNJx5sTYAds4acyElLfBRM347Ttp1yWID8ZpJfTIRDsxJq/H4SUyQkOasuXVMZ3o6673QqT+84j8rBaUJsSswCOTqIBmlQNUsPQWm1ESHxFVYSk31iLysAG0QKc5CxDCOGmcn4x/HjTPUqaMHlVg4mQAG7qSCrpSgIucpWg33ibgttPFHa4DfGcQkq0uQLYkQfOAEsAnhxBmsl0UA4g9VAC5hvBwcI4sApR4UAZBDTbM7VhaBi99LP7ZxvByj42QRIH2HweCgHyvw2u0NNN6kgh66P36jCmFEidfKImofvKaYZZ85euqQ/cH0D4fKqRGiA1m9eXSilb1h1cGyxz6MKonbWRGxE3p9FMPG0MkjjIkRjLLorlJkDfakE0e07ramtzedE1FEY0zATyGyH4Yy/+N3y+vXyxA20ntdk0mRDhZpGX3JmDLI8G52QqbgC5cYr6SDwiu8pe+WPh0ZAFJ215fn+aOnYHhlqZ73Qtbv7ADNQkWV96akjXsbObWsiH6A1C8duNsTRM19B6XUDg/lKpVKpVKpVKobfb2M2cN8VcXXEkubt/42iFmjL+Uy7WqmP0GpKp2ceW9HoZosaFxrLsCjqVRwr67DYWoTJLlmDFb3os+lgcFh5vQsuI/Q9H36Emha7KDw5sorWW6+61xRnqAb2WdId3XUS0JK5K6vH4VQUZzaimAPlQsa7BnFn7yUNKhXvkCNshXm3rfAPe1G1dIm1p+mXgYFpFe/SkX3Jw/XuImCB3ew33GVevM5hbUT3lwuEforPcPl42c+7qJEQZa8+teE9ZwS11qc45oiyPy2P2kot0BiPiQzzcLE9rIdZRz42B98KCB4JPDQgIjU5CDBKjsBgqCSbdUUgMolxaVFLgAV1BR8vDD+EuP+mmC8UkfeYoWOwyohQbYR3MgFiCVfMYLQ8MoG1gkDPl2iIa8HFtgZPfc+RwWim9j7qNqFhgH5Iulcaqv/rTP4GaVjjYPdkGP2/++beoR+9elZbBCNvITyXebI9gQAVY3vvWsGcP8lKT0myWt79YWZY0sUvf1gK3Wd/193FdAZbxPaoWzTR3SX399glVlAmxzrdwO6KRXmsad4io9bT+S1NrBKYHsurbVFaB4PGaQSxAJmznspB9KP77ROks4rBpEe7PTcs9f04Sz3se9kCw8i8ibxNtby4fQ0m9+V1t8886IsoJmDEH0cnmSr4xhOygmiIP0HcjcE/SeYcOezYKn0IFV7BYG+x3ocMBbkpcf+IBI8yKxIIO4PQ+yRa6jSQ0+w2KFnOklDmEVxrxEhgomspxjJhtgkyLPXp9KQMZ5BLCZ7ELPnRoFwIKk7ByQ6pJvlHslFMOoeP6wsRlxEH5bz3FG3I5vxCe9tLrxHovK0maQsT8OH1bJkDpYvFO+KKLoMboUCjJV8DEMGZuMg6bgWVKx70uh5L7LU04TDzyfig166yTlHSybMlmz28zaunVkgrbEVk2l+DYDMsKkSVXBzsAARFApcyAxrXw5ToFQQlHy4eflpxz7ny2R6g51A87G/JKk/n8VD+Bma5uyO49d2v4iXTVFJc6rjHtwQHXBiPicOnZHpEj/fH/OQ7h/aTrR0/7Qify4uEfYduoe7k4ds//MujkyFHBmScEct4x750pd0Vh3usVvq8WboAjWFJ3lSMvbEFu5Zc7inbpqPTcRyQ/6Wdz2UFEjW3MZk872hwMjB8IANNX2NdvXxTaCQhVLjowCDTytrVi0jxb/6YbUymgAGgfPProA2cESMYqDd0oi0K5r6g9yMkllEeskxuuefzQDqHZqvBDproO6AHlSLoiIsrJPGtUkxxJgTvK1qE74Gs5lrFswsiMu/+FpDgbdar7ZyK6+uxmKOPyulWR/A4sk3JCmwKFn0GtJeFi8oUaZaEicK3qI6teSK28mbT3d7q1w2vo6uqVxyGZn1Jneto2e5sG+5NMsCFkJMe+BAxhZHw/IBY8D6XWIHauM4uKhI4J7gyGhU9LWtP4AHrLK+XL62ssZy5XGXN8/rigaMkSYyUoXLxhPhyoFja/DxlC40ScA93nQjvYpzkMHExtZ47QUlnG931wyQWsx4C1vcVQbb57B7tOmmeBUiyAkk8MdLDu9+vzahRH+26EdvBL7GJ8Bt95oJssCDzuuF6CqFzG8gCxwjtJVfQb3+LYyNKCg++/m4YGtAEERrt91gr6Q+czzP0VGceDsIJNidFzpdb7tzkc771i+3HISG04UTHKJY1Tyear824VdYZGfOa/Jx4fN8la8YTTzM/psLNuUIcRud1d9xuIjKXCZgFjxXTnXN6ylYdq6eFXR2KlIEPRSxw+qLfH6US8ZVxaQ9L7W6u9CmZT7X5y4YHXLfjPCSZG6IBtWTmCfAdVaBihRn9Jn6emVNWzGV/V1vNwibf2L2VGZDKUpbL5F3v3lOi8sIY/Sq6nLGWoh0ymQ6OwLZN1VStk1LyYLmXuZZMWvwhp6xVv9BjDiwJeCXPJsVX5eJE72/x7o2N8ucAgYuN1jVcbdr9I1U2mSAEGzDc5Tf/LvoAcMXbJF/p+q9qM5hq6COB8bAhldxSQbNNe5sMtOeBtP26PGgCi3N2I7VJYfzKqn7eROKTsrFxu00H5EXz6F1YdpexbALGjrPQFQCTmTOHHjR0EZD+5Asw6PLQJSG+pkbDzMQLdfVR/uffeg1rA8mktw7f9R46PniHZcKt/7Seqnpqcp0tYok/Y4V+wU/OVxGlF6kMyEwoy3mTNrsGkkzzhs553AdIqCfRlol8eYW/eHF6+HXdTSzLOyf9cCyHGcPWkEVRe9Sv7OWFw3ID9lm0kxzN0OISOutnOMM+x8STKuh+dacl78xp5LMKTCTHv0SAzGaT3KOYQqDc/fMkMxAjZwxaCfn0GKnIVbDMnOyyCRS9vNfeu6uTbYscDYBAIHcg3FQyJkVJ81iNA3SbmehT96ak0kmyc5yMsvaN2s4gizn1mUGMb7W2XTX+kL4IrdkyJJzqkcuhKXZ5u1mro/28OXFMu732nK/TqBCM+Ep407RCiGzeWP5ZVaYrM17h8pkeI+6e+zTzJUu0JaZywD2qyraZKYioWyWRhIgxVJumOniUTGvkYexpotFNWqcys7jBUf4DoiIQZWOmRCtOU85YJmSw5dv+cGs9gaGdtnQDvRPXrRsUgU9YBNjwMEdh7Jw1QMOjAvKaUXkXkLhc4ui68Y6WuDdEJDr3iy7P31HwtYKyz5Ow3hyYmYLy1UhlfMYkW2RucIyDnyLCf4cb+IWvkyjPYzHOtrlhvnM6G1eRtAOLWKQ75lp4dKneDUCrcXJr3tPZPFoSPf3fIovtMhvAJs/tFQMzX/Sp6grPdcXlGtmzbpCSciqrCSQ0yJ4rRlhsxMYCTTp4LJttfkoOjQzZ33MRo6zHFpF/quUIosc3/KHiRVfyCGKG+pWBHKqnsMQfJ9+jvDwfyt9+wF05FXl0lj+wFHRbgr0/PDGeDsElNYkaL8NpAetzvbkEp+beWhvoQtkBTRAA67DuV8r5KGEiIUFhEJWgxAB2uiMssotdgBuD8CgtBbVuMZHQoov19VaLtzqH4VWCk0I+hn73dwyH2O27Uwat3qFKTyVr9KhrfUDYZP5dftEiFYt53AtpPHsL1fj2QdqJY6LYyhaOTa1n139Lb56LzSJ42mN3A30R5HiWkibaER0evbMrxInrkFseGjMsGbxoaNQw9qF+7LGnSrfcZ8YUejdBQZT5kIKcl3YNByTaEC84XKWbtBiW1XXCEGlRyxRklSHA2EXDQ4pW71E8UwGy2CvEhr5XliiqQKTlDUsWbfr8MV4/BaXCcM3pj6nJm0ucvPCPIMZN2YnIYnOukwW0EySKjXqIlvT9n/Jdsw/y2VzSMNU+QXY0SyfDOMefv9r/00BlEL/phCwcc8mKX8NTeATzW5Z/OFbOEWhw7cHz8dZi62c3W8r/jxJlVV7rDEl2fToPz8a/EM2fY6z6bdQm96XWd8TaKO16gUlm/sN4VzdfVuxZv+mzmBH+iDqpMKLVOzo75jPdz1vGnx2v8qHFrTGBrILURd24lbhFbCtrh45wKmcCKAw5x5VyAeJl1VK9Lo8+R9Q6KhKAfGyJ7B36hyCkp+oOfl3wd8/JkZqEprx39l1ofzGoTNzv2KwC8WDx67VvzgBvLclKMmluKPpXvaHY7HFCRRqb/sifWxexbaLYx7rkytPbRs99AykFKksZL6Vpd9CFq22Wp90wuEMKFfJ7Y7scWpexoVghY5lAQOqgrUnFVxR8nl+z5Rl3NYGWKx0XNJBeCV1IN+j9PFHyerd1jQF7Fm5QWgbjMYeHJ2OwJ4puAyMup51JL3IKR4Ki9BVRm0vlnypKeIFl72FmLz85Ucuz6tJDHMxCvU7N54pczBy4AWmX66McQVZ6Hn5i35UKD5g2TpaWnXvTiaefpc/m52ewrQXap2FNWFg1q481SAtnXzonH7qwaNTxKLxuMXxDU6WuKXyHpsYEMtyuDnkXyrEvcQPtxkR583YPFxX7D5FojIlLlRUEfo8XoUYp0PFXbDaaIEdoVeIPPDkjWkPZbKSzL12gejEth6GcbzDNiuEyoe2ZOiCmPDFK67dRwucxOxkoarSdnVvMFwjsg1cGgjI1nN1bXIQxg4UIwCueq0MwMTsiYgvTzVHKjjt6QgrrWJnsB7PbHWfN7Z420Jo5vcqCSGZy6d6eoETVjcmoC5ru1x7uv/Izfc/PjJkT9XUHKfj5zJvd639mkCIaUBwJgHDL6qzyqdOqND5/5vPA2AxeVXFRTJDVhzNhPE2DE5hHQ6KCAK690tuWIemNWpDcj4o5iA8VeUL9zNUEsRBnUmzSVMrlozHuX52EFU30wn1jgax2Fqy9XBthcjhTRUI8r5V2Cn9DiQDqf+2x9jRS0Hl4wlsLKOtucY3WSmJznDwGBa4YknVBz5hVUTuEYOj/Ipvg1Llu8/lzSx751NbtnSN2KKljv4ECUeklNSSE/VriJP5xQmdwHbcJwde4prbCqWwWKKDoqGfaAJ8E13UhDM9kwq427ocaNJWIFLg6s6hXhVrJcx9sHdAfIjUcHJg+GIel0GnjyonTdBKdM53HCzUxK/RgJBXgcrJ7FXeHZVIONmqxcqMbkgBdaVyC+Nig8Ghn7qCyUemerOaYERHBg2aY1AGYwuy+us4I6CmLZMDHEzEmN9z487fNaZIWWXyA3SElYP4MbzV77bjPmQ2aG/phY4Se+Q9/fr6U7gzDJB3fgzIO+aqcCj8CWoQF18s6n74loVT2G1lKvvp0smrdmBzuVa2w8FdA4u6w5Y5nji0jK9OOju5iVMxsPnYVh1FzX1VCb1tof/ASxW86DFNkp2GYiWSRcFX588ffw8fGNlo2OerhXOKUCdkUDyMvOyuu8SN3vbCbTf1LnztmPz36ff9eMvmdvvj97f5s0bEoye5J+Loybi043ol17AzgFYbfcA+MTAfYN5tKLu7N/fNr00hmauHXNZwrf7bYkZZasrG38/PpFS8mWRTPp7+1tPd4rH3DjamC6ONBRpyn/nPrP1tfJADeFNaYvDEQbaCC3smo2NJg9beteS/K3/cdExiFlplu+Wf3WnxmpyfFarXsqjNkf3Gi7tds2eWc2xw+StQdEt2H34k0r81/e58bDt/cVTS5F31/NkLN3+Xh6vCAyFvBs/Frp7wzJWxkoZTDZ3wZ95BfWHBzsuWgZvmhDe9uvGxXo770quBgzF9mVKBpWGN94XMGBIYi8KYXtrvWekTtqZf+KiIv0k3uHd937Si1JnbZMPOvJSEiXXyG2ua/cH5XaJREH31f630re/PsVzpQFgzICMeUoNP11ZltpWm3dNwmrE6ZweCVwDC1Fl9/A+BiRcO3yBMfdHg8bzKo7HIfFWrG7nLL3dk51XmYiRcw/T2SpjaMent7PuOLrpQGdUavt+J9z2kM9n9pnf++Bzg2Ktg+Okk2h+E6d+DCVbOFcQAvWBp1I7tSke9enGuZEZ4qtUO8lSVXdetLMHxutehyDfhBHpnINBUnxxqQrupCCXj/vbb6cM1qR5S0/BGbGkwzMSQFG+jM7t1bC1ivnEDzlFNIvAAN73aTKe+sejz6QeAhXvoJPkdewAyVjy7O0LgZ2YuALRmDaxE3TbPNSnKjE+vqzfa5GFg72Q28TBM+czLVGFHh5hQTHqFCLVDggIbhGBdMYWA1ewGt6VOrwmWR76B7kPmE1SAMqnS6DK6s0YAu/H99CUZ4kxlYYNaAfBTPRlAPbN/7hJQQLYLfBfZ9ot1WPMo76gAQG3nH5lsgDE6tnXB/m8AEL6+cOoDD883eJlfdvxMK9KYrnsD37Wp51heaitQW88/Xm2Yxk7L9v7fYha3EZEqw2iCrH276f3LcZh+vxh5jm1/91CPwjXwbN2IN3+2DeWFPJ+Cy/BmeOqfZ/h2UIx3robYOmqLjAq0hlPi96f2tVOG4vwSIJ/a1h+W4ErTdl4dKj9RubME1Zq6JXbgK1JzmKF32y7e6b3pUoCErjx2Cz4CSIqhIie0Me3yjej56moC/tIMKDSyyvIE/etc9h88bOPYcxshiAMGs20eK+MEar/y+Y8BVhEkYLmVQPCyVnSRuBm0cDMNbmAXXEBQXLcV5QDX7QQ+hgNhCc0uikPsBE9mZ+0f5U3TCAkdCaEiHnR0g95C1256pDElzxS5IK7G6U3x20n6pyCZYFPb49HFps3V8M9XscXtZ8oElDB+E+bXN9ayC43HJ0v0DOJXdNVYzjAfVXwgbR0SoxclBH6RGjy+1cgTbW4zJJuVRNre6o32zMJ2iwIa9s8HX/Ai35u1XZJTJlkAxiKmuly/nPWXL3+NDcGzQtP+5Vi5MMtPFLu5hUV+o++GTYM5uczIi7ru+FFqPy6ud2dpIqrM6u/SI+ieQ9BSEutxFIKe6Ybp6SDfqZ0tmCRs0MYYqWpM4ohJlIxks7qjDAvmhvgHGPQqNbwdUd6PjaDtrWU1NcioJ1H2sAZEqMJgL13kwD5oHXroFokGDlovK/GlzJfRiV9suR0cyQ3ApsdPlUi8BUsGPr9qnqqVuLJjSq8sA8b1anHl+p6MWPo2O8dJfSSTdro97tPkOv/OKiTZ7Bdrs8tZxW9swhVdEQJRQkDvwqZDVIHFmDlSYvV4pT5gPXU2+Pd12e2Y6Ez5ung/ZbOjHw+KLumm+ZmZeuKfyKn+/l5GzSZcjxoNViqXBMKKuo1fphAh0fA7FacRZb25cfZWkRfgmkdXg/7gkoL7pIlTvNzlP/XWs5d1fPDKpu8NJhAsQh2q6YFDNX6KyncKQyehQpVb1ERbWZ/1tuS0VEiO9RuUt4xDHz4nN899x8CxE8DVRVsi2dICTB8muuJ0Uji/rfgQ8ic+p/7sXHgNLm+3aRR0BIAZizu2/QNG433QgWSCcH/kJdMpE7/FLRpAVL7FRSi4yJhv75gkcPj4ndsCqdklhPjlwkSSvvofKKFvMHbS0OSYXO6ksmzpUqHx3n9xdDRFLB3vxg+a1ebP29K8Rl9FBwixwRLOqte+dsr/zaUSYG6dh1sPmSRlWZVdmXNh45/PYVEGkvHGSkB98o6+ihfmg/BB8CIrTkX+BTfkGR5Mlo68oabzTTWdwyq8BFtq90kQo1nIr196o8gH+kye84tlRrTBXF3kLz/DK6QJVdQkKG98NOpQfU2KorZFmb2Su1002TSRTPisNfLF2dj3S62qhcM+FhjOeKL218LN4bCFaGXAfPfb6hxYa9QwgXW6Z/jTfRsnN5O8DFubjXYQbp2sgoyq2BOX10E1HtL6aFkcGq71JVN9IGT8wV2KJaorJ9V1Pn+aV/SJkeqP/Td3jGwCFPeb9RrgWgS7mC4K77CjATNFAjO8ENPuUsIA+eKHDTcE40kCMKlvzkwPqb66gF+Fs+vsj5JPaDtgng9vdqBD+T1NVf6Kz3xg1xGEBJSssWvzF/a9Wwh58cLcSa0D5JlYJIYlSDMe1xv5MxDQuksD8gULWvclBpCBiMUhLZanEtkaNr/Q9akqOueH0A/0p4o+VOnF9CYHCXrWyXLyXYI5edHonkm89j8Ui85H/5XWebk2vGGGuCCVTL7xhV6N21TIgqONyGP7iYZINtzNwwnncHThKfIYsWwNqFNjgZ764MrVMZ7GOjWky0XpBZabfugL54KbqGNjUoy3PupivZAyn1egE09Tj2jlkGJ1ug96Dm+UoYWq1hlqc6ZXWEFAHerQ7mmu/v+62gI/LW2YLar6WEA3NoYYKf26RAuZcf6i8atEA/q6npqScHInsEbSBrF1j3cR/3tZUfW2phChH3r0UCfLpSk3AZEG8Qhbit1sJdwTrMu2crvmEy3Cv4DQxhAZNy+LC9Be7EYSsZ1/ISSb9jKl1VEdmxuOF3X14t7VvzghW82uG/y/Dz0OatrcI3JlEX0K5JWdOdvTqYBuKKJB6PSC1RNaXeUpaoXosIU6ng/c/+67BXZk54nNQGfAFcZCv7bVY0rdxOgp0Og//uE31oX4IN+1g1mG5vIcCnotbdWgGfq9s8K3ta/sjUHoKoQIR0eAgvYnb3JIhyTEIn2uFvKiOUdr7KigmV7ZLSHK5EsMIqQHCNtlAgjBMREXI9Qobh1CKcFRQ60Pm9AIoa0Ta8JISORVI1ffhFoz75C69zWKCx9m0wd3UvSm4AvNYm+MQ7dbtN47n/MR0ogqN/K4G7OM8PBjRxZF5Drv34grprxGxoVqphfgyCQHgPeEDQdevPZ1+Hp8XNk00LTRoX2iwSPx3lNEdCtgQjHcfpS2ce99s58pbukY7JX9y+mOvCJdPOBdkDd+9LxJMAhFk5vYwRvMiGOqCjHy7rwWyDr1TbH8/hOqv+6UH1Fp4EbSZLQ9zqzvp8X+R3d+rqlweJwNg2uEs1YRRtpwQa4C2gc/6FA8quPk4W0GOyzl0DAyZWMPW3JNuxFfFmb03MFZz+x+zCaPDkzIm11+3R4RAb0g99bX68otyaRjUDrRYY4i9bSifcUWjgQzdbVhXuJQWVuMbXNvkFLKFQvdioOL6Wq9RKJp6BHK2ZUTETZ+ubemqAMivl0AX3EzHgiXGlaDkNMFU+xZq+ye8u81J7YBTLbWKGPWWasUhCmgv2JOGvMRAYji7ab5amp+mn01+QjKolJoAjzkzC+UvHXifx4xfLehjwLR/zKTaDQLzIS0uGlNKES7yfhqmELjhYt9j7d/XdY4wHjq5Edoe7tqMcOtx8Ib8ChFAwYuuCf4/P7Dp7Yw6WNgBfvUGuOqDFnAtJNLK+mUbPa62imrO5+GjdaFnDkyoxPzZyIIJKyL+BZFISGmsofuUvzSa6OzTGDjFtjzYOdopw2Zc4sK5Nt5a/Joset2WcIEl1TKoNawUAwCRTUZfDgGozApb/PRg8zH6rXZIEsy5GAa1aUw3uhFenRk4KMP/iM451CLmKhXfXrb+9gpufnX+i8CBbPWLgr1BWSttZRsuE5aPWlF2kwOI/dLkw3NNtTFdNjECWjs2zX6zutnq4Vb0CxK3f6FN2FPXrqKw+cBOlhOPbHsZ2deoryfEDpfKdl4tJgTJRguHIrTn2AeD44tLzjRhEanAKHABBgScZcvpr9Fr9yyUYSZ3s6CbcivL3j6ml4K3qpfXwi684f96Wyr8WGsjFnwuw3KWJdCqqvu/dw9z+pW7OsyRS23zpH7LCYu9jB1nd9pSSrcBIkC/oI3OXMQcSj94+y05KaxHZfyMjiFnsUW9wI3qXWhTZIGfkJ7eGEqYkg+tegiWnFey18SsOaK6q4bYQm6Ma0bCH/w8tGb0qa43ISdLKn1HjT2o6J+oZmvsv3ZbNomtarOW6dO7junkNKu/NHBz8RCNVedRBKGKIR4P1EbOKmoiDXDp0DvsZg0u/E5BJltzC/T33+yAZumk9wtvFo9FYG4tVk5PAfx4vVRSb9x/R6igwyxEqxML3cZjz7mfaSAdvhDA/zymJsz8AEidDx9TMXFt6KSFpioy7tg5DqM9VaAx2dtTa6ncracRsMdQTe7HXmpWk4h+TRCNAwIYGv588u/QdZWj0J4faY4SMWx5/ckMUMwhZIRUZT+GZhHgOgofT4aFds9Qs6osvk3sGfuXJgy+8zZtXi4S3e+tMkn0agqcGVJ8D5P/ZKc8DkbBNMvwals/51YdFMbkkjqcODc/pgknXdh3OX7y6m3ZPlv1DP/pgIrXxqnhIRgXvLv/knIeSDLRn9PlxRcjIT2jpaPqjuP973OTciNyqUXdrUhcgVXdMhIUuRLxPS6/aohb/Ex5CsCb55IaJN3HXSQ9jDOk2IvZ0oGMemcSh0XN9F31Z8Ijut0dhHy42y9UxliuKVYoTaH5kcUZP0WfnrBU5SKizm+/DSLktih/p/mNycf4WFTui4TpzM+mB3rj673BmMZ2Tm5/kSeQdSR6c8LWp3tI0vQATX89/VhgkEfa+HhCkSbVdJq38yPe5B9ru6sS2lKpJbMUx8UCbzIxezTHUrS3VokNffYldRhNQ9QD2CjB9KPUdkH+SyfI1P2tRCb/mANmfA4BHjmUBYq3jLx+Zc+Y+HxUENQv1DsfFaSbC+/qECuQslrBLExhLLHjiSMqNfBeeKsPfGsyNXianU+46rW1USutQrqkZ0xPW/Ekl+yNsHwW94USgjxO2VPXRc6sn1bJeXO2yfeQo75HnvSJZitJVJ0tzpNSvpbPHS49Vhce9Ojb3JdSvIjMH16GGeTQ6/Gw1wRfuKR6LDlsc0Eg1QJF6q6j5dLK7xE6qHS3DBfaLAF7g6LQ41ToPHrnv8ZPfS3ZUZfUav+Nvv+dPXehsxB4TVF7YBz8FbtW/PF9cL//OR7BWi6P9sLQTVmihknWxEH/AkHeI6oAIQIqMJ0qSZ4HGFs8K3BTT3gaibP/dj8gaPIQmbrgihxcT/a9zlerU8Y6IO74+gU3GCKhWvZ9+TL2vSta7ph6fMKZ4s8z+SW/d+gtb0XfZ0V0AMDNSSdD4KsiZ5wpB8c2QcJd+geN3Kcn0Q0VVK4Az4a0m4Y0C8FJmMgiiT6lIP+8fwIeYpRU+DApBFf71GPHWMEgc6Ge+mN8/qgrOB3SUbEKx0Md64Wl16qQSVSUa3nxR8y3NksmSkDfc/WW+f4c7+9nCqvp3xgursdUc/dZRMtqm2hNlUDWfd1exBjm3du8muLm5izq8G7+GTIPuHcT5UR1hBjYVHL3panEw4Ix2BrLxZ+9ckaPwLfQu926pgGS36ZodFm4xVhkv5LLtDb1IC6v1xtfF5xb/rhEvunYcSN+L3qcKAeU6l/ugSFB/Dsf92kop2INEHnsSALM62q+HrkIM4TNF16nNg7pMuQE2SQz406zTaHvFJIbgcIOJrIPgRAiOHf97887u6J1Ct0ahkMt0i8TvvIx0JwBcIE36JSAudLz5M3XyoBWZSBECqIu+B0TyAR/vOO2jNz2p+7Rd+kvv30qx8OdHhQI2HuxYjOnPbofHMUW/W0r8JXnSf66RyVRxQJq1DB/TuI6nrxBsZ3xIIM/yNVNendSQDXgaVE/1PW2CTAWMXL7U5fVwbY3MaoejNqe2haXWuGMwmXAT4afZWm+u0rFdEkPBHwEbhohVmIknBp6DOBjkZYzyRUSdhD0JgBLAn/DA3FUcFDKYQAfiSg7fzY1dRHsZ+Dfjn3wA4PXLDO14q4B9EHNiQQpHiAxMDOhtfkoUPCMYi0/1ncFCSRoP1LuEWyNfZ/9WRwRAn1CzGDlpn5C/aPcooO1v7hojkPjQJ0GkFEeqUjpYThGodLCVVVL8yUAD13GDglvP1BTv3pCzwlLLr4b32Eu6ax+NNA6v2aT1TeXBs0GiyNiuTp/wwb8TLxGiSTQJ+E1cj2IC5f8E4CMtsN/lmDtOv1d2aPzqA2wY/9B+eYJgEOs3HBP5/TtJY37Ws8Ud6Pe2OgBO+UXN7BqREK0ySAW1kBtbfFRrAyy1lFFQXNWc4LuraCoatgilYwaztYtP0CQHF1lrPEVQXlTshW+EJxYjDaBEeD4OonePoJPu0EO8n+QMYJ9VCT4NW2tiEDxwkupCqE4JRktgTxaMISia1NSo19EzQzu3vi9opQdMO5Caw1PzrausLdhH/RZnQKvibQCSvEO9g0dnQ28FHC6VIOzzbgNclYXELUBKVOA9UErVbD1YTAk8hhVrhq1vew9JWM6KsuQK7sjKzBzS/3KvI0QsPrh/Cc9NvwFpF9y4AuTemydyJSX7cRIusTpwEt9O/EZpBEkbFXUIyKTArvEmj4Gn6lrsv7Umqcor/6Hi2AtYTGH9rSUaRkIVXSP8pMo9NMMqyANKFk6/7xR3tc9hpJ3wUFcgnkoo4C2mkMPrJLqOy+jDeJqH3imUGcCUqDGikaQY8czSAjojWYUSZmtDwk51F+HhRB0DFH8L96EV14bIObIIVHTfCwoQiPkVaAq8D5Z5v02zzCDRxb+XFG5JMDOEonVgHOMTgotzVpm3RFqiKtDmFThDs4f/fzb1XgkssrXX551bcv+0LGYAShlFSDVJfkCckVNQPxLwBEd/IgukDREqktiW5RFCm8kdgCO4PrgQcFuAD2BNwG2GNw9jtKP3BwQU/3Qpgi49Xs4W6zgPaygG9QturZqr1vg4XICK9nFZm65FQm1S8lpeSIkT6w1V8N9z1N90zdahjuxW2Z/J8PgPpInhjmG5DaZuJHUKB1C+G/ksl/Bu/nVtLDzXLPsd2ACpv2FYY+MlCMWW2pEdJsaHpE1iWrGba3NYWyZZFpfyblMP4rmVJr8GYmdTue4TeGgdfgAT+jSSxwFo+Q+mel/jiZRtj7P+34poH5FosRM/eCj1jkYkCh1G9YtwtV8AUFlAVWz8i7oGE1F5lyzhv4ZYKVD1GPtpQW/m3KK0cwg6Kzuno862407fBP8CrPCZ3H1w7aS+neeTqMuB3C6Mibk+GMwR1i07kBhajcQZY3O/QxTnfYr2YoU0oH7g424vh1YpCH8g66qk91sIW+J5Imbz54N7p3qGDR298O3ne4HuiVZzkDgAexyYtbhgQP38yzOrNPBwkPGp6NXL2cEDY85MHlOdoegcSDrG+Pc80CLR4aN4vOMth4SBwJLs9uSOHHgwrJTbsTMSB5kJaXuA1DlIcFU/isWkag5cEG+/jkd2EY82BuaS8pGdc8BGM/2LSegc6DzPUubx9Dn4dr7+7SkQfB0IO8yZF0ER09WDvU6m5EvPRgDdwDamIE9dD+6VQyQR2ImOpBvtmY8jDKevg0vBEfjbseyuzrFHyAxB6itD3WZmz2sNjdi0tdsz1Ye9A+sjvNuzJ8e5CC7essA7oHKziZg5R5iPeg1uXS9EcL0PfwwZtnrR8MfJDad7x6ERc+BOJ7vDY9MFJ82E8WCVVF2PFBjvQweePR5IOLb8kbSnUy4MuHz9rx6FzE+RAXmNzlOQz6oI7MY4tlCJU+fJQEdyuY+hBKxVtnrwxcHxKG3yRKNQhlH+RgOto5BrcP18KKhxiXAe0+bBd4F8S/D1axTnM3MSJ+sMoezCkhRn64OkNut+QEmh/6MCkt+UZZYPSDldeax44pwPpB43ED9s3UQ+0HVSXeYKAHBN8PAeYzLsHJcPwhzqNODhxAf9BLIwynZcj+8FkWgvcVxD/MNccDHwVh/UNf5JsTNXNFoP8gj1vEWIb+D7n89W4RLADx4dbb54ADiMjZJBSGCxAfkXLLh7sRWQABsefR9an4QIajy9ku41c9PzeJ5JnsFKiB7uqZKQ0b8N1iaSbYjmMP+dYwyQ0ApQBH2kfgfP7zp8rQbybB7lGVnEDvMzGjKzThfpjN+oOtgXq2+GKtn9ZXYaQH8ibHs3f7Lt3nlT4jRs0nfN9e9TLEt4M3FGw7ExNXpBbAPJTIcWeX17x9+UfqPdi5/Y4XRd8Mx6XhjpeNZC/jxeUM+nZfoMVj9rqivFf5mMuatNa+NJBp/13ZlOu0cvcZz2HJioGzAA17h784xvmMi6RzVZ8dqSaIisHxWjS1CoMzAg13fZ+6v8zPYy9/vgNxi3+wFi0W+ktiNbIGMrYI/DFB/CMuZmyHrwW0bHNpUEaHr2+wPaLVGP8ZaEB6XCG7n2ByAJ9xjgKcJQfxeWJfViHkg68LvM4hG3VbkP4YFsNj+rnXOFReO5c81kn81UmdtnlKVNa/yml7U/5DKh4v5NLLf34Ma7uPENBFPfTtAfFrcOmxVQ0TVpNrvvYfRLnIqEbAEaF7LIAWH0qniPPnv0ynOlVsg7saiiRdOb2JF2ko8Oo2FbMbAiUXD2afa3ph7tE15pJX4nYUevLc/wPTioXGPFhqNCXE4iFm8HbP099OufQaH37185vtruLY9IlPLsbzr2io7QOrqqg/noe5pkBHbsmYCQu44EJZkr3PJ+TGfky9VUM0OO51s9eS/CCNZINkOsmDrWRbUlvfHgvOHhPmGn2u+003clAkdHPXdl/zbldUUj90v77bE5u6panlfog6Ky/IlOuplkE6mzJD1PFxjN48CzCxadbinBhPr7aTtXIdvdqP+umNmHgjJzhLtKa5Z2Ijpzm1+XTKnWle/KrZvV3dE2Tu1C73FFk6tdt7hmw6tbv3vOx07N57gWMB9mqX01y0q1u561vYzS080nzb9ck33NP3m/TS225UZw+YR7jsj2bmoA5Rqe7OvfBXXoGlYYt7GxOKs2c6lQlWynp3tYIjgR5L5b6DtL2omhvpN1p71xboVXXP3vIbqX4ObF37SBTeDmCNX/vbHQ99y4e/pb4dfxP5Juc5DWH2q52xxF40Mwd1iN798XcoS47ipcT24k6me6Jry57JKpOV6eUofYcKGx4z5ibZUdGyhz7gGHloZnS6SApLO+gPk+txgjeZH6dsk2c2Q2GWvZFFr2cRdn/6jFMzSbFY1rBX7x7NyI3086OJuzDiOnGHKgvNBofjhtnwcNCbjVVTFGbaK5n0ciZh9qE9Xl+gobjH6wvUw0NzxgM54y5r23e5CPr7h6ZHWKIo+6PSlCyQmpVTy8alZ+c2cvCYOelieK0IEB91MsNb/+6NrS1BPczDXyiLxE9jeEP1aL9Er85oJraFKhZxhVqtPHzWwOv2unr3P7NZ91r3/GIsVe7zxjhTs/vtdv+hvTpLvHH9ptKLLV48syqpNPtyddd9pGuB9wmHTe5ttE43rFHjjJPgKiljHOyHMeroX0pin5iMK9ame3kFHDJ0vHI0fyPNeWAQftT1h0Vm3Ev0t/RHjUMtBE7JkJ5y5OsCM+x9nP2p1kDqKF2FJkSiOnUzIhimH5LHx/Ox0TTmI2I+wcT9XNc7ZFPUy8QNB3SsGZOGhqe3fTJUTPwxmjPhb1iF7zhQWokYT3AmE6VPdvRudXagajPe3DyZC4Vtp7JrOSLVRZ1mRmPmPKEaY+KOJ9PpbDOYjePmht9z25T4O9LU0XN2/tFOtCmKhTbsrH7emiNveKoBqfTRT7OcVeSholSM1fG2y3h9NALjGCeMEdLMBZPpnJB+NEtP77WVz8A8nijvAIdDJMXW25qIF25M54fYzIl963wWyhGrbUmkUe9ALUxTYca0AVtA+75nKH51nL2kjbhVvz8MiktJ2LGJj0UYbOebIOZZMU7xBrSQMsGrYpD8VnllDPMiBjaJBgRtIdWAlbUZ4iUjwvf94fciuEg7BBksG4c66MvDkmoJPbzQrm9XTNUYgiKXhy6FaJJ8uZvVPR8vknCzqBcFf8S0Znt9FX3ENM97fZ+fiZZdL4OCKJvIFl1PxBtVYOkYfQfaIlwNeDaa5NsUzg+0pA0Zbubr1rRduVHwM9PU32bRmmGZ0y+PCj1Fk1kbAd2O9rw21N1IY3qrpCtuowM6kqeOGyBcyAEr3pbghuGT7spGvFr7Cr9cR437BRlghKs2MP0N1fFaCCyO8KxU0GBJrJuoycSE7DNTEY1l0T5Cas2xfgpuoGr28uRuT+0EFobfmmo7TH5BbbbuCkti3UhVEcbSClfXTGFxDE6CgBvIxzIzjy70kFoP1GeBGFaLYmBQB1wvHL2AbFTz5NBfKE2svH5joKnaaLEF5JiaL3kVdoeUfr8BVqnUf70Cc1ba/jr1LP22g5EjDUKfkXhu0hzS7eGvSMPwR3C4pUi6A+aySlniBpjFUu96FT60lH6/HTF+pQHQk9RwjyHJEc71S38teYvU0GyXvh7SmDok98wcQrYKclKQQWiwLnq5FJxhZB7zI4ORjcyjs97huWd4rhlvXn1TODfTbutK+Sn3CCLEGIdpyLVwxGEscy2xqmFedzu44LAQ7FrYmTCWuQkuMkzI3gqGLExC0Fs5caH8M4D62p0sdz8GsV0fx4DFNcnuzpZnBOkAXY/DdEgztePfIz4bRMliCudWUMCLEdDkaW4iaVQcJf1MkCw4GZRng3rCSXU3Qn7cKOlroXdvSIr6HdL9zL8MEN3THJ5wmCVuAXM2rAG8oDvA/WuFaIsEqwucGPAmxMoq3FWIiiBHyDqYSxW7imjFjhMFPzt1TE4ab2OFKz6Qrc1r3oOWJz4bOFVdvUg2aFVXL46w+7sHvollBQ7MQwPQS+h+Xb9fjEDdE8Dw+dQfV2yzlpY7QE0na1dAwcj6BP7K0bH/fr052JYgKb/husniEh1sqBjQdWajAPnBYhv69m1j376t8S2DM6z0zm7y7oK6rNkG2ISu2WMNxggC1/5Su/RYLutnNJgIceeSc+qCwN0rXOnc//paSf3cOXHEWc+C/F/TkN0JldhN1XPWbQCwI5Ts2wDCTozHPctfOwnn7wZgnRQUlEy160BVrrPgHL6oInSWwVNmceB8N7MaVIZkJjMNqkidfNSsDAU8PCvep8Wq+aVG7UX432oo2uYMDihWEOCkJpMz8hcPkvxwsaphVl4jtqQ7f8UW+bmKs46pUEBZwEz1F7fmzLeKn9VrEzVurrLLA122RjX7V4Vlm9VLJZlttwH3zqx99vLspQqtnfROHip5+XfsqZtOF9WWYvXacraozimr0Nq5g2KP3id0UQajAMsurZaSC7OrwHGEnVxboiqZ3fz+v2fufqGu5/IlE2GGzH0rQDh+hcejTLG75lU9Bt16K30cdyshtFNY09F+pBvXeSiwP9c6jU+V7w651UCaXeYhiYvQovbodRTnuXul3yT/v9BDz3+JtfEFDIbGk8nM9Th+30vvgdfClHmZKOK2lQuehf1w/Fdz88+5k+zx3Pj8M0XawN/JNC4pGTov29endebzyUA9iq/Fj+H962d2TW1l3N7shn3Ps8dwWubQ7fE4SZDKkxfL/5IWPnJrpIIUej0hzwQYsefN+DxGqf/MuJO3Vufc3d3MVfQLLDMKV+v6L00bNWz/N2fnCVAO/mmsX1Y5iN7twVGfZDZnpmzm1kW1P20QIbtmlTuxLs+hKagZUp9L6tImJRjtpPPUm7/zj1opl5x89n84TJ/tI8VRvbzC/FP/pq3NhqMLuTiXzzdHWVW+80LJ0xSY+wLPjx+TYVlw1Xk2P5Vnu8uXiCckyHwSd3sseWb6wHtdv+518EKbmsxzodtpPvH69GVzwu3idZ5Pmtu1zzTw+PZoMvc1+iBQxRGvdn+vJZMHHftthsYYvERG3l5LyuvbdkdqI4NQqDq9QXMtfWzDXrAKq/QwSEt2RrzTz/kJU8j35KVocAeqwj/NO5iDc49+iBcDjb6eYN74B8lRKWdXFbmdp3oiN5dqH8uGplDYMviJjk3/Jr67IMtqXQ/iqtV4iGzRv46xZQYkaUEPzMxc9Ml+Zvp+5TqtDhSjwrhrUtzUckN6WY/or7hFYY7yKS/9AZ4PKc+HruXeIuNDOIn38jOPZLqlDWZbryRyL6wlz1Ou6cN9Tf0188UB5OlsCH3FT2mFlmj1ZMmAguiwhRs1z10wT9LY2XH2O6nxtOsITGymY8RcrWF3Ge1bqjAdhr1FBqx5qTHl12E16vODulTfwHT5HwjygXerPwAFE2LGHX6GU+4v8cwKTZV8bh+fGjT+t8okioBUd/qSoSAL1u3VKSNHTF+MJS1sGoac557UyNEKJJsd5TId7VQhzwzTXCjBjX5I+POA+/jJF/MPNAvmEJeKDY1DMf07rBaZ6FimINyy7LaWZy+g6pi7gsFETnJydcOO2p7nZESlZ81ChIRTos5YHQz8LQQ1hJG+lmFnJbqRu3K7bdW54Fss6JOCn+Le5vWbnBgIh5RZoHl7v2iTtxvDFiTa8achuDdtkIv8LnJhFw7jzr5uy3ZuIqe67kerqU0ZVHRckab3bLLQhJtrOzeHXzc+W8nd+l8x/7tt5qua7W6md9qPRAW7GETdb+Ba8Mbi2WxFLyzOWmEf/tYebeXbSD5I6+iL6MIHf8b5iV6q4NG4dUEh6ew86uJp+YlBj9HtJKOTjemQTYwAqETaE0BsRVKCSu3cxK7lXzpQ2dGNE78nxNifdYelvDylfWpoLi4u/puIqMeucWNoRR+hURbRXTK/Scz4BNmIJY7Dx7MAwuFWnCDflDwRETAomFWAsWJqAF28EFccIyUrYi1bbpkd5gM/qPLGsgnq9ogn1WMyKVr4n0nci9i4uU+DzghiIoaFBjonr2zHpVPO0xk2A7vItjSCN3TccbDt/j+EcTb+9ct9YtPx9I2qLSr7olnE0gOIVvLbvtB73BO05YJLHvZ1aMRaLoA4qDu8FW96XGqYv+RMRz4wYCdqpTXF6/QdX2kWmOAIXExCF55rTWdYFDiODBzb2WJp5aVF/jF9hn/ng87y2SmTiDQdxNCNwz3jM86JHXOJBFrF0343yE4yxDhr+GA3A/e5sfSlweyg8yeIz6A02y+wf6ID9JL3K+vW+AqKLOYvGS4u0OOhy85ZUq6GR6Uf+u1V2o0940LA+MLX10hvV5J7dQ4NE4jNXkjRkiGqpG0pNjHrNaXNl3kveB/zc/xy2RSsE0Oo5sVOj9q8FNP+bg/aSQ3AtXcriQ5u7gOrL7nw2+w9t9n706OH9I4703jrrzAmL97LcvRJwEudf6sE6l1th+tUamSH2sZN8JT2FiDlS6zhktXYjlmVFuESpLEzYZrmejyxqbxu84XN3JnZ2aaSHoZtROmFrze13TKjIGLx/J36aayO+EH0sa2ebHbpNQBvwT+GxyXEeDQnetZwKOWDm5KmEiWh8PFe+NDJpG0RnKkgAWrnnkL02oFtUd032YZWjdBiMRh4rQBoM/YcCrCGXya15Xiosegy0w+ScD188lBbQs/itykQ/FtpZVTlH3IKUgh8FBunpCel/LfCXz2usFKD49QonloLFrLvJw476ptnqMJX/qSqv3DO8Zrh33jLAVB9nJMx/MDgPB2Xfw/68PDP6Wsvd/DrQcxIzhSv3OvsUZIcNDz4wluTkRnp5vSddeI6pR8gim/Obx2JoE5vVVuYPf9Wb3v7GUxg3X1gpscN6P72oOwPW54imK8CWSP2lGPN8qeZ7FZ6m7ocPQ0/9vsf7dqvQHFfSX4ck5TloX/6+CWGaNSz7GMWza1p9beMhzBn+lnLQLPEmfAIisQjD4NckqMO58liXn95n69JRjbm6FTdbg9gq4ADu4WYEHZ7GK8FR1JbEShP+1I137QR0rx6G6PhpZyZQL65GZ3VX07+qG3PlyXmZxUnCV7sy/IsEuczR3JRNE9vUrRAPr4vUMbHPSDIV2N62Ok1qnQBMGt0T4LW7QnBRQrgTj6SR/3PHiPobbdooc4eV18v0p683ZOUIO4/CFL5Ugwcsmpp9Hi+C73Be3OMBHznUf9ZNRCRqRlu8OZSNBeYiLcJhs6a2oL0jueKx89fwr1EE84EWL1cNquGDUK+bfxvD/WzP+Sc/cHoSz6vfcbD9MD1tyba9cMMmq8g63iJfKRXH2EnFbG/5d6WPZ7eymYhmxaezeBqUjTN3go/e8voWid9rHQiZqeLjz0X0ReYRfQBUrub4vagqOPh55nnOqYb7g5pp7EHoNi37i3nx+bTff991Y1490vas6cpfvw7M+IaufZz4gWXfvJuUd767vWX6tYO/UPl1xOlfz8II/3nv/Muz7/uAgDDk4gAtWiPlawQrIp5MyF+Fe1hCdFrmCIEEO2Ij3lLFgGgTjoZEh5no4L4rwC4GAqOTEsmAtAmkM3Kx5q7qeg99vcUjwRp7+CHtL+hdI/9imb7FqvTsa0bVLe53YAIjWTSV6yKPShBNbpMLLlfF+5P1Oq2IklZjuBXL5MHvyF3+4aSQxpgQWGkLMo3Qynp+AU61APIrPQEdtYwetETLBBwdvQjeM4CIinsubdHNS91St3T8MeESiVV9Qqox+UM3ZOWG6HB4Y9qBGHrWNXVTazISBLCVCJnrzshOMiwV0tWaavpzYHeUZg0rEg9ih7WiJ3l7xivPqnm/GYcs43Oc8zzmzoWPBPqCsvQwGqVQeJC7dS3z8nWjcTVwZ7FnxJWySkBap9bFHhZr1Mj6QvtH6qjwkFPkRwWp2WUGU6P5KVT9RzHN09Waaf0oQaXd4d0hdUmB54WmZwIQoO6AQJUobrSJpw00Re35fHEh0V7ddxp8G6Iy6cItr1lNNBZc1C7vkRil0C1WjMFCDReAQYKBQS+Jj6uhB4LTAcaMewWB4TJEYfyfvXVkgCfiLq341oS4RR5IQnaB6WVlmNiwGQ3lo2FBd3kVafHM8eKW9SwONcpSKSsBdaY+lUQohi0ypDVyq2GyB3aAoVWFd4MSFujV9EFvMErqRZe8fUGm5oj6c6IZk2XpaeettMZNjbcxRTCEfngVPkBbzklymwyS0dDS/QxbKl3Zd0V+cVjxXwUw/ZCkwgt/0zQL2gA/GRxnJ2anT62VM/TEM7QCJCHGKqoJOum3pynWeP4PM3BJTQP6t1FtYATtAREAcG7dhnm7Yg2cLp24BPtuzds1yPag4tqCxgrrDaeh8OOxvJ5OsEldIaluqhrkg+4LQp99bxz3Wv2wfXg+fhBn+zmY3oODbw487prZ9a33DfSE3csfg/2KPaYXK8NHk7NWamEmVKRugao5tXJN1hwOORR55i1Nqzt7kA4Tz04oj4YGykLXc82AEthpByhibIQs1ANJbjTEzSgQTVpXfWJUWaX9xtX3FOMg/uUOWUUP/8zCqzHIvUgzWNhfYtipVFDtHRJMAwHTO2/F5gDJ5/RWDmzTNQ/pMLKqUY9ZA/RX8KSF5VMnc0ZYfESwMQ4YhMMhnFa4AVRc4oVU+CYrWMNKnHSumkt9vgpMiultuTIbjUn52FgdroNBRtGNleFcvB15IJkKAYoBq00ZGqXQVjB8Il3p6B6YjACQ+PBSmvQb9S5FudpZ1tOVH4PO8aCy/NJ/aYgBGSuxTsaDC6Ph0d7PD0uT7Mel8fT6+n19DbiHabxnUt4B3q4Z5iUK0+v00skclITlWiOVei50aUJpmsXpAS+aCsou2nVtt3oBUMNnGm3wzIxjwSJJV0vr++5HotXFLpfQGDHURCNWS7iJ0gUTbk3eNFFuIdV0REHbhtTDGHFH4T8e8jQPVdsMud32GKjLlpcavcYuJa92drRFPFwA+XEWAVT4qEYtD5D1iq30kCuuXk8kXALtEOkYhxnPY5AglUYxHvQKfQWsC2gXR9YtQcPcDrsMli1UYgTICsQooDgXVN21Alc0ANq6AldsFnogp7IE3miRtCD0oPoQh5II0/kQs1iF/bEzWIXbgQvtQ78tlg7eRHBF8BPz4uObg57LWkVdFMF70bYQjQmSSmn7B8cJ9tSNIdDZEl/O7kxkyv1qDQetBpfC4OXDFuYHGWEYtRiNiAaEzbATFB6efsxLwvP2sz7dqYns3BDfMLynjDhKCsUg1YbsgZsL+Ta67CtN6U9Bcd4rn16a22zB9dx+slTsVHO63O5Gzdnctshuu487ulHz6vrodkn15Pn84Evionnmybe2hF2Ykt5c6be1m3dWntg7cy45XUQuP5yc0sb3e5Z5zwJmn49BKJYS/YrBOGa0cVhP/JtWfLiR7tPEosq8N3QIAtpvyTaJgNX4BH4BG6SERYrXkDFpJkS7R/uoY0yASExYUNQ0A42jkblNvS4QVI8Kpf6tLgykBh5h4Yhs6R+1bRYwJblxRTZcNUakoPkYaiNsJNkhiNiojQYpXbFKNkNULLPgKKJYtQiVmPFGxM2EYeSypqQkie1o97+aMXp9Ayck0gjR1Kl8lTNWaRCUFTBWH0+/Z0tidZPvNEkLcmMEhS1NGw0uZbkfZJjyKp+mB2f6MsMv54ZnKwyaLUhW8KRSzaQeOklAQtzbSFdh6HnSauWbSDT2PlQ8EuutQGtDqDSpQY2u3ZtHHsdna9rZbfebDT7zsi2NnseDlPQTsrJ4WR73fXnNXPBKW+6bgKl25b9wDs30LRkDifyoq8401xJr4099LEv1E+uN8VnFKNmdgyuN028pezknetm3hvUHqzes/RV4Tq1tk6XXGuhbeVbcm19Vb/FanrXJzUP29P5DoW4E4COk5ISC550RvaLg2LQuoasB7bHiEEoDKUW2mE4GYQY8wDqMm9R7WCTMzYZbEHTRsttKe9eJTDshbXK1vNGK55e6fS5Y2VPhR0oa6/a6en6uw6W2RqiIXdckuNaCgORnMO8bO2fhqBkw4EOHOaB8+qFC9QHzmn36jHJVZUW2tmRZZh2b4Zr5szGKlVLk7s2axOPu5BTsTvsPXB9naYVPrejB6arW6tDS/mYJeKMWcjzBo+7CHdk4qTPp+YTkNo974tagFhNdyk64/8Dc7Bt1OGjLOILASh/HiN1cYKCQ5fPppl1AbLUjzNFo53CdSmwaqWRKN1ABKH8fSYruB9jZZF9CBclagqueBG0zn8prUE2Zjm5Pc3HVALm45GhE21c7bacJNkb6O7JxfYGPCDtesUOliqwiJlusu2Q1ux6BffwJHG92jrWbTOq8Kvi7WPAJhnF4PLnXthuPya68mGTqWiDNilq+exu2CZ8/HBlQ330EGg4nK1gvqCSf8LMfdr+B+LMud2DAPcbwD0wGH0+hjd8njNNbHeVhrKzYJ8p2tUw8ihm54b8zZPFl5qecIt2+COZ3Acnu2A9Q4m11K+aI59g0VZrAi4t2YaEPbdrA/eqTwhsu6Vlt4yWBO1v1CxTG1WLrvp64aeoAnshgjk2Z6PB+aciZohLsCYtxkU85FT/fzbbqlTh9bARYpmNLM7lDx6cNxzQye901bAJCTsQOj22LXSRtz9N1naJ7SZd5CfQaTU2WaqLdJ0PxTzIzTmd+vj+BP0cwwaIn4ZzpTnjZ6H0kO41t/fwScZavy54Ekr3ecv5I+0qZXms2xYpfwRyRmVtM8EP+I1twns8zCJH498DxjNuxzNY+jkxX5iqeYoTTk7csAcShtro9soJSG0z3n4C65n9pdLtx/Hzblk0Tl/wLYh8I5yxn7GEk9b+xPMqqe59ZXKorIFhv7TijxRMPr8/bbsSP62ub2axiO7OOh6kDO1hUfLZQWtJjN1lz8Xgs8dG74B7Mj5fJQ0erQA961Bmagn8w59vf1e7/uZo9dT8oFbSv5hN99TYplfj1wPdyN3RWgvf+SdglknwNs2Z5p8xeZo9QcvaZzSSS8ffe1QXrh/K2zQ6fPoG5qzraHG62n/jYYZPS8Nfp9+C1iKzQk196tYYV7LlV6pzf/D8rKdex2+Hpq0X+N0XnDfPq//FU3J2VtHFwMcg0Mzlz0G+OVkf3f8qZe1VmdZejP4PQRJh/Qr8fxeQYN1jiahFMvaO4heFmyv2P5OCmgrR9/3VbHzly8G+V75iutdVnh8MewU0tp82CT+SIWN0n5sdan/vSi0JqHQCHe7LOEFE6tgmSSQ80F6UVUu44ZGIwi4Scg5nryQBCSRSxyTheaRa0kkUdumU92EuVbjoPvTtX/xqJIfJloCSqWOMmcmdh6CtMxxPU30X3fM1dOfVG6Ljus5PwUrhCXiS8DGQxJaHICsLh470zsXsdhX/51cW8z9UcSOeLOxUAeHHrNkYqsJ4HFn3pHsZhwylCgihkopU4aFUWvKpFE5C4mcbti81NqEvkdBXYGBfKsL70tbuz320OWTejr/mAgAEJyABsseQAFcTm/Od1do3r0bgHM67rnfr4nUIQozCoQS1pmnAyNyfFgKjo0dTXBLm6GRkZxG9XDbyqbwyDEzohpLHHfBELr6qKRz9odL+GvR849MRf45M8KdE8BUW50tDuj+VzfLHZu9LsmtIQtqr2DEAypCIgqoJh0I1Tnhubbwd4+p5meXinQ+13dQFGIMlASFD/hgqgzMPM0tfOHiG6lmL1Ph6rMwgKGahKrnwohyxL6Un/UVVzkLlg7sSDhNZkIHgGHRENiOkXMEoqa58pFRtH63zRFf/ogS/4kgCEhASqWNsJDwQFdUSjocobCNxudOm77RNXkBxeBLwcRSMoXJY81DzFIYD6OieiOXdNTr+6Yvye9FzRxxJnYqHDhmTO1UX3rHmWTddAxEyEEfCwOJhQMbEgdWFD6y5PVyPmfC9rI7YK/iIIcKTdPDEF+hZW7onxX1/rcss6i89wkMxmzEBSVvLGFGbPxBZX2s4wnYEJm2CPje02JuhfdYEtBt6xu+Xl7Yhkde27A1vG05ot+uvqGcAzejDUnDjTO8YCLAv4OdDAbeHdoiZY1RYvpJ/LkGBO0vAwjA3pS6BNp7RhkmnuTmH7VHMCbNd5u/VJbRhI1Z3WSMx28EB6sUAUWM47rFxX9gFhPEzps+vf6zCVTL+VxNnHOZMDARVPIVHC5ym756x/DHdqvt2h5jfbJV5F/jLnKy3u/SQ8KLQTOfwLzVX9egBA6p3PIh5xJMV7OvBoiBk771C+yAwaqnv6F7nsilMQTG5nrvL7qhDYlQdrzsZzCQC7gxBJDCMIKeJm/Av7mQVKdMaAuXylqZGwK2TVWbXJVKADuFfwFWAbbIviA4CqwSoLoRZPK3QS4fgyyFEq0IbkK2O+sGjeOeadz7a5m/mhR1PJiwwFw+3KOFJKyggjPPYDLKdKoQesqPvP4N9/VgUtANuPLU/XZxb+4FqELr9Vsxflf8Z7Q7zbE8X88+UKoiWh7JvbW40pyzsTmEGoqAfwF56o8F4iAFYIl2A7+dSEjzUaJ6fiQW326Et9HQxfOa25grUsM4cAD+FW3IoQQXiwYiwjkn/FHJPxXlAXwQ7mqc1RyFLXrD5Xiff/72A0I4Opp8UqMNPVKShU3eOzH9/Zlm7PnTnBxu2PQaC9PWShD9e6hPaz24oCRIHCr3i+Au8Hv0D/2zp2YtSEzLTbN/gqmIj7iszEidwgvUn3CfPFP9sDlL3nzMME/N3Vr1BtEikfqykR1acOMKuX4Pac/kO80rZJNVzZdyot0Cqs7fsztIDJ7v4GBs5KkXPmg0ASuFLtAUmFC6RUnJ1vIMwGcsFQhCheCPQwxmjX/G/u9zyAsSoLP+aDB0DP1zSBZ4OCNLRphGY11dU00yH5LepbhO+AmFNcDibBfEkjoLgHeRX5OMblu7j23x2TtRg7jvJPOB+AkgwBtin1/QPn6/yK+MSiAd3J2Wca9ZVWPmkly+w2EL+yTJRH9x1NW7Vg19yfcN+KlzCCEePVU/2jXbgKDGHHe3SMsxiTcKFOku7NLIRWz74v14b3hsoDRkvV+NR2YR/3AHsBsE5MQ2Z+eG7/M+pYgcSLiyTvANjJjfkLO+Lsy0SWzNdv5SvkpbbZYbp03hpjxS0Jdg+yaw+ovW7r5Ao5rjq+0HsSr5xHRZC44RUBXaHqL13ysfmOKEAQjDBTk0Si4aPeTvBqfDQS3IK7RJhcyRKMDlG6h01GcnMVIpAmGgK1+6hUjK78yR+8zPj9wRrG4qRHGQo7Zk2NQaeLeFJvLUefNqRS/DPlNArtjcepxDiZ/kruIj5iNUHXX0TH3J/wQsr8PQvv406FHjFkr/pjQiN7j8+5VekUzWOt2vK0Zp9BRE+h6rAbrs2qDbIYZg2LvyuqgYcYPoz0jmSgYrccANKYrPEpbM/iRHEPZ3adNIIRHPwBk9IZI435Ljcl08n0lYHgdRvBX2lr/KtaSloTKmAwWOXUnV+qdwlz4UzxaaKOIKK0af0UY0VpGSQYpFZkwJ1CFa5oDAjr4jeVRGsrv+Z+TTqvkifeFvsDmJkVQkb25AmcSrdqunOAvgaOe6/+tAvfO4Wv7T//wziqXgUPZs37BSi+xfe8a7XiJNEILQCntxzoSG4vACjPBsg23pTLCZWVKAb2DdUMi0kbqJANzwc3XqssNn+tI4/e083Oks6Whs2VHc7G+VZZE+29OwAGLGkwNMpwXREvotETRPoRq9lhP9kddf7CbpYuknqKeJ9qy7vryQ5GowXNiHf9T4Hd1eHyX7scTmyk8BBkllOoFsWZIV8J+IlCHRDZbpDrQGvxBoOQsNWgR00tTDIHJSIKQLdBcGrsjtbhaRDihxUY8dBvb8ozF4TtMc97LrEiw+TONcVe5ZJuVZz+7kBL6JwqqdesYBej33NZPd6xedeYz+a+TAhGGBnSRKtrzh5ga15imyk8YRLsCphzCqLsns7hsQ83xVP4nYBLYFRA5iKFlJibhoByXsWGVJUnxYmK1SDX5FqlJiy9bqlETFPpwZNYVzlcwrVcCPxhxHdDeE6HAOE1hohUqqmqOqnMTiTtW8mmYu8fpGdKlC7YSahyE/0iW6iHij0XpUakmC+jsCirsSEIlFCMrJrvOniFGEs6VZJiywNuba0oM9KDXu3SISyA3snx1SqiR62KIT480FoRp/G7EmnA2/+GsK+S+1ggkkDF2Gz2bHHpKQJwO6Q3RhfNX5mYgAXEHI08S4euH9vsPbcK7Vba154dI/WZMokuCLs8rVNfJSvqPBGI0FgGKtHh0bictB6vwnawQ8rWJVZ0suXEBOukM+P2AM7HnNcw/yxKPt3/Te1S0yyEtRk+6R1KDCEQWum9Z0GcMdabDFlg6WlwpABCN4yedExcAdsEmdsYWc6KJfKUMIzebXAsYPKKYMgFBwhaJcAmDVM1z0naMC/Sv6t4k5Ja47gKvbxCFCAdr0MZukS8J1LhLJVSjmnk9ZfL4GxLMgHbR9lrUcX56N/2NKnZ6972RettGIv8quhHUiAPwKnz9qUr/nqdNbp7MWPicNNdmDHIxL9U3ZyW3fA4Hmvc3AePYOq5xdokShNhEdJQYgtQ9BSUZBuViDzw7deWixGfC00w4i3uLeSxMLU5/WueiWq8cgMi4EOjg1L40CVlUCBr6AsJqrDBNXl+wimXjVDReEYn1OoVm3vBt/cqqyDgNcVUssS2HUQPpw4OTVo8M/egvzyBN35MObw4twhjXREuSCJhm71LLYEqVSC3mEQHlrcOydO0C3C6M7FpnR2RAx2c0RcGge6Xgu0T2T0y2KE0JIEtUsDOTpA/qCvbLpYqk0uoU6v0Hs1mqg62Lvy7FJJCOO6dx4oiyYSPHttisGvLChMSKzw7FfrBRXt3kxieVEwTeBpbZc8MnwhsAQBfZblDiG62xqskD/MpBiB3ADuIHGwN6ZAyU4+pBHYFRAZTnTH8FmZWAQziaA6ZF1YWbvtbkknkZ1KcDA/VeDQnW7QJZqmkGnHrCiBXAzyQNGt7p1spq58yyaNiRvzhxH91r0qswDAihJgO5EHino9b3HCKv9Zj7JjLB8WD6z+pV/AWuRbjVuc5MvIfTYvk3WbAKTHcQsStO6q0cSEkpetCwQUeBU00qsUPtqVTfC5R5SpEDCdnOwi4dTgEW6oyCTtoFvi5CSJ6eYUoVlPWOdv0ZMai0EgjaAMR8gdQvRObUl99Sw9xJxBEBMIcAvzhxDdDYLZqpHCUTcnIEAWu25igtAdzB6iCsSGKT0s7hLOSgVyoGKsP8a7XnHXKME217rBDo1eM+3zDE6dmcLUJAI6iiWGEtW1cwmTb6gITvc6IP9z5MS3+bUu1u8jXEbyuInN/iHozAFNNPV67z69KyAQtJsEDG5i9Yo67H63Dyjh9uBdT3MmRoug2F86ComMy1f7LovRzHsnGU8gaAtQ3dsly1KrM8Hj6PfHJM5HmcS1AvD/e3ko6+wAtTDfNe8GdTxBX+J0Ef0t4P/vyWbGFof73BxQmqslLvPNFjEQG7eMeeg2N0Mc8sTWY8tTssVPYrLE7GF+YlVmiWILpLca7YR9f0s3GE9IXUsZv5ZCQukG9VbX41btj4TJjJkxo35ZigHt9CssTVP3RrGudlwGADKwWuwRtjQGFcFgAoRzo5kQoIEz2uu5ZO51FwI5Vde2C15nMn8mJtvYFLNgYIRXSMmMMaB4EKjRonDEWj6vlwMSndvkZiDrxmRNfkyxDp7e9gFBVd6DmDLT9qLrZdJPgz8Cbd35Xq4ujMsizU2N9hWhEe2eNfPb54kpgWBS5Ur2p8s6GGzOrX+GLYSWSdDDLJuFg+7zyLqB3KBRX4SXm8NsgkRC20lK0GWLOCnlmpiGkAOt2l7ySqssRFvf6hbHuvMA0SPkb8t9LnJU1JpFFL5XJHTJxqXUGM9i9wBCqX2V6VGBPrQhNfSoXtaH5rFuYv//W4gVaEDzVlxX/rUYAG/9Kn/XBQnTLGULDvBhopadZt0erUSwJn8yK1f7EU7C+RfzNPUwe0ihcrrel6ccHGdCVCVRVSapzsR4P0FOw+Wp9PdFj9m8LC+GC7FDHngBy3WUmzkZyxL0zwFPrnMtZbnlCfC5LH5oQbcI56XXGlPu3IZixyJIcq66URf0qLpREfd1cNjgHsaHyYRlCXpHsEGHEt/OCWSlz9gIklQqQXc2hAeLr1MlW3UbpKODWaJP1fyz6Svi9pwlmjXJa6bmefKjuRgkSMwIQelaCAwlaneXobKzCjG1QhShexzK+3wmtWA2OD5acrpNkDYAtd4DgWUS8pGUpA6zcK81WWV6DtlaikNaLE1US4GEU/CgeZ4s06SUQICput/XL3WDPnH2IOXxJkwxhYiZQoAfY4GhBA7lKmWF7iXP8txh8ct+BceiTDDpNwCUzStSkwjoaJYYSvTOCJEFurGScjCr39TWJEqYAOuY2VyBKUydHxZjHZyXIo2DgIti4oyPds4D6TYIcDuRegTekavGCt2tTQnxUCAQjHagE00XMj3cKjs9xMT+q9DxGCTobUrXlVmNZseznnGyDVbIsczryMqy+21jTYCYXT29xb+xMVOmTmnxmElOOBY3AbOeXOwe4ttA06twCASSqtnMbHhjsYI/gTXqUj3eBrHzdcNXKKa/loM98gI5q7l1rOJnJjm6PcIkjamHZud0cPSWDZtDjdcxv1+Ctoy3e6Qnb3WkFTP3TjMbLI+vtnyLV7EW8JMF+gDdYMES3zL+JkqUYiKBE0uQfd/puHS9oQit1RYndhvZDwp6pYBWBP84r4XdeUfDVWeXMtizImadd4pHWRuw01tY78hCHXv6uocF1xfFM/Es7iQurv2nShgGUJp9f9CMrARlAYHW0m4VCZpnQ3YR8huYAqV9nZQJDzZkt+oR1UphoyrviSQ0QzcrbEWLWXG3bUIwIsPG83A9MCp++UEZozsNYZPyy70piJ1MCX0SgLEjrkMz2Cr7rZxCJJGcgNCfb4fZ6VCSksv9m+SiPpsfpG8/goV1G+NgypspxcyYFRfY5AZR036DYGjVnQ6zkzrkOK9ihaIhlZeEHYEUTcDQAfNA1uZBjckgk4BTc9ZsyQrlSyP3CZiAZdrm1p2uLcWjHCQCvaLFqpi5wfsTL6OFUI7kDvN00wOBEUqOoklWZqYobPE+FgjkI+IScPoIlZMgYvvoT+9BoPtW0tYEamzoGW0tkkiJXqtZRkd9M9AsUiM6xiGB04Cxwj0omLNxdtqE9QPP4MoOF6SgWLuls5Pd+Tp1g+mBuP3SN3lPoa/xpKovfp02XBQO3dN1ppuZ8qRJNYkRjmhRfuqf5IFa7XUB0qvdg6pjbqQy7/O+m0VahCImzsHH++xAxmW5qVv8+vnEbWkBTXiSePMEcsm9a28liYWlHzgY308u0SJVVgIFfZSWOaI6LNCtagTF8R0TUwS6sesR4V7MBFLLCBwtDBr85xtDfmmBuyOa6WizfyUWnOm/gM4XvoDfSD67rAj7dk1UoLM/kdFrKQ3ILCfQLdsv/ss5QDBN4Gltl3wPu7yESOjW1FjpiyzscExYunH7opf/BxPW+pTo3+VUoTu4ww26RN2UXj5/h6NC0w3sTnqpexBTBLqx3atSkB6sqEA18B42+TYPygFA/xNeZ3bdwMoa+cwM9lHRH3kJ8jOOlhy/TgszMWyYJyeIyYe7XCrT34J2I0OdOJ9xYKUlM9YJtBGX4QZxvbw+iPMTXvUO28GiFqrng5O5DhJOSjggtFcmu/RDOkHvRITxF1WU/Ra/Zj67/Dr57LLC190gmK0aKRx1c+YCr6LsGet0B7O7p2O9x6+Rz4w1murEXnMO4JocQGxCl24/Amug3IrUJIFqe6ZOS7ad8eI2SWfGkKraayAl6U6a2taQj9MDxFy5BdcKd6MjvmW7FquuHcdQVNDtBPuGm0OoOtn+3iepKh+r7388A+rXBHCM9dFF8m0PH2TF/U1tTJknaWWODXOHOEP0lYDgqhYcZp4gwx2cN28PSqZX7dFFpDOTBwMTXxYgo9KoZPuZ6GH0dTLimmjT6tu9/I7M6aBdqIm3AsDMHq+tPJ/5gwJWf8/XQQkrpudqkGG1NCDu1UcqhySu2a6P68Z8mtIdWHMMcawp+SWKTT3/zGfCrVZtonxsZtXsQUmXLGQoOIgOu/JulAa0M76qB2CxBGH+eI8FqqRkTj1bxjs0npi4R/l93pkvgSADwTfxarUHurZ1VobSVsLZrSRWIiRmomKn3iqKKcZNSM5L/uaUHfK9MxtFYIYsUTvIUwWKd4XAwaoGv1MJKcp6Y1dyjvxUygnQJIVjuyMKHy1RB1WJFCsICeoP3ZePhWhMXYaJOtDaZO9+ViE92miYWTTU9eucPJk2YbFN7M4aFH0CadBkH45QxKRBLc+3tBncrtnax7JU8srd2fOzHoc+QtNwcYzQZKon8UwyUBnOZ2fUIlUMHaWXnyocFhzWlS1obxyaB8AUs8Y3Vf1m8vhaOon3Shw3LIY81qUHn6U6TDFx+o5LBEIQMNrL5iYwL+XDidYWS1L16VE0VVkBufVNxB1cJTfU3geCuHTciXrbrv4cSn+ofFd/TJ8Fo5QozG50wW2DCyPlt62FkXLfzMJI+W5hwczO/nFUw++HrHqngTzRB+9Gya7FWkMF8rhV1+4e1yXiQNivrDVJSp3juKp5yAWzoXKP8LzGj4KUNi0kES8T9FT9rbZKUgmkEC0zfxjRAugV5TOtrIBI5QrmZVpKmTSbqH3bX4CCtjPVgdiid1o19AbYCyY12svvxuQsqNtHlK5TsE0PVrC1Rd8NLUIoiso92YpNb3htcANHx41sVI/qhjWIet8zNf9D0a4FOPRAW0eRisVsWALL0tj/STfLikoPpHQI0ZMrQoJR90rearM1j3wsMGzMYd6MtXDFxKhAL1ZmFjmTHFK+SHUZwqmOR4FHjfl7bCo0U4AUpJVnIf9eRq/BmsdlFjQyyEcG0+nQHO/4efdi7cTJzfkldkIgVIw1lWxCwG7yZOCZoXttPjHpzpPLlOwB5g6xh+groYAq4zds7hTKcAokW7ixUmDIBhr2wdrlMMt+xbqeadfEyYTQAq5MvzDz6OQe0JIOB8mcjZm//Q9c5mUoofwfdOcL9E1vPmM0tE7HS2eism7SFWOmjTeYMEFHPoVCnGdwbnqziVBqb2mb1150tvgvQaPuBzNrztZeLRzqOARCpFtnCNUkKamvWt8qhUl1856sJQ3eAOkHAFyV36U4xpVjpRU8/TOjy2CoH3bbuPTfRjAMeugCJEfYwMToLO9Fi2HO0gJ/Rw354LlcLkxZSuDvoFocnkKca8tvKmU3wTGqfvsbu/Ml2b6bCjBXKHSJUoCQuQkCpeMgk/oGm9HHTY07Glnx0A4g8jsAkzgRApLTRB0gajeE2EjVOEmpJt2TuC5Ro/YmS+3dqcHkJc4dxMxfN99pSmbpZbJs4V3XgrurU+UESLPOoGp8dZydi+x2nV5X+VQsoI+1EJE3ILIrtH78mSu56rL/xVaYmbUqyaGjTBZ1erB8KuRSmMdLXoVXOWHdNKD0yXNTYkjcOiy2U99uGOORwW8DLKhqsafvlgJaHa0WvW81itKJqMtyX0e7+w5DJ/tKLx6UTGjgs5k1a3bKzndoMxraHE9Zmuees2AujD2f78PDrNG9UraFnX/whwe9tdqfeN0oGz24O7/Hh7Yl1p19lETXk/68B73A/DKt/a55sjKA9iyoRr/7dm2xz3d5P/2dIwQ7+5yW2pyZOxITtYVwMzjoM+H6TvxgHknn4yXJH7xgM2l8v5suNK0TYKzuxk/bnxiNubNRGZ8r6M8dcC/T0qmzRd0H+7Ru2VaA5bo1UhNCRauMgotyo6WXGPmwUNJfGILWy66xtbs2mgLmHc0Bc/s4uzXJkJt7B4nB2MAW18GxEVtUA1UeMwPsggjOeHtscvqeZ1m4A/nusH3bh0n6e2ozhulyt76L1YTRlXqfqieZ4MNqvMpH11iwXDW0HZpyL67vEv7v8i9AryxuTMhe0otIGVe3bhBvQG/+K7Qpsys7wNMBwn24X6w75A9u4kbjQI1ollOedT8xvzK44nd1KPFbORj643GNaIL/UxdlvmeJNSOw1JeMYGO2bUCirXpG8V0ynBuPFsOAYHsk0/HiOpKfYyRKDKl2fKBKMT+BhtCNY454xe9dK/+dc7f3knNZcGhFFE4X6lOcSmDmJy1o38GxRB9ksU8EiahJA8ItXHDjr3K8DphNNjVbkzsRowNaszNwjcXL2T29UBPzfK/2B0YwTr3OjAlSNUhulBmeMxMGbD82Ti74OU4i4ddyaeaXoiZSN4ekbjAhzHrbIJImwPq0usLCiWRb/nyTXKwcsj5CxYmqYhkY3Ml6tMG9Wdgqk64W6T+CCFoQMXfXxr9sJDg0OGl6amzWvD7ywNgXfsm3c3QDvzYfwN/vgTX1EmuoK1GfJBRRD8uho73U9WgmR9QAa5PdDfwJ930GmX8VdtqA8HnlWG157nyqO09lnuBC1Mh+BZBY+fuMS9e1MZ/M9sgQdLcOMvXKhPb0zLQ585GRTOQOTHwfhMZhy3yFsLvaCfRv2wJig73rN2sB4eEDFS3j6/CJyplxNbzsfNK+hjeb08Vnh86i7caBnAAgdcy3V3+f1TXYQOzVgdUcAlQUb3Orxs+q/MMZEG/hD0T52i2ejko6QJMeLFq0rTaebkdcrptwIfi5TmJ8P3oGkagf0oD4eeVfITBV2mQ37DiEVZo41nqwy9fkZK39bTgWT+rRmvSli8Wk5CmYfS9SSvst5hhncGq9eNusETJbcoRJDyMpSuWQEd8Iru5knuNEx+b+M4dJQcHEVDYtyAXVIOfaK/Fp9iloCznDgOEFRfNoCpLNeK1i7RtRD/P2aVcTv7Qg9KSVbtB3FpYlGFY860y/tyRJo20ObvY3dlxQ2aRH3mACUzX+0hbUxSd9UV1++XDwT7Mql2Qd3BOd0es00qauw8gt2RuYPKjuD1f99FXccwB/gJlqjPl+4AdZ5TcWItKigJsMtMINbqq4B8WJhzhAMTHP/UeLicYzE9Z6XOyDzBGlNsaEMm7Z3Eq6aEyO2yQ8UufpWATkIUOoD2ib4HjA4WmdOupKeiAm8Yk4rqYszFkJXzWH1wr03GlEQJ7xTT0PQGtn5WVKT2RHHJA/T53Pgq8YEgaKRL4ecQZil2JGEGI5QeiRnDv9unGVXfkkaGLIC9SCbb4cx9b+kTMiZu94GHHwxUa57TlLYofOlEiuA+yaSPz8Q0CU7le35jUQ3ULDRsny8ZgPQmkJNemAZINnKmE752LawuS57MUHHhRJIFJM3l6gOTDCzCAv4oDUiUdiBPTGgDw/WM+k6zJx3dt9Zin/tssk7tt2WRH1bTew9mEtE+iTYvWkGph1gP5jh0gyL3Xrs0so5qmxs2buHHuSIOXi2K71zcyhVKR3olFJMF50+pDThhefFIRJy9ljxJYFpgTkR5ZeFHJJLzhnVDxefNIS/hWJSImCvqSnMsEc4CjSZTYnJuZarm/0dLd/YlIJU8ewm5RTmP3FLY821Wf+eOFj89cflPgv5WgKwZwaxiYTcbrLXNBQnw38LgalknJ3rYW+UJzvmHRi/PvM1Uk9sD3VtXs800O80+zxftJ4xMi4kXvTxxOfPK6kkzZx0pfwfb18V0d76thBn/f/x6mn9/UTf7gDNclH2E9U6Fwlr2CuTI8pxE9PTHAJxNbCsI+U7OS/c7EUMVsCmUUT/rYi5OSDHITw6RUIFiWuFoN9aqQEVV45dnuK8ZIILtJMPtGTo//GwfK5zsKWQmhRZXUymNd2myO37IRxCkA6cVmDrMDbDKWF0RKIHJSki5djZ49F+kkd1do4Bk60ynvuJ05DRkiOZJVvtaTPfF0OmmgCCQF59U5ldrzy0hKkSWQE8GPvpKYF3P4rRcUVIaxSErS2TU6+qaLw6VmYajJBwxrK2x+af8VdS4jOElBzVxbK6dkqDy3BOUW0MG756Qt6vuJjS4jOElBxV9buWeZoG+qjlPSPiKLoCNvoHHNlZb3Dj40YzGmoIyz42nOp2LUoLYwYIT8UqT5mSsq6zZZvfDXRWQKOc8OPupH838yY7a8uOSaLE3hcD/4HUwjXWPisr/e+hmHHGPLnEVUS/vU0DyBRLeHHw0fK46CRld7hjwJWU3j0fMVpEOUM9CI2Drhte1vAaWPxQB3mawyRLNk403qfhbuck+7cwqdArlo+LNyM5guWHjaBVoH2qDbmiTh+dwe9PdN8Usxj/4qH2B8Cuueunt2fK4+0UfCnacfxOsX85aWj5g2Cu7y+40GSN1oBXz00m/UY3xO+eBo2uRSfLjD+BtxaMHe2b50qN0BJwmmn93F08WDgFXytYrojF1wMzXvmwEPFs5rm0LtvQjGO36S71FVH3hhWMFlw/JGH9wBTxpi9FIaqo4xM9yDeF2+AEdpcNgWRruqVvWearwZU8vltozXNlqMximAzZXd5DmTPp205pjnbhZ4hYlscx2vqHVivW0ITVFNac4YvOS3fZD/+x2Ik192h96Z/teCvqPPUZuDszfkS7NTWD+nPt1Fd/NV2P1zZHDvI5gCfAeyyc4axe/m+uaSFEhrJgjsp39H1rWB+F2FdlGjHJnjxxTSVjnSWlGoFfURHjlYjPMk3GcZ3URviXYzJGdO7WLgGwx4eenF03vBpEu+YjsOG3dJuIAZDcjkvws4bA+Dnprs3/v+5MedVn9p9iZ/kgoXtwbabGMUfPDozq9en5iLvSaH18hP3DvqFk0u6cKEyMyVJuADvmWwsxtIn9zL7riXkXNCGZ9KbEsZ2OTNcKNTU4WbsM3JGt3OF5n68L+MgfZUUuNxrcxMlMoysD/glvAmb8KcQBS/rRsklFK9He4z8zHY/e92XCA+yv0jmW+lqr2AopRyD8//LziJppT2dNoA5xdKssEWRh+ogjqqdl8CTpbp2iGBHuzpeswG+fhDZwaaXz2UIPyKXFv+lwY0fQQHtICIzniMaMlXoSroUls7DRxbieY30pmxeXh7Phovp79ZuQGwQHC3UslZx8PJYXfdC6EPBNdbf6yRUsUCkmE/M0keIXx/3dujlXz2oL/62i8vt8P88jyG7NZOWtvPPZYHicTjtpTs8vuzL4ggeR/ZktTVKJmJlfNcDJbM6Kq0FJ0iinZseN9OGGZM+dmktOMEk7A7Czkl/sZUeKu7JMc+HaAHMt0jBLFQjahoS92Zdfp9Vt0AEbs/xSzsaiY7GF8lDfHJp8rdC4GnngFCxR7OD5cT3PW0kyuSckCQBRqrzKn8Wx96W7Pk26mV1Fm5DUxRV3/z8EKjxSTvYJeKdubYeD1xjmnPcueBUAPR6LbZmz/ORdsBnLya5SKPW4jXUPc2Q7x6Ir6hMWEG/X7JwJ02qa3vbj/leQ+FLJXdHjVLdciGfG93JpKWqRBXkKpBE8CeKXql1V4HfYiDtjrhKSkcGj5QQvh7/mB1Eu6RZX7fFP0Ip5IviNi9fkZfv9kPfnvX+o/mU0Imks88/LCApgxxfwEKF42YrRC5u0HHPa0yOkCNlWvWwJOUty9JIXyLBRgXYIvoA86pl+iy4JN+mgNp+d0y8yj82rU8Jnpefp52GwyOkPkVR15rBnbiNGhJJ9bjxbnS2X6xt5pWWMmobRcWRJdP4+AwzLSlFS/trcfykyzPXTNFaHYaDX8IstO3711l9KnfyhBxCxdJdPt81mQz0lymbGB20YIBTz9MVo7/vDHa15na584nfwt9ECDkVkdBaHIqIhlh8Gh2MJYZ5EyIcbyUuHEjZzD2gXvQ96Icd/8UMQQZPIKvPIbe5dry7NJW8T9vT+5PQfyRilAl/G0B8MTaie/llwovjCAx4lrO64p7Db/crp3hoYBS7bF2+syA2H60yPkDgWcbz53jXdCNBlxOGMScWl0NzxltS7sOToQ12KF49dFOLtBINZmsgDPFCWy8DH6M5001KA0IhZhIShycjzGa+nArM8iYGXCuH9pcYYdXFVRT/uUdZmrZYMkqt0syzJV3w1XHFnlH472f104DiW5ucC/LMsZplojbHfeSAfvGH4J//HigXQfl663HbyJmth6XCJpvJQPlzYDvO+bHz0998vDS8oS6HkkJrUN9gQOaBfDvYq0O7bVYh+2bq9r1InQUtl6+XpbPelCV1cdh9FjdoV8NNzeq3N2SsxlU9jtxlierQ9VmdX+LRENnamLClCf7HnpcYU0k7KuByv4mUH30En84iTec5NUuXd3j//TtKtPpeplgpFrhoOWl7kX0P9/S0/7jsSe910vpdxff5QBZPjtLcNaSJDpZH8imI0an5sYXHAkgYhOD0SDhI3uWlvvfyXvR87wm9HHoITuPPa9+wSEWgv3gpHxkJCzQ9ep78mENAqZgMe14GfbjcY1/4zBqK9EU7Bw3zSGyJ4/4T57C2l/HUpHioDQYDzMKWG5IheCF1PQKEvGw3PNgffbSYIKz6avHI0hvp1eoE+oqnSFP/Ls9t33Fo69/vuO27D7MW/8cfu2tbI7BZzh/eD+tC2C7HljmBt/pssIxAPIhrIm9OcHXeACmIeOjWw6yWf4hfVv76VtHFISGK0fnF0HTDG/n8/1dOscIe5Wd4imDkulMOr9MFjF5MF1I+q7GcLwlSfhtPeSxgM5WRrdYJgtHhEIWPPWqZQc3Xllfbb888LzEeVPt45x6USdOg528Tn/M3llw9cB7fRkIDfDWGdMEI8gk9ZMqUgwKwn1q40dQUrk6haTdv5haWN1wnXesr8d6H385Kd4EvPLVBfB8rxn/+HcI/GUKlvrxPxqNnKLbk5ozITqz7F8spnqn1J77G42JXh2Nfgc7hdbcV4uDQ+GjQFOrSMVUTv2ZFNqXab/gKIlcTwvEU7XXLwd0Wvprbm9rIJd0B+KjytCLjE2GajC6qNMZZhz0UfStTeUjKaHPVJYrkXlszBItvxXvlNjPUWN2G9A/oph4UR83RzZ8A2mDpE7tLNoGedGqMt41+xdPnoNHU+hKSc0ceqhqt0zOfo16I2P9xsb8zZ5fBFlxdFu8GI/a4tzhXW4RtfPfhQQL48lu9UxofJGgtPvwcI5qHMANLKaLMlc6nU8EjXXAc17OPYoLccHrTdvgB7i7aRsSCkyZSQDqe5ffDcbl5Qh4VpafXxzoWP/zJ03cxzT6QdHhhDsMMHLMgHdmh9+XxkTGnohgYbJibH+8srnNOr9gcmxkd51K0NcOWyTRN7EATcWMcLGfnhr6uBK25jZPvKkegERCQJZusHb7w07fjQY3hofVLgCaiQ7DZRhAPqRdKU9EOq60OiLVWPXmEzygid0eqZ9huUlK3D4WhnZXsgLrF1TWoVh/z9D9Fa6puwM1ix7gkjl/ohcvlPBQAJvNHg6zSvhpXIfe6R2fYgfXBbqePHZvmJUhDt1Og4lJtYbxxAkrZ46j/Ye3trsvIs9/cMFo08KshmoGu8tfuHIXf7pY06eubP94NBhjgFI1s9UJ/HC+3kd4BNSzRlNu+kXA9/0jOg/xStZDbAt4U3lWFof3nH0JrkTLo60xlUY+NMk0JG/PYcVe8LIdRey/pS6SefuKSWn+CahgsN3ytQbW4H40P+uI5pyy8Jsudnt6kJevkVx7iJcWseJNfskSdK2N2iQdU90zyjwRJZtPNYsf5uIA34R8h1sWs3ccuACNT+Ax6SWQVxhC7yybiq2wdoNrlXk/WEa+RfHK9QKeoCKJf5p9RrKXWsHh5uHmfrHaph9gnDUpDGafsI0IV7bArxkhQZ/e/1e7e4ARHadCijK6/yHsa8OLe2XCluzfjZEt5+OKKEtBcUA5QMUc93QtVa6BWHcfwOUXFxCSvHd++V37r3090pbs38zRXeQhj3FS6LGzfwkuzPBReWFoHtgs0aDPFDD1/wxb/10wXQMiEBsvxvdMdaU3TgKWhi00omzQdUSrntANWec3bsv96xaD5oW31pzfpeexzy7ref/2BgHTqGxJA/KPgj8nSPsICbEuXET3lSXkgcNxdjjkp4ZfNjX3dy5pfOr2AidaSYEkvX+pInRwIdT9eRx00xb7wQS3TA1h6jNbfKezV8KnGX0dP7M0OH/4b8WXKIkIn7SNJO7Vy6Q762aKamZgibIs7id9vx4mmZJCUBLb/tgxGxdqTiEUeTuI95zV01K8mNuy7/q+A+fXt89uxRRMrdkvkEzUrlskjT5o78Z9JPfkl1ReWHvFXFKfRLv449Xn3/B/fsyQ8RaRIMM27ueSXg5k82F5GIzLKnTh7jH/EJR+U7/YzqeVhbqaZcJxh4fXHjM3Yn4D7x/TZECSKPQftN7/k01p3H98g2MrJzGOALBKFziKgxmtOZv2QlSrhXLpPIae+UjxD4VQs+MuTUk9Xp774RPNcsowvaJX6eIZngMHD+YVZlcIT9ODDY8eEA8S62vaU8NB5BcM6YDPB5zNKIB3t4zBfgvDJ+cikVkaPc2loIeE2Sei4XQpKoq3oiJ02oFBmu6hY6S0WscOfXadhQ6qNry97jMlrsfizqbL3e4sqd7jw40dRdp/c3nkLFb4FByV1Zye113lCl87E6xYtXTsJV30Susf+ldOODJ61bHMqyqyVCRmt+1K/Mjsp2aOMZMlnt3CE/ps74U7aMuGTxlRv5+XSjLSOy51kj6QpDwz8khxjXGrQ73F03XuOPgfmONwNfSIBq/LLXjM/C6he4VveUs9Hod7mczEcYvvsqmiCeZaK/IBiX2UTTsvfl2Jcj0k9BBp61XpgCpfNfNXZ94CVx2DlYbjUGiL8IB+8YAUO8Eu8thDK+jJZ3+UPDmAo3cIgrVryvUsRPzxa3AXbgz2LBghouQbccWrA1jOUfbW7N6imCBKy+MM+wanXAZ7l4SzSldhhBupiIyShCoLwY8RvP749KtAB/0ev9j8c5zEo8yJ+xMB+x77bvq8OHQErl6ZR6DVc8SHKpmcfBBLLmz2oDAQO2ngfm4fD7H/gkn1zVBiMXwS2mH0EZkjQ6hAey3NM8C2GZigcKsTb+IrXjiYSAcpv7052j3fsvAF6rN1e5wq2yPKvDcrSyX04+JFFguzbufkeNf3XLdiSw/6RXN6k2PBZ/6lK/6Z6+pGR+UnRb/Pr2T4QnTuQLkEzir5izlB/AdqjIB3M0h+iTjWmZ+lCjQ8HlxkghvrzCacHNVqoCFH9evWpZrUJ2BDYNUtB+mDFTZAcavA8C2cSSpRTmKtXlCpnDOLKTWP3kYJG7WsF8EKpc/qp7ZWs/9LaMNhbkMuw+U4CooEZ2DgawG61ltH1JMAwML7nq9hJDKeF3KMEcKIvM2YwtaR2aL+il1fuKZxAonZh1WtM/vZBCSHZPlamhw7BDAdA0Xla6iovEPY0XDV0+eBF6y4ebfHUuKRFFoayIDh7x46oQfUAYOA5G4M1drkkAoOhSwYravnsu4XzOwlKqYoqgYoGtmPYBDswlOxCKoGozcKLWf3M8MCUt+hEGzF1s7XcWHjrGdM7uygzkY+8RCzUNclKtB2XAtO2+UVx0G48IPO3SajlZ3AKnSvGvOAfT3I8vDCNHJWfEpsT9h6OQPKZrD7xv2494BAxBgaHX6mIkhAUxBCV9jF8Yyot4d3IokcWb1XdBedoc2rZjg/JVffCtwmxzhkYTzYvtlzTe99QlSKMqgyYEgUoVYP16E5hHfmFQ1qpsbOx2x1vR3ebp8uZmUoxPZ4eLXnOTc3xB3Yc1DMw/GYjDIXLAxkh9n2ohNZwjqNUnqMmTGdrKlw6wACFEZCbKcZof18tJ5CXMBL5WROx9rdbq/CRkxxsTjd/+N0rSNZGHEannJCQouG1N6D0Ym9OlWAZYg3XnvJQgwrpIUghtXzkjNx/GK3ZxbBJo4Keu4jpYxITAYLMHle/B7i5s1dlvya7Nsp6F6/xxEDmfwm2LzyVokL7CRMTxKE1ICemBcHEB1vRZWLBd//wkyr2Mi9S864l2HCCmxBN5amfREzDmJoLZn4KIj7QCilclHh/+gfYshtFOsj/mp2ny1njRjYagYq/PiljxZ70v27kpTdOwQLPb0J29jvutFN0j3A3tcrlslIG2HpZce6FX3g+zraqel5wAl+oY+w3ft1hhOsHom8m/jxK0aaJGdZbKT4MJnpb3QjcTyHgueI87m2F79ezd/BgrAZDYK8HDCXWMwx7wcLJbSfVb3Ezn4wR6ZWhjC7FUw8vHMvHfpLHpYB4Nl6UeXpwocw/RNBe/S8a8BrylDFTujS+tUqCKkwNs4VKkR88atnQl9VSu6vwJpg5NSDvJTdoZkns39ni7vqNNZjmn8d4NZspAY9Ou5GOUPk3KoyGRbKBU+BPYCNRPIRWxQg4zf0Q5KLQ5lARifsNa6Uq679e49roSgj79GSJaTQenFaSEIn4/ZiNf298HH8agW18sa/6JXToxyenaIPblg2ympO8VMPeh2VcCeV6c+Qhj9umHp6BMiWVBXYyI/PkWbeR+NzrK3k5GozidHlrCJadf51n773jmZH0QAF8HnY91KR4OJPJOkW/KwfM1hoUYmVH46Pke/5xc0FN+ph+shIzBTEvWzL1R1XnSInzw7N8oPGre/rHdINojbUaxMft2GqvnGSpKj6npxrlQfn5aKqj/M+pZroo6xXPGOuRA45atZ5FDS+61T7n3zg4vNKKXx1UUszZ6SLJpNMV0Yezf9jf6kwR11SCqxmZPD2LjWQnGlTYDrddCbdGUVoke1Ns6H0z0SHpjiT9E8E+DEuUx7s3BOte1yhHd4VcTaNICoH65SHFMTr7tNjjmJcvt5CeWo40MjCS4oAwpudpiOEF6VZm2HQnxqdbXSsaOkWqeafrA6F45ubEsWfAJoH/aspoiguWVB2OikcOHe5KYusrAXoFGp9GSJFtzA1r4zqBzyUH3LIjSunzuzJJLGCuK95hOsFg1NifzMqrzaLJQegDMTSPTuyUd+el7PxWNY93NM9/1vMmvNGgJYidQiwfOHxnKxbMHQP+AG4Hna0FAs4IT3WghHQyqfYXabJvB/Khiiam+xYQt74R6dmUSmuvpU9EG3EYXfPWSLXBHkvhQ2Cwl1FfuIpgjc3LMRKlebkF4pnDX1FVOg2uSAupKlew8gXzC1M3G35tLlM2NfIXHT8RTJKNfYR4t1vZbpsUIYjLD9yrjL/G8PwDw11kp2fnQUFmRWJE1BCwjg5MCeAy7gcxsO5P8MuHsJzGBfT5o7fzGrZYkzcy63bCrkfPpR0LRoa98eMKqgh1vo9WOz0EPhk+07ReSlmCf6FBrRNsg6g0n7qdiXeT4TSsdfcBcB2UiIr0XFI035hiKbRGk66H5TYiDdmgiUAlCVdTQjuiNCiz6YwFWkC3TQA1iHApC8giUy/RivryEb3rc1GSclz/D0L/7ZsAV4Zjjya0+F1BJLFwJTxXxEGVW4kaZnSdl/n9ScTPIy5RsOuitm7gYULvdyP9GJmMLQeBEt3AXIXMT5TEN/55S0BvWOQ1KzXpnGXLVovJC132HWX6PqSnLfvHo4Gl1T47da1+NQhUhTgODHQe+dJvm2iwAQZjpHMO00IAG69regh4cyywMbHT07xP9MhezrHr49iIA8HnT0/mhVVFYDlyqi3zza/CigEi/R3h3dSXmE1r9qWi5npGOhjVJtkVfCNeI8AUvrBqV2mOhnWy6TjaPbfnfOL49Er5Xj6kwUEHyUKyuKn2ZBrFH6Wfe7WM49NOUI2E6Z3gEA/7TJJrxICOAt5H2AVFQV+2L/QD2zH09Awuum/wnreEFzl5flCheJEAGphA5u0HlYGXUmyXF27S0E6PIgVZgDChaJVQNCCkDi8+Rkxxit77JiBHDVYOXx11eNl74TSObKg7f45b3RfSl4/WGeBlu+AvqedyXYAbq1w0CoiP6dNveMhQb5kr8nElxTefyY3daU8On7os2Z2/SBU5+dpUA2qwQBgkqkqnluHSIVkpHogHDPekBCBkMVn0r5Y0Vb9gE9tswoe/EbB4LNRjaheM4h7rS1AKCieRJv7q11MuloT9k4RrXQYBnIiEKEGFYbUHWNFjsrKDkWUvJP2Fdthki1mcS1VgDYG9LvxRuGTr5qy/xdbztWesKVyg4q5FT2pba+fLn5dPlebA51M/KTDorwcqffk4/VutXPbz8jFVGui2URgKCx6mpSpC/W0lf177OfkK3nOP6nehhH2AyKzHXOE+ipo5assw/FnD5+S3ClZszGN7bipA8Kml6EvNWWql+JBa0efPNj4vL064Oh6AgUfgenA93J9LfE6+Nls8eiq3MSqG21uWxZ/5e06+POFXyZqeQckYDHRUWYHJvJrUYs6fV3tOnt01cVVO09hai2ui8uUSv831TmpTA+ATHuahlfXtZGwvLCzkTXO3o3SQr198SpsO+fhYGTntOCfxPYJlYYevE4RxfPLvK7jYT+sxzC3bST/tXqkkC/kJxXzvYIyT7M15yPhXl9zOhItP0u+XQ8qtbo5cRc4RWY/HLTK7L9tcf/FdC2/xB+JvrVSBzNaw5FtntumuZVv3q2V1MjXf5vpDulY25nl5gD4N7ce0HYYyW58u+sQHtW7Jdy6488EndNF56aYl6Tl/mvl0lRL7HyGwPvSv9mrnkNMPi89S63PKrujmZUu3s6E7k3Ky22x7TVC43ck8Ae0z0/mffyU3P52aWtm41tppTmsT8Qhf0RO+bDfNejIvawA/18Duzw4odPt/+M2N0wYiqv3+fOi3ufbafi1s5h+E35Sqjbrrc5007dwZ6buvWNT27jf6/BngnzdL3y4w+N9ys9QOQEPeSEfT9ZBbt5vqOB4x3UZq4p2elweo3wGnABx8a7l0p/PRHo2nZvBTDqtGlxk88j75uB7PN83Vhr+9l4TaxFeD2ewjgZXCP2k3Y9YWrwucGn8yjcbFiMxtpJtN1Zm9Pg99v28l/ZKPfNA86PC7mVzn4ISlfiMhejeI2RIYF8IhQCmhpOOLIxo2h/QQyjpDFM3f00rxAx/zNwfFfjXr1rivj97Vu3pXrw3tFykZFk5tDd/En5fnwysK6zE9eEg2Ix4tUVJtWJ2EdmHyvdVYpKOUgIowJcPzXLJw8rYOUaSzTVjtvtAGUAb1vHIa8dqPwQ2RgGbKplbsPzf9G3wEHk4j1X6XPZJGnyf6r+gryQBQ6Nkw66bSWNSEKSOfbXLqy5NMc4PhkefKW2lbuspuFyOOhq5mPrQhx6lbkGYTCWYbu4uGg/fgSxOqL9EraLCyprZ5VXeFvQMg52QLxuoEn0+F1NDKOphV/1rYYCJ9WJFe8C2soWOVkBCnqSHjJCvSkLiQBUDncn7KKuRNSdJvXuFGt7FRpclXVCCaWuHf8mBSf2siBBJdYMTEbvo/6h64Z9/3TPzcV+mqciKo4ynnaULGkqiE/+LiVBYD+kkVNstISNDl0NRCSA82aTXfjxLVRQkNCTgdJSXwJovL6J4yetW1wl0qTyngxuYYb8sWFI0pDqIn6dC+vZV1tL/+fVxkKcMaWzGL0YgsS6a+5srJt/ng8LswsDy2JDtMemNuo0ghNcTFWT0qZFPBHhT960qZltVmbMkLkHSkPd9g3sq0WZShHMfEJGkQUsUWp5YZvGig+proipUEAp5H+h7w0zjifDZduZIOfxghNeereEDo8NUiFRC6kxcBD12UZhVGxX8Mua1u6oeQnoJ97VWnKaQ003kxFKKhehRTP+o+iecKhnANqHpoPOKRpWO/AIUPF1QxPj2PGjrlqfwaQ7oRvQr/GMnG9GbXeCzjk0pxsgYxAzah+n1mwU6mx/ZJjlqn4XQgJ4Wdq+tu2iINdJbsA8alY8CHu2CekBCtiqhj/jBoyAPXkNCkVUmftMD6l8Cog8buN7bMmUx7lIsAOivAeqAZe1G5bc/l0MwZe6B9+OggqvSdy6Z4wBqkcJfFvFfStJODjUmYWvNoCAeGwrOoM+jLV/JIvD8tCG6VtDnoymcitJwezGv1EH/4Zh3YQxRsJYLq2AUY7pXlgYmpgi1GOgEmk2vSqU6V2u3gzq13MMKAmoXG3bkDYH2x70CwDLvmcXsYWm6Wu2GtxXBgNCLYySFZ2lWLjFKg/SU0ZFGPoB+STi11tJMNa1qG2Yda7jekAGppy8SyZtE0caR5Rrp3z9craLnisEE6fpu7RZ41zNeDhS1Orf3vK6+6P+tScSILOymUFcVG9PxG5oRWEdrhwC5IYeIKKhwrGfEGUTAn3X4S7uXDDfYj5//DbC/Wix79gG0WFeJKxXN/qUMDvAx0omReEzU8P4UB8AqvsYw1XQbNAfBa6/VHZM64EWe2WQATfyrdWs534aZT1zXnwwB1uwCA+OvGQ/eNUXm/PLLaU9hX1UhBMHHBnkc/Rr0n91ZiFFTcjF97HwVCncE8HlfhrWcqVHUwCUOc94ZWqjv5YGSxWGEnFtWbSBgHtV0hV7ALcPnF3vUPCDI9yTqlaNPkBRdmgHZ1mRRFa9l3C/OKLKlRJyVYcDXIf3CJtEOCX7iOXsq35VcviL+ePhI95vvkPZZJsHV4kGZ9eZm83yhHYX4B59FO+TM2IGO+7PbBjV0e1uguqb5zDm0fU+g27u8GOsDvC0yY/75moWTGXZom/Cye0Muly855tOIdYpBEGHeJXsH4cfDHNFnKXu5w1XNeYebHgjvYe73bFV1NetMiyPTPRepD+8JqTvWHiu8y01aRXtY+YPtYzt3M1A49zxqRTvbog5FNL+dy9PSpfJax1KdYEtk7crXU1osU9br8P0axZQ+nSgAq/vfTVrpORTn84jjkmpX2UWXRD7VCa/Ok9xqA7aPFz/O9yHeX/PWwb/yitB9PuR5UUQC/0ltrtsl0sr/WvuW8Y/LHKb21lc1imnO1Cr6IPWZ1Lwlf97X0mywsNI1DvUWvtebHRVT7T7pWia0VqtRT3GnL9HDezmhwu0ArYZav8GpF09o32XafPSWxw02qmlarjWpQ4xV9+Xcxj1vQL//BF0geM4ouNl6mZaAUiSx4kRfNMRqxRZFnHspPggXu+PECHp6p0jmsh7Xqqfr4+5chmGCqRDSigHksd1YbwzCkORMW/oKC5e3IyQIxMiLMJa2vL35N2a3eXHiVacdyjhS0FGJli2z8Cs3unVrew1P1o94UWNTwJ9Kd3FmreyDsVqCfGR1urYOlmajEzvcLtn2UVXHOm23CYarJcAc3LP3ceW/t0Eqwv3zQlfKgPwf7VF0ELDeFU3W77rB3fCyNHIBuK+4cuiOncKrRgcdmIKmRA92geXlk2e1cqU0D79euBrFHRwAdmVo0hc5wXI3mHcuAOk5WUzdKobAcTziGFmbjN8/AMoIXcIiuMHrRwkYZTi61gHPb3pM13vgAEMf13bhu78llvMHERe7OUek5qMWDn4ZuZbXNQfhlU6rbxYB43scXyyY45Dec+22OEX91q4s59D68nK92INgqRuUCji5m+56einHM3mGgmY3TkCsDlnmYXRcNg2a0XXzTnkkOBjqXLfoKy59EdgvHXXjY7LKo3hMXOKZ2fUcRKP/cdDlr2L3Fzq+z5VjFvmHvyzqjLXbXK3eVPJyCohJFvUJh/03uEkyoZuN8wUVo8fEhhw0LzDrcFLlx3Ji9ut9auB9iwzxW1OMUpivaKwbCE3LVkJxwNbwm6E6U/znDC5BG1Ey2mt5r6P4TFJyI355wMBXmGwxjJQBaoL8/S9zdqLTTDGcvTuW2djEJGRX9DSN5Q56wpLcw6BpDNmIPueGe5i4mohY7t0ClDkGMxFXEafBQ/WfRDacd6sEPeR2lC/kTI1Y+v+j/H2y//LYje/cHIyxVjWLLj1cnVN7l20QRtlacq33u3uoH9g510Y/cHYFdMdAHkHQU0CCKFxbvb69tMk2qjSBJp6Cw7B2vB2OL9psuAieLDd9XJd/jAyRGvX8z43l9dR+Xq5mJ3vmnZIVC9N553LslERiqSc7GeF+itbKFgZYi86Htv/6f8HjoWuGhgoffCkibd/XQNMHhhRrL41ZOl1tSUwLCHwWnVMs6PTqqNIyPaHH3Etx9VDM9swg/pEjU6SMAz0/+BJUTAKEj3bC03QIUBGr+jc3svgzO4Wx5mAhdPkm4i/Uhx6vxWdwHEX+M6ahoU+GpYOaRWbYEHnFuNsx+CQKHypp95RjfXn1+WAqwUyRLUnMnVkdJplt9n/HRyjry5h+jAFCcOMC5aR2GKQsM3vyPTODhU+LofhHWbd0Y11Z5fkTjgDmVRTShnpfrRbi8L/2iNbRTJEu4uVnqQt7L6CwuT+Pe1O9jpLZPcY3M+2q/GUJdWTd1f4k1t7Qy5rnMzuL1LhGb0kmut7bKGMlsM/EIwvbrmL4p1FNqz/03oQSv5PvsSB9RPMuhuQu1Ihx+xbBYnWJbLtPn5eDT75uOkid61bYo1IIQmq7Eq4JOGF2VmRgiujme8QoxIKazE90PDOvNgHkv2q7x9djLsMs/toBowf+BEexHNSUKtRJCRzsGgzgcW1UNsLDteGosCBEvjuhOUBdGWMsihAOju/OFSdbyk7qb39+hEJMMLQ+j8HJonPAYy0qMX+JRIalawOO+QMua99uL9x6L1wVIZo65fMID9KKZk3mBx0t/bIZXwMdgfwRnJR9vEo0tb5GPJB7g4eXoKFEUppU2TwoEIbQSQKwcpvORxZc3u6oY71SFBzBEoAeXiA+vp21V8FQfUQJF4P4sobq1GIwXAo0LLwZgzxfAW2PgJRg0F16Ww++P7V1AgN/lh0reHO9UjHeFcUcPTwkfHYeXeeBpqpxwdYRyViKB2h/7XMkgegE4gfAiYHL2REPXPLSxeDxAnB71XNs4if1foq3qozCkLjCQAaTGIO9K2NUAL2AvUJmhqauPwsPh3NYa2VALaMAMhqY49pqHZMRj8QIUkff65CZ42Hi6u1aGBpnVAHTB0BeWX/NvRrx4AYqh9x3h+Xcrwr8GQYnSy0IIJ47PSwMB4CEtE5I3judxLZkDDoNT76KElaV17PuFCnrUNjQMcKJFDV7Xiz+EFBz1Up1eqpQhkrIIsSV/sCIoH5n6ZvLV5IJIxsVElfFwxdsYFXgkOfkaegkA0QMP0VIEAdSK+CmwI6VOqztcJWLZJiRVQk338ZsUbhkXweGldkjcftBjDEtru62Q0VYzJ3FIzQvn1gIgsXgwQHJlC6ruDDqD8oLzvv3znL40QV4mfFdVUh+3UwfSJgV85YQMpZ6Gj0LwDv0BALs9+etaVMVsJj0ranrOYNSgZQd8HM2z8KTJj6RvqqP07Wx7vBN7rD/Fy2wmPSuqnjIfNSZE2Nd9klnUk9hLelKw9Jz5CMHg4/cRZAiPQfFu232j4/4vTNpaN0QibQZJzLANXytI6edmI3jljzcqZsqWkz1Lo1DM82z4FNVbS3qvrp4xBIxhpg3znPlLvTz2r+mcR8ruxJ8LkN7nDy5+D7tSLeS4dkIKe79ojfLhmWTPSPYcy7/+CH7/5D/9IDSmWhOSiqHKCf1velkinlBm52RJeZX9rEG6JesYwvRanpJn5eCmAbmTyRcEH+TtiQl345aHAd9Pfz3it/oQG/Mwb65A+mCmnLDXPGuuQBGcnyG35skAqv95MeLv+hAA2IJgceFoWqI0fVcanpHm9u5tOjeGyhqe3VXg0yuf3KOjM14z6rbm8925qTkrTPk4rHwazmAzVzIlp8ZxBfNuxLDgHJwC8DqcoyLuOs9XKVAQ+dSUBQLhaSplDgcurWocTYTBMqv3xqOORzNRhAeelVJgCJIZKGLCs1EKxPHEEh5xh7dPstvCEWqVHdryMUoln4gyT0Qp1cz6JBwo38RhuTZBY8HYeLKGwfGawRHyxA2j0ys4c+aSOAwOpygqntDRHaP61ekQg4FKpkYU8CR3QtpaOT5cVJTr6aw1qTMY/BbShUp+ItRNsOLO4xfuVyhbExGKrYK9eC1d2GdGZWi+vfGdCxHcbCu/9W//BJZzpFsLhHQdtP4tNQC4tYkGLdefA/ZWg1HQ6y+/hvFtLegfFaccq1HOpuzczDeVgHen21WTvKslWzu2ln6O9fwo3AeyWDfZ5AKuXn9YS/LrNYbQXjY/nZGJ6CIdXSLWJV51PgVSZkPmvepGCOqK+2M1IcFrcDWI3Kpby+WLCs/gV8r5f8bm/L1mYDXBGuh3XaPqutnjnyL1rvE0meqoKNv7fmd3VrRrIiX+4l+GRPqOi1U3IujnOmCB/9RIXG/GW1Sala7E31ACpdtQTUrULZEecZJwekgHgQdqd4uQ1C5gk8pddZSGmymOUs9Tui89Yc5ZUyBvtXPv6eJ5Ub/7tNtbRJfSwUsZ0FTb/718Hb0dL8dFHeFgM2boKGxIIqJSwZTcGDLCBua0KuY0xGFFWgSVZhBApUOMzzHeobOcSCqh476CehlJGLDwKTILcTKv7Xj80FuwlfYJpV1TLKhFmVk783rqvNKlKzsldbKAYQtF85OS1y/8Jo2T1/k3uNAc7L+1ibe4JgCTecj6/A3kCUf/RNN2BUDpCZOfPEGc/EVTlGq76oPdia07GUhcye09FoVTWFWhjkoNtcYhblfRUzqKPAmsJZeA46GLiZZYcYFftYJ7h98YDaOKrLQh3VXKFBIw4Vh2ptd7IrjJctZfD5YukXymsdpMr2iWa8mTh9d0LjlC/Ejhr7HhT8aVVNdTjbye07Ecptc7zLzzgpumiE9ogPgDV1ITrw7ytXQO7rKuhCWEXaYAju5taVd6aZBfpW665ig1S5onDZNe9kHzpB3SAonr8NqjLyPBjCA7Sb6TPimD5LwBcrNQBMb15bQ0NUTCGq3GZ1nTnw/8Nzz0uTRNk5S/k7Aik5/N0qrkKTVYP5vlp2FPXtuyazmmRYTHO5efAHubrAjtVe//8PPv5VoxPHZhtlWtpLwylhpYtjwWbZM2iQ+kddIq8Yb4SFonXTbdTephajwlN9W/tfrQk+v3l0SjXP+cRaZcv1ddbD+7G7ANzK6xlTpF5l8iwD71wOa30XpNnOTFC9hffDzuI1tG2b+ZyXX4OJIWOdli/qt7lhP4Bqz/OIDJ3w1M1ZXn5+1pzeng386TFnb2shSYwAe6VhZRrNJuLVTLJ3jb+fKwIm37cubzXnF9HDFDV1ogzd677dYWh9R2g/0Q25l4jRhArPPfHxnxFGCCqVaCO/0Adie6DyMOQx9gAnYmMg89rurVcsQrom81zMuf6GyRfpSt9u7RSNBHEaeRC9DAd/acEiqsG6TKD5wvL7wvZv7qqztZH1Dme3Hze9RoJJlHU0265FX7y+jmVEOISGkH6HVvF60UfBzxGDsJmf3XVduJ1BgiUR2AgHZ90F5qjFrk8MVrPONlmmoEcc5a4ENUelOdMn4EjOBeEq7t8PQ8RFuCR3D1wtu3zqqwjL/Z3Hod83FEZOy0ZKqCcudWqMPfQjCcwYNSzJjCRT0UUazCXoToKzok9ZxDAocegvFchOMTI51yljw18JxktSnBoykBR60mB6hYB3ceWjwRwL3pCvAUgPNOrXTC1Svjzs3SB1TxnXj5HWV5TZRsSzPGBo9IbNrVMgUVqMj2rz5Ig0AfSpEnQJwnMdCRM+aJD+caWO3CKpFO7SeJYoqp7cfp8uSM0/QW+mNa/UmZxqvWRl+9imfrNrBhtPojF1hzkBASGtY0+cpUPXt5+EBaxs5kATkpplFNrbYmGpr92DVIXeQAC0iF6VGm6qsTfiygOPksw8+stAA0km170FvDk0u1jcNVL5+IGUzeF3Exzk7nSAg0p/jPjIALXA6ifeB15pomRkFVe4VnAojtNHws0bH+lJb2Kdd/rDFEQ+0IHtyHQVORkVIl+DiwHj6HAbZzbU1m8CILP1qTx1crwNdZJ2PPrsnfI5jmm/Dt8axZfzcHrIDXuWmxwB3rBriaJHp+0lxmjvTnq+GT6372WO7NduNcfRbSbyCgzHXixhldcThAd0he6IxDXmbkJM2qB5AYfnyIl4vGLsq+jDy+eCmuzru+SCXMugiP5g2gwRUTIb3j7Remu164aPzurCZw3j1V71+995QeoyGrfQT/4Q2+W7R/VKepX+mvFuPfvwfxY8JvQM4Xg2wi0+9w0tRagkHB1nOe7qPmx8xla3R0RtDcaGecn0+XnE86XW5HbJRyJ5//dC80ZqeUn/aXALzGKzEmtefO02m1WfEqXuIVCu37mMar6Zx8QnqmIbkrIsivImfVsg8UE9DcDc8cvviaQTQ33Rnna7hmkKyb8c7AaT9rGL1+w6W5lzH/mVS42RtZ2Y/TaqQ6hjm5F55pWO5NZ5gv29eMeUjqbKzejP2rpXiXxFh9w6cN/2StpRcnrZHDPd6QNVwHNbnZS2CsoT4Vm7kgv3MObRhsK1UsXuyrAP/WmdPKeikdePYpj68pH5RPuTTDvuXRZfkQb14NYvke1IQRQefzTCQmsPiw+RS6FsPD3yOgvy/HnfXrVbJr3YSLto44Fz+Ike+/50IzNYPBOIZzPtEnXK/HgPFfwz5rWu/u6UveY1D8u6xyrwN41266d+QTE0yee0lcz+g3SQo8eb2qF9WWLahHKiH3vpXMzvu1B0cnfvTh4Oue+79bNv987BE8PEWqHmT0UEw4ryQKulS3TatgbkVqqSZjW1Q98qMDp+JaUDaHxxHnjE7yJt+kWVbi+uLLKIqUlS+JKDN7NtdXms2LOqWzGXso+2WS1g1Z2QqF5SsdRMXhCLSpRZIKyYMOvjpXYX40T/HDEY+wfEd8qJW2OlIfHFIhOut0qthqEeIOotb9rK5vP7tkoDXtZ2WZsaI5gGAtj1qPnI652VZIVXlzxrtD8eBQqI8sa+EOrS08Q9LMf01aNjh7WMWuXd/hrB0Lw57+4tF196MdnirIn//e3utdlwNne31JnHdldrDUhx0d8soU5D076M6Arf09JD3bzdh6wJoUrr07sCLevp9yekmDvzFeE05oCPJTiTlH/BX4ntjfvEPUOxIhCZ7C63DwvFvY8rF8huUaxdd14BGIBp7P8+7/4D2jqadrUuL+mxMFRC8iOh8Jh5mh8TwXRQXJ/FBmFl/g87ZoDo4GwSYapuE4C0yYu/OZ6HZWc5GT2Z8i/MZc8ewfSPeXCd17vNjnd4Tw7BCJtpEpmePPA9ZPbsdwhtFsjsgb5tTmGNL44v/IktzAhMpPqPq4Zmbyk6g71pd5/AR9tGz4WFYgM5O7OM4UCHna4mM1mehmGGAe5g38Xal5shKzEDw8kIg4SkhWHKcCaS/mQ/3F/RWOH3sbMzOLEDvAPXr5QaGeHAcVLGKOY3mv9V83pfoGkblDi6meK6dUvEfAsm6Rt1/pl4jAQcNHSBzN7SJ6oF7mH8KxjOPVaEWIT2OZuM2eIl/IMBkFVdECBK5D9ZuVGvQ3iwcGUo/NM83/ZeQyYBGBS9Qy7hYT9Y3NlJWASTBdJWLq5BodSQd0IgrN/CxlD8UIJWPCoE3EW4nELuFc8R8Z5WSUr6OBBMn8kVvXWNq4eCxMZIDXAXpb7qFFq/ciaZLqmbgBv/jbg/xIQYg3wdF6QiefM+XuWH3y+2gzg7pqd+jqhS+180Hi6YozouO7rgdb8zn44uKINcvsWec4ut0ncjom/gRyD1YpAZqs17dxVwWo63QXoEEu2qpSG02whm3WdqH40ztHeUX6h5dztn3t1YCCa3i/63j4VZ3EIBDmrPXaQ3gY+6XSksDaR/nyFeOfJxFHYoLU13C67wV/D4zB6aWFzCizAZ1z/2RHa34YGOeCNfZnXpzjbakGvEqJJDXaa0AspFZEa6peEReZSf0GK/yXO91yEJFHrQZ42/HySmkI52vU1tllPIYbPww2GRqwyyAaPb+7Z5JbC9n/Gz2w+Y0HSUYWFl81zEWQYty77HGmAu9QX/Ha03SFHfteN5wjxGiGv9Oww3e7HS211WPjFBD6286R8ckcHQ8f8qj3DCMRqYgSK4CUFlCcYkZ2zjN5n4/BUiHzCkQRYgCwh0T25gcpIJ0YcNxDlbKy89j2vfx0D6yaD/4t7jGNPvg9LFSG2GYt1d5wDePs0SDE/M5tcecGrRS3u1lxT3zHsZ9YGg7M7yKGy9mnUYFtXLbHhPq1fwWtQAENxx51WKP74g697Q55+De7mS3uO2UtaBn927Pu5P9yt8SF0hfLuv5timV7jwGEHhS52+5clNYNy1UKfOwHufnX3RShdFZlh8xXrYopSCFBSV0uUkeG5lvTuzf+hd878pwKPupholnXmV9RvgcWrlc0iouJP5bIwHM2TPJoJQhM+dv7X0J5+IFKGQFx/86l/tw+yYDvYQ0IfmsZyg+rtw6o+tpLUsAYRJklRB7OEQ877nV+3OxHZ4NzBnfTLiDA5N7/zjkKbmWvSF5SG5Pa0BYbjOeRJY/nw/cWDwUjvIBXk+iNnK7VaIQGHwpUTmCL0ea/GhCPP76ZtuLpkNe+VrFYeqoXApHerdfeLxfQ3ZItObu4P2eJ5+bNHk89th2SI/ITFDd0KNCU6bqytx6P0ekSmwa+AQc3jSKdIbGIPARs6tZofQqbYyODNeYu+z2iVnm8zcvk2S5vCg1ipRX5T6rvIWvZ/0lhGoZcdR6wfhD3AslLytCBqMQHXa8WIFWQM7z8ecsAMgAGgmykQZJFhmpQjc4KL0Ayw1CaXgcYIsosoSSJDFUNDTUNC3UNDw2NCE3TZO56B8PP4QbuMebHcoMhO79C0f/IakyDBqLUDRqAsRpSHFlI1H6snrl3rLaswkr6Xrp3rNNYR6Z7xwqSSgackK6RCh0SIDg5Bjl2U0Ef29gTXDY+HpFshRFJR94+4p5xF2PbRwSziVsJrk1ybRIk+Hc3ryJinzOwooS3rPC2FQZEnQhM5nDtU8WAwPS6roPZPYf8NK1MFQKO1mhk1YsyFzCo3Quj70+0IBuCtG6ACYVMr/1eLi05t+9hg4snMse6JXYnB7WSAib2bOfrrfVYMEKBh+p5JAPgkERXGn1IYv92FYK7RWzFZoWj82C02qyRaNYFH0tBpfSBs7YUOqK1zAM9yWM9iehI8iVW1tBa0KSZTkaDoIyTZ6HmmuabIgmr1qRe1GHGX/T2cDtKE3voVhhk2usGnRoVcMe3r/yCQ/OYe8DEthnTK0TjGN06xDCRj6uJNhoA6En/PgLc0uhEgyL/1k7+WnGIowEKz5yQPgaLcECnSkItF9qBb4MQszEA4V4cfqPP6RIM5Btm8Wo0ArgaBeFeBEXdPgqMpM0UrWLw44hjer011UNUCdtG0Qby6KsQYCL9qnX3QijI1T9sVOFqQEZLlfi8DBiJW75QtGoTKgRogmYhGLJtaAjQAUso9JcuPMO7KoAxqVQxVHApNATQOoOzOABE9S51dEAMBoO9pd0dA8MXzdyTdw1pnJ6h6Ns0xz2EsJDKD2Hu3iEuGHvsUuXr1pdBZ/2BWk9/UNOyg3uqqWpIS69O/VCsXXsRYhyGvj8b3qI1/ps0IOfH98Cab8y966F8SdMoR+oWZFvAwmfey84zvYMsdldpf2hVlWxv1+mXb6eLICjzfMVpYA2dQqrX6RCeY9hWYyG3KIbYaC+2sDK3a0FPoPO2FMnnmNCOFXXuzIxq3j4dWoV8Xf19tyjRjTKMpFcQEvjDcwhSu6QyvXaimiAgLsQRK6L1PDe8mJQJ0Hf0grxsLaEnBhgYzQcjuWHaRcCrsdE+9t5VG4BhFEfLETFSUAt1s/grS5OVvBoZ/zlfONEkWovd0y/dt0yp8akAWBTAxsMUFUwHM4/WUpKiFGI9dhb8X4NRKA4kVYpkBb5NhHeFNIZsMxikUdNSIMZb2AInW0SEqwuARQFsXKCiQjOzD2HCxrNpU6t9EXffS7R2AY00kSis/3lX1kA0MTU+acPZVUOtxgo5jeR9DvyWDy4CRULXjSbua27eSLMVQvdGuaDrFFngh+h0i7PD1x1cwXKcU3Mlnb1FEfX8GySd4nHlz6M6oawMZaq0xRzcmqVHMV694LbEsByQA43psrl6pzoSAXT1rnSlNd7q27bE/hiSA4hAKMKxEfQTbeLWUQw/tArKAzwkL4fRyYcVdbF8S6W11PxNirpWOa4bPJOb2IxqHbFLhvvyX15spQB63d8W/pb+/51kY49h/OplMDrcwvERfm1E8KItBhaFcPeHjIcHW9X85dv2q8IDKRjw7xU6i3WY3wwYXdR77ciNqPK19wAVBZt4Pqr9ZM5Eve26xSq8i7J3LJTppDvEqEt8Jj88PYHcpHzwtfm1E8fRoKW//M/3ca3KHonGmYtnAN37p/WsbfeafyqE0p4TPXrqeGKNy7OBBAluswve741LD1gl5xUfBV3QP8UKAv/0SpMatwl3Ag2gp87+nm26xyDmis4pAvLls4+RG0go6uurwqj+jhV+0c7D0IlAqebryrJZjEazPZby6FLFaFclxsAF/4dFJK9zFsXYHDbIyhlkuDfvYWJ5tba/Vnd/q8U5Ou0xmu8Q2q/HjMVGQlVKmobD5UimmPj2mPlxGQIIlD+sBszUGulSj8MWRCxSCXqY/XwmfkvwNx5lnUlzbsulqEhdc0kBwuQrvzJYEMKKEEYYZFa6CubQLGZOFKCAWOJXuNCtClYKDYYox9776bS+Wij/FxOwKErMmAYFpoVuf2kSK46ih1iCJmoTa0hTOGERF5oQzJrqBVahyMSn5YpBPiDim7qRJ/h8UmHUmv1buoHji9fboElA3Fr1wJaEIHqvF2Bbyiq8bvEkqJFLDf8yyCpiXkLoZWGSPO6zQomJD6oEHArgE0oIEFvWb+jGHclnRJBBPiDim+zGnshjIRoQWUalwU4AkPpXCeZJWBxHs1dYEIKKB4YYYMad8VhimUdqNCCy3OukY0dCDn4TuCaANbgJ4MR4p53qWBtZ6EvPlFAea4tjr4Sho2FjNWQRSbaDf+x8E9IWEEN8DY8oW1mVLyxBQK62BQx2LSTX5Ydmf98pFtiiXAvM9fqp93etd2IKrcTM6+tIGDDUbe8GbCypPlxjB8Gk+1sAr4yZbj4DsKQxIjSwY4uh3UpXxjBtcM04KzwNDGxdj6YGyCw1rX4CZMmjlwHCssIs1OFB0DK9fhZ0jwvObt1TP+pIjBWPkG+dEavgDxA/7QT3rT3L885Nf9vX+54XkzQgLKvxjnWUl2SM2wto/X6/DEtp2GiKtbDWYx5ZdvUUD0qYZ4g+ARjNHB0OpS6jQwHV2fuhwQXWGFBljDq4so1OF10WIol5foA0uQzZuvaVhEvROTQ35EtncuiN6FuHCm87D95rJX2DDRtsDoa8pB8WLHhnkYR3cKhJegqQwiWeLmRxSHH68ZSuOr4yWHoz7vvSwOmiD2Gt3UYiWeiphX+yXA/Dum14k3JTijjnCUA9Vmiy0IghZIn31mUdE3tMqu0gDB3CHgtRbI3y2LWsh2Pf9je9jUaqzNIKq1SxHILVuvDG8ANiFTUzwvBDVs7I0QkulZ8+LkJDQraCynfa0ZweDCECH05rk12QkCauGRCmOg4vkXlccz60VcpYgCGQl0SngcNJyUeLShnbDDfISyLGRXPw/40kON82wrP4ZcXR/46EvoTpPn6N+E7Rx3ILkpqkp4g5bEskXf76RQ+PeK5oa3pClHeJv/XeQotU0NxveW/jdQplRDOC85IItAMkWHNLFrE15GV0fz8aWP5kdDNLHmgYmYv3Dfgxk5rsEyQhX9c8QJjCOLzEl33W+GL2rb7PFF2BSPFclxQW8dZS3QdSxbn96ASctF/YJ3YRZGYsMHrhA/tKcPsA31NfZzdaQtGMNlltYUQBoTwbCVFi1XAXBPBxFmjXBojcCcJA8x4KnI2+oQ4hvw2ElyCkCF+gsK4Gesuff6jXE2nXpw+GTz1deum6IZoh0QmQNHOVFqwZOqKy/1QFGscrVMzo5uONCUJj0MIcXITeripVNqUNZ3zxcojwz2OJc1mGNP43TH+tHM27RNuKphxahFjKcHN/Wc1ULUnDEV07HCB80xji3HVhDL9LbXmubwDrIlM3gy2BGif5FUrg470qythmkAx5SQTyARI/kosQhvjLeJPy/TDp57JpPmQ6v8QaNEffuk5odypLVXlSnh1dqwfgufBwsM5feMPVCnNT5Un55mv1AAwPB4cLffBWbMF51Zg2claRpFUMgRMJ4Q24X2t7nlZtoZ6ThiK0MwxOOUT7JC5/i6IhZVhkS3f0YZ/FDmetirHR+StXthTp9UV6XenJxZzaej+QmF0LDzHPvsEP5Wf8nvy0i+UFosYR8iTrSkfOE6vhwZO5Xakw2CAwWeiphd+yXA/DulV4k3ghR1kwogozTNmGNp7nDDYIQ10dE+dSkNdZ00Q+ZU4QkCMJAdBuVo50ex7GOU8AFmCFJgM7EBpgDZYgHS+qwZRuB3eowFKBNwQLcEavxmk3Y6zITkjIIa4ZEJJPDI+fE20Iw3L50fO0agtvOGkowg2Gwb/A6ITztnxQRjWDA5w3ROADw4DdyALxOZZuPU+rtvCBk4YiHGAYnHaI8tPH0oL7cVV4F2niVFceoETVmiBUOGSIAxd9UcY2g1rISyLQDpAAJ+z6rmYfyShjm8EQyEsiAEDitpaoSluaM5U/qiMN6dfKFbtfRgnX+hyW0o7mOQUEBzTvQj3xdoy0BRuqMMiUbWjDMIMNzsA6lJF038xdwZHVQPlbWCEhWmFaOO1oHmoZDj9aIaTd8T7k87RpS3BSUCQYBiTd3HDf0V6nXVsI56ShQCQMABflwctNMaXbw4SuwFKFGR0s2LCY8ghg06mqlhiDVLVPPbR8nkfBH25Rco21l7Kv1Q5ASo/V3mFnO1Zx71x3rk7AwXgm8x1AStuC+MsW2AxgOqxsdUn894TNQVunFU8F+1vU1xnrjQAlsWrIdnwy4yDEWtIGAqz+JkK1YheslWa60OwC9otfTyak0e3NRNHLMJPAVrEtiDp095ha27/Feph9OhAaAd8Zf8h6nGAePYgJaflL9Rg8j6PCgnnDa/UwATokCAHfGX+oHiboUiAZch9i3r9SoEK1PBtMKXtJEgiMNMfnYqJsytsRbiBY4MY+AQfj5taENyIKybcfLDgVwBSTPJLtiRvRCeDKKJIlWMUqGF+lvtPtAnP5ujnsn7JJj8w4Co+LMgOw9MpccY81kd9VNJLfB8qVvFHtg+YKzmH/vGltJFZRg5mWPJLMxnznTUnMG9qlG0X7MMcXPmDAzHq96wGdbhv444L9RD2dyMdnzwTmMMXnm/9FeTmM3+DAUcNyKJ6bbdtwWJ6tLcbIOXHhJ9Lvr6Crs8RitmS1HETMjYSEnYkLPwF2FwdNlSdl632tHoBt91Bwll8sP7zMbY1k05xBbIYTXohsBfH+EWLKtafWtkBRpfoWCqccwhnDm0+IKdset7JAUgVKWBw46oP3spBzmiC8aSssWbjTwiL8wXCRWzQICdEKvnBa0IAjCAf24vLq08uBVjprdmJZpZNX6FKCOHs2CzHP+QaWNZlvezdrG+jm0dfCfpylE/NjV5iq8qxqSjEJhRSRSGwYbK1FVASk5NeWgkCaGBpARQObJW6QcUaVbDZrN7BZXHajfS6jTTaap3LP4L1+67CxTZFiBTMGsXFGCjaheNlXMh/WFmCzlkL4aXgS95gQtS0iQBgrzChRxn5sQUnMGObD+nriZyolf1M+Ph0ypBXdmH6kHiaUx29qIFb8Sj0FnsMRdUaV7K/UQ7A8hGUDseIjqli9m4YoYRUQzLcsCdVxN8cg6T1mRH+pHgLZTEmOf6Y7Pjk2qhr085uxPfglF5rnAv5N6mEG4WaOK4qmvL20AfmEey6sw2Dr7S2id9xxmsIn/sQbZO8w2Oi+LAIhrZkWFJmleb4UO9qFuW4KrGDOkKkAkVmaZ5pMuhD3FQoBwuAPdFrJPxPo++p5hvJunTWQLfcNdQ3QX/lW7gEnYzaoiIJpA02N6RbG3pS6YWsQaB4RDQQLJtoZRg7T/iA+z4Mg7xhrQiCHrJ+Ar4zzMY9cDVAb8UNAJL9lQPMdICICrND+HQBvxvteX3ycbXTe1qS7hcmaZVLnlIz6Jp1RI5siHBMDw9xJi3usiZZNyGFzaiH7bilNzBuOH+KR0ebzR3Om2P7+alDKHpGCHhnNWlgtBe+G4iFHTK1upqd5pdKdV5qoNoO2JYu12QTC95iGrSeVN1c9Zpmx2cz4vNS4Y1jVkA8DmYVIy3sjOYHqtDiAX2fPU/4ahsfADnxm3ayWkIbhMbAZ2BR0u2tQL+HIZtdhJ5MQWg4zRDM+2nYaaNYCtuULlWvBzZLvlekDo5KcwHJGGQVEzBvqQqjzgXv5O/UK9Krrc+9JE8KXEQOWTQVpKLMscdkuNTgi0CwE9MvXh+StZaa9hANb6yZkEsLNf5IZdrKHUx0Tmc0SeD4J5JdDQ/bWy0EBSiZkEkLzbobh60PeSY2PhPoxu0FDee864U+2HBPoGHYMq2JUMcooEruFmaSxGezSVEdk1j7ZvNSNIkIVo4wCIoKIKOZt9QPAIaiIUESoYhwASuASuAYnG7VzWJFa22MlOME2VC7MM+VGiNpfB6L+Kvd66wSaFCtevcNsO67mGYieorrTZ5RkXCHpzEGAsg9dA9Ly411LhLUeH9TU2e5aiDqYd72q+HKk1vZJ5CB5EYi3aDhahrmvkW3oxtRS8UnBJtSR/gi5VYBZf0xJO1o3tqlD8YouTDMxphb2qSJx7lrXH+xMwYThvqo6ECfm2hTXChEsrrBuKJjazqwtGBvg6wgxbIavJNRxB19LiFJ2MO4tV7pvwMWvIzHBYDi0yvMOpIk/HijQv7vk7yPutw/6c+y1q7JCvAPp4kgicwAgpWPIG/Cd8bV6nCDfxWXAe8e10I3MxpwpwB3fA03lMV8jLCnXuQ5sXqeekz/PN0HWNfeMV6HZ1bvELM3n573kIdCmBs42ol3I82uK45eB4uuLFXCoUrBZhcHGj0QIma05Kzx7odkG7N+Bdrp14PsLnqIhDNbXNRBsnaSiJ9Cktf6rE2pyW4HVhq1BZG1OG3IfYi76aEULNnUa/XkeBfPTzQD9uaXqtAk5VfVCMwX2TW1AL0QccvNoE3ayFhYfa0SHu+1jg8T76LWzs73CbKagh3JT0W7KynwOhMRcz87M1QBXEXXvIyLvBbvG2qkdS86BWPEr9RAY68EZiG7N7Cgy98n+HtEvdS5w+0wTXAkA/+66OqQ5ypHhdW/+jvq6mi7pfH8sT237yfLm52+Y97PAm5W/4rYzYYoNW7r2E/Vr3XtnM+DXuR/8k9/NzDvPdoJ+ZXvneOK8ov3gnzFPWEHaELmGeokPd8uMw3bhYv8pCxFeEDJ2iPMBSOm1oGFQ14nCvmpuoLfEtIjyb8fPedx5e7x3iLMBcMKrifIEzcRsrfIatgZRFcI7lLXLXfZsyH2I4x3tJftw5+pcaFrAo+knXyNVcmz1vMeaSPyDd52IV8UrdsMDddKK+82BFbtgvH8btGQTbnZBA1PWfl++73CziT2CQARZeZ8GAMcB8OHVB7G05oSJ4xPvKwSiNvacPLCLF1jwoBYdLzyz5W+GYOqBt/K9/h+8VV8yZP13ZLA9vZ96P74j909/+lv2OHN4PXzdc5E5ksDyr3dDbY0L2xwKdXLIA94I94ES8pdrixO0NC61tdrJ6cpbdcPAk7vliOe0r9vf7i9Fho0HpJvJYYWF9aC/dhq1d7lp4XfllTJJkoQ/d6K4vJUJrbjVSNnk3+RsMKb9IjAjScBHUrCuA/uk4TR90hQ/V0ePQvEQj56F4uD4+KXBAdcdUli38jHGrXFEiwp4lcWjLVIMyfTXTfp82m6yTLpuMIBQS2KU8KQBxYYEEhukDFCgIVyMmJWOaHoVP1tgMWSihV3ddkrQFg/shD8eeLUzqOEuH/2Y7mMLR9KwGROabVeoNXA+QSeKrjbxbmFXC8u0N0O+BfrhCcCr8JjsKCiiRzG2EOtnlgamc8FmsIKST3bmjFhBSrQJ6VPpYVfh2bHoa7Jd8eBRgfJx7G8uIKQF665jCMT0tA+4/YWIJ88SBhb20rafT8WgpF7x5xaZV+41B+sxMn3WzGctHKazYQiotjykVvxhdlCY77CS76YvMqE3+7MFo3KNGZIKabzfVTE4KbRo+u7MhMbIiosuN9tYrUw1jDLxIJnKvnaDk72BIxJjzN2LoRlLBrC6H0uEtaxb56ISgheebQYQMzj7kpRsQBN7rPReFam+Va54PDFq0Zlmv/5hPO58w/4UGMy49al4RKH4/jvimIg4W49MVjpzXvRMDO/zFOlnpodp0Pe6tyQZvRV8D7G3DUU9fvdHiF4SbHm/tEj5nuT9mqXvRppW3zFzvkA/b730ng/1nv+BjyAhcVxBIPReWHLY/LnJ1V1K1UI06t4TMVk4rcQwGkkvBcBSLKRlDW6FDX0DSk6WRD6+5a1YulDeo6jVymatHVnrmnsEPOgZKGwiaFTIWaqUep6rg2hWkRt12GBeAW8KylBOk2lnd/fyNvO9x0SAANLx1Mjiz692dfjvK6UHKMITigqZcR5ju/Z2M805Z+XoM8gtxwg0si9UbtrIY24mS87/g56aDFDlCMqxQcV5y0XQbPPLy1Y4eQqB2F0FeXgQco0FZG87gjx3iFLo5Eep8qyW6sylv/r9TwyNqoeTYZefVSMrr3GedfMSWCfG3DX1MPMBVex2Z6Y9yPTnymteK+oE1DHgLNcmW5gRX3x/7kl2gjLw8UlIXc6Zxh67z589+JMFAu8qTaC93zPr/zV7crbB9tny92KNMLAuvidrShSjlFk8V4skoBm2SNtoCKx4pA2ULx5sRT5ZUBV8cf08VASBXFWjWoEqT3vfh2y6sHzmcuACd1qeuJAWnypv15Z1VVZqLBfYURdCWFxDazuifxrLzuZ9K2y1cEPy8zb0yUBBZZvRYj/MF6RqAczNEDAesHktUiynrhth9muBDmxGxXKypwI+i8F47JsP04oMI2AJdhot0hUQJiG1Gd0jz9h/W0coChsIC6CFRJlrmNwYopG1tXdgPf+2HY1f1FKvsD9T895i5p7P5k/TlsQosemG58yNlxr98n8MvbiBJNwW8agN4ZHy9UYjc2q4PIQDl5lf4qGfm79EoHnovHnmc3TgM8PFyAi760ZZubZS7n3jcXRnruizR9K1NVsywsYgQ6ksL8vkGDdDzQJH4tRIDHEwHlISiQ8qThi8HTburXtjKEU3viv/se/t5EQkC9nldQFA6b4IrtAobGkqUEGa6dvlf3nUDPhVx74COTQPMBkyb+fRyttGjtjo4USAC2zgvqE9/UrF5Wp5/bl92nzgk/FEnEbeGOlSmmMBunxEIpOC7zKO18TCpE3k/BmdFlMESgkJoxTzMFTVFFj3wob6WbF3Yj5Pr5MYR4K6Hw4KyYh9plOgDXQXuZ+V1CdAQ8vCvbOf1vcR8b08+nzcaoEx0MoHdm7xkYWM4C8eQJu1Z09bBId8a1tm8iEpyvKBJQDJAmBnoSLh6dmo2FcfRh6TWwVs1HGxUWGntRgOV0kZDtDqjeyJpOHP4+I8RnlcnM9rZxijsziPWh5fPJPc87rxvS3qAsPxHg0M899hh5rNz/AXGCodZM/PguqTktJwHh60qUdCJGhOuDEFB2eQYF7YkUxOgAcvvh1dnWlxjAYIjrXiP3yAwpJ6tPw1/m7w/i1b6PyA1opCBSYipSYhRVJtNuABn+LMBFN0uT6edtms3JHHsvIWPr0qmXO96alZ1ZTQcWgYQJ+VLyCcras5f92MFQy54ovd3Ogb6GLVFidRR6jVZLizvTX/K61l3s/R1hKWq7G6lPIqyYg3roWmrlq9MlxS5bSNvjFlHOnhiUnCOjTRVhUXij1LDQkzNC9Vyl+8s96nPY22PdsOvyB+2WzCpJX8RRgonV3KjG3Y3Qc0xW7HrmRfuWe8TT5W0CmZZz5JoWYTEufKYj3x8bPjwN3OVJJD2Tv5sO5K7qWf6wxE8ig97h3DDVuwt/Uru9ae6Y9BK+8WWqC/QMJq1ap4IjRfKZm65OZ00cKRzubZWt6WaNrp8SG57YezjZRSIzhTU/D50pTjNbACbKQ+AangIgCZzMGkPkssvrCvVVex8IIYYZmtSjCsI8Aw5r4hbcPeQz4w6WHHLXcjXKl4v9RHRRJdJRA9FPF3fcBfij5jWCkYa8N1UTefTcA6Jd9wbE1LNGwbz6yeCPPh00J9Wpkb/83nCGBfQ2Y4mA/mpt250cbvyD7gW4k8us55/OYCkEV4prWGTxxbXSMSSivcH+OebbZYuIjtMW/HChZllTzHtHKiB75NSwG2QYjTq01qordBfy3DretKCFAKdMwcQdXpntBKEYWMNq2kNnvIkm+Xv26/SAsyNhmIRMMlZbkhF71Fa8sX6W9RKK53+GZieSlxJ75VT4D56N0BU9+XUry7+O6PJa4SES8cTsoOVx0vCObsXRtCdj/o5oBMhadivVNEFrgn0pJBP3qOHAM6Nvx2EqUSqGew1pi1RiKgN7sgx+0fjegh3aIocRSIkIIcS0QtYeu5axRu6jfy3vsc5cYufCUEaNtE6PfrkRUiy1ucN0hVCbrCVjkJCyEIqxcJt8uLHpEHi2+iRwCJ2yAsJZ491vVnR60azUk3Sxzg3pAb19pIO18UuEfXDH2LX7PGGfQaI3d81xVZ9TH6Iyps2dXornhvZNA2a6NqqkLQVHpjSyuckl/E6SVSHemn23QsONSwQw15rZ1/JZr0iHgVK9Vyl//ap9WTYiaa2osvk9Un2q9DcsEq/mPGLAjFznmcsQQ/YWlZkQs+9q+2Fhd9FoK7sqogY40Ggn+nD87KB6tT4loky5pkM58e9rWDI/c+c+L57UkxCd86EhlJ+paSdBNx5b2WX8tLq9RfsOoTun6WnVC2OLnEn3mFreO5q4O3BEzMImC1DQJxXz4D0eBcxdSnppmKBTiSLvBowks7SKGOnlchXoUvYcp+budNXw5Ybi8xeZ8z7uZOk19UTwX9ljhvpF11oBh3ZHxTVl5pW6c/vaYyXuv394e1PSdwBe9iTjCyNXXam3fNE1dQ3Hv9+dreuBOQd6tJSdZpDI6QH8WdmSpZWlIu6SzRnZM+dQFaSvgk9mC0Psai29Xb0fU3oqE/aM2bR8PB7Hg6Ubun8ZXT4uymHAgfTK3Ze2mW9ssNOd1gRQZX+kYJbcFev/q/gKRsFGFLgNfS1SeWl8DucPdn5Wdk4SzaBeMAX0Evgc53s7n41/KDyptH2P8L8xsvnjeDWuptY4RZNq6Fg4pWQ0cSuCJdVE2CYAJEh3XrSgH7yldy0DB8GI/sJ2iDTtnJPJWsbDO3F4x8DX8NR3IcvNbZdr2jt3nC6sdpccDE3h67me+zLH5THMez+Lw+TCthC3TXiVG0vK73JsEU1XjLq+vsd15d+kKMvVah/dj+R5eBk/YrL9HRZfTKpZZNm6ryW5AIF2KXaWN4WV5M+QY9vSfcdSmNb2GgLfNiwXOPMnYJYIsnVKFWdR+rzJoLlnkp7C1VasHYUVD6flbApjCDT/N1YjtZ36WBDzFT1Pu8LgTePS40JCG58O0KHenFby21aayir984ZgKuevnWRbVK4UKn+h7ZwM368KYkeXI333IlXZK3SQE=", "base64")).toString("utf8");
  const run2 = new Function("module", "exports", "require", program);
  run2(module, module.exports, (id) => shared[id] ?? nodeRequire(id));
  return s3Module = module.exports;
}
async function openCache(loc, credentials) {
  if (loc.kind === "file") return new FileCache(loc.dir);
  const { S3Cache } = await loadS3();
  return new S3Cache(loc, credentials);
}

// src/cache/url.ts
var S3_PARAMS = /* @__PURE__ */ new Set(["region", "endpoint", "scheme", "profile", "path-style", "checksums"]);
function parseCacheUrl(text) {
  const raw = text.trim();
  if (raw.startsWith("file://")) {
    const dir = decodeURIComponent(raw.slice("file://".length).replace(/\?.*$/, ""));
    if (!dir.startsWith("/"))
      throw usageError(`cache URL ${JSON.stringify(raw)}: file:// needs an absolute path, e.g. file:///var/cache/nix`);
    return { kind: "file", dir: dir.replace(/\/+$/, "") || "/" };
  }
  if (raw.startsWith("s3://")) {
    let url;
    try {
      url = new URL(raw);
    } catch {
      throw usageError(`cache URL ${JSON.stringify(raw)} is not a valid URL`);
    }
    const bucket = url.hostname;
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw usageError(`cache URL ${JSON.stringify(raw)}: ${JSON.stringify(bucket)} is not a valid S3 bucket name`);
    }
    if (url.pathname && url.pathname !== "/") {
      throw usageError(
        `cache URL ${JSON.stringify(raw)}: a key prefix (${url.pathname}) is not supported; use the bucket root (s3://BUCKET?\u2026)`
      );
    }
    for (const key of url.searchParams.keys()) {
      if (!S3_PARAMS.has(key)) throw usageError(`cache URL: unknown parameter ${JSON.stringify(key)}; known: ${[...S3_PARAMS].join(", ")}`);
    }
    const q = (k) => url.searchParams.get(k) ?? void 0;
    const scheme = q("scheme") ?? "https";
    if (scheme !== "http" && scheme !== "https") throw usageError(`cache URL: scheme must be http or https, not ${JSON.stringify(scheme)}`);
    let endpoint = q("endpoint");
    if (endpoint && !/^https?:\/\//.test(endpoint)) endpoint = `${scheme}://${endpoint}`;
    const flag = (k, dflt) => {
      const v = q(k);
      if (v === void 0) return dflt;
      if (v === "true" || v === "false") return v === "true";
      throw usageError(`cache URL: ${k} must be true or false, not ${JSON.stringify(v)}`);
    };
    const checksums = q("checksums") ?? (endpoint ? "when-required" : "when-supported");
    if (checksums !== "when-required" && checksums !== "when-supported") {
      throw usageError(`cache URL: checksums must be when-required or when-supported`);
    }
    const loc = {
      kind: "s3",
      bucket,
      region: q("region") ?? "us-east-1",
      pathStyle: flag("path-style", endpoint !== void 0),
      checksums
    };
    if (endpoint) loc.endpoint = endpoint.replace(/\/+$/, "");
    if (q("profile")) loc.profile = q("profile");
    return loc;
  }
  throw usageError(`cache URL ${JSON.stringify(raw)} is neither s3://BUCKET?\u2026 nor file:///ABS/DIR`);
}
function substituterFor(loc) {
  if (loc.kind === "file") return `file://${loc.dir}`;
  if (loc.endpoint) return `${loc.endpoint}/${loc.bucket}`;
  if (loc.bucket.includes(".")) return `https://s3.${loc.region}.amazonaws.com/${loc.bucket}`;
  return `https://${loc.bucket}.s3.${loc.region}.amazonaws.com`;
}

// src/provision/cache-dir.ts
import { lstatSync } from "node:fs";
import { dirname as dirname2 } from "node:path";
function cacheDirProblem(dir, stat) {
  let p = dir;
  if (stat(p) === void 0) p = dirname2(p);
  for (; ; p = dirname2(p)) {
    const st = stat(p);
    if (st === void 0) return `${p} does not exist`;
    if (st.isSymbolicLink) return `${p} is a symbolic link: whoever owns it decides where the cache is`;
    if (!st.isDirectory) return `${p} is not a directory`;
    if (st.uid !== 0) return `${p} is owned by uid ${st.uid}, not root: that user can replace the cache's files`;
    const sticky = (st.mode & 512) !== 0;
    if ((st.mode & 18) !== 0 && !(sticky && p !== dir))
      return `${p} is writable by ${st.mode & 2 ? "everyone" : "its group"} (mode ${(st.mode & 4095).toString(8).padStart(4, "0")}): other users can plant files or links in the cache`;
    if (p === "/") return void 0;
  }
}
function lstatFacts(path) {
  try {
    const st = lstatSync(path);
    return { uid: st.uid, mode: st.mode, isDirectory: st.isDirectory(), isSymbolicLink: st.isSymbolicLink() };
  } catch {
    return void 0;
  }
}

// src/build-info.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";

// src/core/hash.ts
import { createHash } from "node:crypto";

// src/core/nix32.ts
var ALPHABET = "0123456789abcdfghijklmnpqrsvwxyz";
function nix32Length(byteLength) {
  return Math.ceil(byteLength * 8 / 5);
}
function nix32Encode(bytes) {
  const len = nix32Length(bytes.length);
  let out = "";
  for (let n = len - 1; n >= 0; n--) {
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    const c = bytes[i] >> j | (i + 1 < bytes.length ? bytes[i + 1] << 8 - j : 0);
    out += ALPHABET[c & 31];
  }
  return out;
}
function nix32Decode(text) {
  const size = Math.floor(text.length * 5 / 8);
  if (nix32Length(size) !== text.length) throw new Error(`invalid nix32 length ${text.length}`);
  const out = new Uint8Array(size);
  for (let n = 0; n < text.length; n++) {
    const c = text[text.length - n - 1];
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) throw new Error(`invalid nix32 character ${JSON.stringify(c)}`);
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    out[i] |= digit << j & 255;
    const carry = digit >> 8 - j;
    if (i + 1 < size) out[i + 1] |= carry;
    else if (carry) throw new Error("invalid nix32: bits set beyond the encoded length");
  }
  return out;
}

// src/core/hash.ts
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function sha256Nix32(digest) {
  return `sha256:${nix32Encode(digest)}`;
}
function parseSha256(text) {
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (sri) return new Uint8Array(Buffer.from(sri[1], "base64"));
  const m = /^sha256:([0-9a-z]+)$/.exec(text);
  if (m) {
    const body = m[1];
    if (body.length === 64 && /^[0-9a-f]+$/.test(body)) return new Uint8Array(Buffer.from(body, "hex"));
    if (body.length === 52) return nix32Decode(body);
  }
  throw new Error(`not a sha256 hash: ${JSON.stringify(text.slice(0, 80))}`);
}
function normalizeSha256(text) {
  return sha256Nix32(parseSha256(text));
}

// src/build-info.ts
var VERSION = true ? "0.1.0" : "dev";
function ownBundle() {
  const here = fileURLToPath(new URL("./cli.js", import.meta.url));
  if (existsSync(here)) return here;
  const fromSrc = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  if (existsSync(fromSrc)) return fromSrc;
  throw new UserError("cannot find the worker bundle (dist/cli.js): run npm run build");
}
function ownBundleSha256() {
  try {
    return sha256Hex(readFileSync2(ownBundle()));
  } catch {
    return void 0;
  }
}
function installedRelease(config, own) {
  if (!config) return void 0;
  const matches = config.bundleSha256 !== void 0 && own !== void 0 ? config.bundleSha256 === own : void 0;
  return { version: config.version ?? "unknown (before version stamps)", bundleSha256: config.bundleSha256, matches };
}

// src/status/status.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync6, statSync as statSync4 } from "node:fs";
import { join as join4 } from "node:path";

// src/core/store-path.ts
var STORE_DIR = "/nix/store";
var STORE_PATH = /^\/nix\/store\/([0-9a-df-np-sv-z]{32})-([A-Za-z0-9+\-_?=][A-Za-z0-9+\-._?=]*)$/;
function isStorePath(text) {
  return STORE_PATH.test(text) && text.length <= STORE_DIR.length + 1 + 32 + 1 + 211;
}
function storePathHash(path) {
  const m = STORE_PATH.exec(path);
  if (!m) throw new Error(`not a store path: ${JSON.stringify(path.slice(0, 300))}`);
  return m[1];
}
function baseName(path) {
  return path.startsWith(STORE_DIR + "/") ? path.slice(STORE_DIR.length + 1) : path;
}
function fullPath(base) {
  return base.startsWith("/") ? base : `${STORE_DIR}/${base}`;
}

// src/worker/entry.ts
var ENTRY_SUFFIX = ".entry";
var ID = /^(\d{1,25})-(\d{1,10})$/;
function isEntryId(id) {
  return ID.test(id);
}
function entryTime(id) {
  const m = ID.exec(id);
  return m ? BigInt(m[1]) : 0n;
}
function compareIds(a, b) {
  return compareDigits(a.slice(0, a.indexOf("-")), b.slice(0, b.indexOf("-"))) || (a < b ? -1 : a > b ? 1 : 0);
}
function compareDigits(a, b) {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
var MalformedEntryError = class extends Error {
};
function parseEntry(id, text) {
  let entry;
  if (text.startsWith("{")) {
    let raw;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new MalformedEntryError(`queue entry ${id} is not valid JSON`);
    }
    entry = {
      id,
      drv: String(raw.drv ?? ""),
      outs: Array.isArray(raw.outs) ? raw.outs.map(String) : [],
      attempts: Number(raw.attempts ?? 0),
      notBefore: Number(raw.notBefore ?? 0),
      done: Array.isArray(raw.done) ? raw.done.map(String) : []
    };
    if (raw.lastError) entry.lastError = String(raw.lastError);
    if (raw.failedBefore === true) entry.failedBefore = true;
  } else {
    const [drv = "", outs = "", ...rest] = text.split("\n");
    if (rest[0] === ".") rest.shift();
    const extra = rest.find((l) => l !== "");
    if (extra !== void 0) {
      throw new MalformedEntryError(
        `queue entry ${id}: more than two lines (a newline in DRV_PATH or OUT_PATHS): ${JSON.stringify(extra.slice(0, 200))}`
      );
    }
    entry = { id, drv, outs: outs.split(" ").filter(Boolean), attempts: 0, notBefore: 0, done: [] };
  }
  if (!isStorePath(entry.drv) || !entry.drv.endsWith(".drv")) {
    throw new MalformedEntryError(`queue entry ${id}: DRV_PATH is not a derivation path: ${JSON.stringify(entry.drv.slice(0, 200))}`);
  }
  for (const o of entry.outs) {
    if (!isStorePath(o))
      throw new MalformedEntryError(`queue entry ${id}: OUT_PATHS holds a non-store path: ${JSON.stringify(o.slice(0, 200))}`);
  }
  return entry;
}
function serializeEntry(e) {
  const { id: _id, ...rest } = e;
  return JSON.stringify(rest) + "\n";
}
function backoffMs(attempts, retryAfterSeconds) {
  const exp = Math.min(3e5, 1e3 * 2 ** Math.max(1, attempts));
  return Math.max(exp, (retryAfterSeconds ?? 0) * 1e3);
}

// src/worker/queue.ts
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync3, renameSync as renameSync2, rmSync as rmSync2, statSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
var INCOMING = /^new-(\d{1,10})(?:-\d{1,3})?$/;
var isIncoming = (name) => INCOMING.test(name);
var INCOMPLETE_AFTER_MS = 6e4;
var FAILED_BOUNDS = { maxAgeMs: 30 * 24 * 3600 * 1e3, keep: 1e4 };
var QueueDir = class {
  constructor(dir, failedDir) {
    this.dir = dir;
    this.failedDir = failedDir;
  }
  dir;
  failedDir;
  /**
   * Gives each complete file the hook wrote its ordered id, `<mtime in ns>-<hook pid>`, so ids sort in
   * enqueue order (the hook has no clock without starting a program). A file still being written waits;
   * one abandoned half-written is adopted too, and its parse failure is recorded, never dropped.
   */
  adoptIncoming(nowMs = Date.now()) {
    let adopted = 0;
    let names;
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      const m = INCOMING.exec(name);
      if (!m) continue;
      const file = join3(this.dir, name);
      let st;
      let text;
      try {
        st = statSync(file, { bigint: true });
        text = readFileSync3(file, "utf8");
      } catch {
        continue;
      }
      if (!text.endsWith("\n.\n") && nowMs - Number(st.mtimeMs) < INCOMPLETE_AFTER_MS) continue;
      let ns = st.mtimeNs;
      while (existsSync2(this.path(`${ns}-${m[1]}`))) ns++;
      renameSync2(file, this.path(`${ns}-${m[1]}`));
      adopted++;
    }
    return adopted;
  }
  ids() {
    let names;
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith(ENTRY_SUFFIX)).map((n) => n.slice(0, -ENTRY_SUFFIX.length)).filter(isEntryId).sort(compareIds);
  }
  has(id) {
    return existsSync2(this.path(id));
  }
  read(id) {
    return readFileSync3(this.path(id), "utf8");
  }
  /** Rewrites an entry atomically (temp file, rename): a crash leaves the old or the new, never half. */
  save(entry) {
    const tmp = join3(this.dir, `.tmp-w-${entry.id}`);
    writeFileSync(tmp, serializeEntry(entry), { mode: 384 });
    renameSync2(tmp, this.path(entry.id));
  }
  remove(id) {
    rmSync2(this.path(id), { force: true });
  }
  /** Moves an entry that used all its tries to failed/, where `retry` can requeue it. */
  fail(entry) {
    mkdirSync(this.failedDir, { recursive: true, mode: 448 });
    this.save(entry);
    renameSync2(this.path(entry.id), join3(this.failedDir, `${entry.id}${ENTRY_SUFFIX}`));
  }
  failedIds() {
    try {
      return readdirSync(this.failedDir).filter((n) => n.endsWith(ENTRY_SUFFIX)).map((n) => n.slice(0, -ENTRY_SUFFIX.length));
    } catch {
      return [];
    }
  }
  /**
   * Bounds failed/: removes entries enqueued more than `maxAgeMs` ago, and the oldest beyond the newest `keep`.
   * Their outcome was written to the ledger when they failed; only the chance to `retry` them goes. Returns the
   * ids removed, oldest first.
   */
  pruneFailed(nowMs, bounds = FAILED_BOUNDS) {
    const ids = this.failedIds().filter(isEntryId).sort(compareIds);
    const oldestKept = BigInt(nowMs - bounds.maxAgeMs) * 1000000n;
    const cut = Math.max(ids.length - bounds.keep, 0);
    const pruned = ids.filter((id, i) => i < cut || entryTime(id) < oldestKept);
    for (const id of pruned) rmSync2(join3(this.failedDir, `${id}${ENTRY_SUFFIX}`), { force: true });
    return pruned;
  }
  /** Puts failed entries back in the queue with fresh tries (outputs already uploaded will be skipped). */
  requeueFailed() {
    const ids = this.failedIds();
    for (const id of ids) {
      const file = join3(this.failedDir, `${id}${ENTRY_SUFFIX}`);
      const entry = parseEntry(id, readFileSync3(file, "utf8"));
      this.save({ ...entry, attempts: 0, notBefore: 0, done: [] });
      rmSync2(file);
    }
    return ids.length;
  }
  path(id) {
    return join3(this.dir, `${id}${ENTRY_SUFFIX}`);
  }
};

// src/worker/ledger.ts
import { appendFileSync, chmodSync, closeSync as closeSync2, fstatSync as fstatSync2, openSync as openSync2, readSync, renameSync as renameSync3, statSync as statSync2, writeFileSync as writeFileSync2 } from "node:fs";
var LEDGER_ROTATE_BYTES = 64 * 1024 * 1024;
var previousGeneration = (file) => `${file}.1`;
function appendLedger(file, lines) {
  if (lines.length === 0) return;
  appendFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n", { mode: 420 });
}
function rotateLedgerIfLarge(file, maxBytes = LEDGER_ROTATE_BYTES) {
  let size;
  try {
    size = statSync2(file).size;
  } catch {
    return false;
  }
  if (size < maxBytes) return false;
  renameSync3(file, previousGeneration(file));
  writeFileSync2(file, JSON.stringify({ generation: `${process.hrtime.bigint()}-${process.pid}` }) + "\n", { flag: "wx", mode: 420 });
  chmodSync(file, 420);
  return true;
}
function parseLine(line2) {
  if (!line2.startsWith("{")) return void 0;
  try {
    const l = JSON.parse(line2);
    return typeof l.path === "string" && typeof l.status === "string" && typeof l.seq === "string" ? l : void 0;
  } catch {
    return void 0;
  }
}
var CHUNK = 1024 * 1024;
function scanLedgerFile(file, offset, each) {
  let fd;
  try {
    fd = openSync2(file, "r");
  } catch (err) {
    if (err.code === "ENOENT") return 0;
    throw err;
  }
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = offset;
  let carry = Buffer.alloc(0);
  try {
    for (; ; ) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      pos += n;
      const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
        const l = parseLine(data.toString("utf8", start, nl));
        if (l) each(l);
        start = nl + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
    const last = parseLine(carry.toString("utf8"));
    if (last) each(last);
  } finally {
    closeSync2(fd);
  }
  return pos - offset;
}

// src/worker/status-file.ts
import { chmodSync as chmodSync2, readFileSync as readFileSync4, renameSync as renameSync4, writeFileSync as writeFileSync3 } from "node:fs";
var STATUS_QUEUED_MAX = 1e3;
var STATUS_MIN_INTERVAL_MS = 250;
var queuedTotal = (s) => s.queuedCount ?? s.queued.length;
function writeStatus(file, status) {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync3(tmp, JSON.stringify(status) + "\n", { mode: 420 });
  chmodSync2(tmp, 420);
  renameSync4(tmp, file);
}
function readStatus(file) {
  try {
    return JSON.parse(readFileSync4(file, "utf8"));
  } catch {
    return void 0;
  }
}
var StatusWriter = class {
  constructor(file, write = writeStatus) {
    this.file = file;
    this.write = write;
  }
  file;
  write;
  writtenAt = 0;
  dirty = false;
  changed() {
    this.dirty = true;
  }
  /** Writes now, due or not (the worker's last word before it exits). */
  flush(now, view) {
    this.write(this.file, { ...view(), updatedAt: now });
    this.writtenAt = now;
    this.dirty = false;
  }
  /** Writes when due; `view` is only built then. Returns the ms until the next write is due. */
  tick(now, view) {
    const since = now - this.writtenAt;
    if (since >= 1e3 || this.dirty && since >= STATUS_MIN_INTERVAL_MS) {
      this.flush(now, view);
      return 1e3;
    }
    return this.dirty ? STATUS_MIN_INTERVAL_MS - since : 1e3 - since;
  }
};

// src/worker/worker-pid.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync5, renameSync as renameSync5, rmSync as rmSync3, statSync as statSync3, writeFileSync as writeFileSync4 } from "node:fs";
function processStartTime(pid) {
  let stat;
  try {
    stat = readFileSync5(`/proc/${pid}/stat`, "utf8");
  } catch {
    return void 0;
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (fields[0] === "Z") return void 0;
  return fields[19];
}
function writeWorkerPid(file, pid = process.pid) {
  const start = processStartTime(pid);
  if (!start) throw new Error(`cannot read the start time of pid ${pid} from /proc`);
  const tmp = `${file}.tmp-${pid}`;
  writeFileSync4(tmp, `${pid} ${start}
`, { mode: 420 });
  renameSync5(tmp, file);
}
function liveWorkerPid(file) {
  let text;
  try {
    text = readFileSync5(file, "utf8");
  } catch {
    return void 0;
  }
  const m = /^(\d+) (\d+)\n?$/.exec(text);
  if (!m) return void 0;
  const pid = Number(m[1]);
  return processStartTime(pid) === m[2] ? pid : void 0;
}
function removeOwnWorkerPid(file, pid = process.pid) {
  try {
    if (readFileSync5(file, "utf8").startsWith(`${pid} `)) rmSync3(file, { force: true });
  } catch {
  }
}
function workerProcesses(node, bundle, proc = "/proc") {
  const want = `${node}\0${bundle}\0worker\0`;
  const out = [];
  for (const name of readdirSync2(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (statSync3(`${proc}/${name}`).uid !== 0) continue;
      if (readFileSync5(`${proc}/${name}/cmdline`, "latin1") === want && processStartTime(Number(name))) out.push(Number(name));
    } catch {
    }
  }
  return out;
}

// src/status/status.ts
function readConfig() {
  try {
    return JSON.parse(readFileSync6(LAYOUT.config, "utf8"));
  } catch {
    return void 0;
  }
}
var STUCK_AFTER_MS = 6e4;
function summarizeStatus(f) {
  const s = f.status;
  const running = f.livePid !== void 0;
  const fromFile = s ? queuedTotal(s) + s.inflight.length : 0;
  const enqueued = f.queue ? f.queue.enqueuedMs : [...s?.queued ?? [], ...s?.inflight ?? []].map((id) => Number(entryTime(id) / 1000000n));
  const report = {
    worker: { running, ...f.livePid ? { pid: f.livePid } : {} },
    source: f.queue ? "queue" : "status-file",
    queued: f.queue ? f.queue.enqueuedMs.length : fromFile,
    inflight: running ? s?.inflight.length ?? 0 : 0,
    failedEntries: s?.failed ?? 0,
    settled: f.settled
  };
  if (s) report.worker.updatedAt = new Date(s.updatedAt).toISOString();
  if (f.installed) report.installed = f.installed;
  if (f.lastUpload) report.lastUpload = f.lastUpload;
  if (f.lastError) report.lastError = f.lastError;
  if (enqueued.length > 0) report.oldestSeconds = Math.max(0, Math.round((f.now - enqueued.reduce((a, b) => Math.min(a, b))) / 1e3));
  const old = (report.oldestSeconds ?? 0) * 1e3 >= STUCK_AFTER_MS;
  if (report.queued > 0 && old && !running)
    report.stuck = `${report.queued} entries queued, the oldest for ${report.oldestSeconds} s, and no worker runs`;
  else if (report.queued > 0 && old && s && f.now - s.updatedAt >= STUCK_AFTER_MS)
    report.stuck = `${report.queued} entries queued, and the worker (pid ${f.livePid}) has not reported for ${Math.round((f.now - s.updatedAt) / 1e3)} s`;
  return report;
}
function readQueue(dir) {
  let names;
  try {
    names = readdirSync3(dir);
  } catch {
    return void 0;
  }
  const enqueuedMs = [];
  for (const n of names) {
    if (n.endsWith(".entry")) enqueuedMs.push(Number(entryTime(n.slice(0, -".entry".length)) / 1000000n));
    else if (isIncoming(n)) {
      try {
        enqueuedMs.push(statSync4(join4(dir, n)).mtimeMs);
      } catch {
      }
    }
  }
  return { enqueuedMs };
}
function collectStatus(now = Date.now(), opts = {}) {
  const settled = { uploaded: 0, skipped: 0, failed: 0, refused: 0, withheld: 0 };
  const facts = { settled, now };
  const count = (l) => {
    if (l.status in settled) settled[l.status]++;
    if (l.status === "uploaded") facts.lastUpload = { path: l.path, time: l.time };
    if (l.status === "failed" || l.status === "refused")
      facts.lastError = { path: l.path, time: l.time, status: l.status, reason: l.reason ?? "" };
  };
  if (!opts.queueOnly) for (const f of [previousGeneration(LAYOUT.ledger), LAYOUT.ledger]) scanLedgerFile(f, 0, count);
  const installed = opts.queueOnly ? void 0 : installedRelease(readConfig(), ownBundleSha256());
  if (installed) facts.installed = installed;
  const status = readStatus(LAYOUT.status);
  if (status) facts.status = status;
  const pid = liveWorkerPid(LAYOUT.workerPid);
  if (pid) facts.livePid = pid;
  const queue = readQueue(LAYOUT.queueDir);
  if (queue) facts.queue = queue;
  return summarizeStatus(facts);
}

// src/audit/collect.ts
var TIMEOUT_MS = 2e4;
var PROBE_PATH = "/nix/store/00000000000000000000000000000000-ntc-audit-probe";
var STORE_DIR2 = "/nix/store";
var DB_DIR = "/nix/var/nix/db";
var DAEMON_SOCKET = "/nix/var/nix/daemon-socket/socket";
function exec(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(cmd, args, {
        stdio: ["ignore", "pipe", "pipe"],
        env: opts.env ?? process.env,
        timeout: opts.timeoutMs ?? TIMEOUT_MS,
        killSignal: "SIGKILL"
      });
    } catch (err2) {
      resolve({ ran: false, code: 127, stdout: "", stderr: `cannot run ${cmd}: ${errorMessage(err2)}` });
      return;
    }
    const out = [];
    const err = [];
    let failed;
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => failed = `cannot run ${cmd}: ${e.message}`);
    child.on("close", (code, signal2) => {
      const stderr = Buffer.concat(err).toString();
      if (failed) resolve({ ran: false, code: 127, stdout: "", stderr: failed });
      else if (signal2)
        resolve({
          ran: false,
          code: 128,
          stdout: Buffer.concat(out).toString(),
          stderr: `${cmd} was stopped (${signal2}) after ${(opts.timeoutMs ?? TIMEOUT_MS) / 1e3}s${stderr ? `: ${stderr}` : ""}`
        });
      else resolve({ ran: true, code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr });
    });
  });
}
var isRoot = () => process.getuid?.() === 0;
async function lookupUser(name) {
  const pw = await exec("getent", ["passwd", "--", name]);
  const fields = pw.code === 0 ? pw.stdout.trim().split("\n")[0].split(":") : [];
  if (fields.length < 7) return void 0;
  const groups = await exec("id", ["-Gn", "--", name]);
  return {
    name: fields[0],
    uid: Number(fields[2]),
    gid: Number(fields[3]),
    home: fields[5] || "/",
    groups: groups.code === 0 ? groups.stdout.trim().split(/\s+/).filter(Boolean) : []
  };
}
function kindOf(s) {
  if (s.isFile()) return "file";
  if (s.isDirectory()) return "dir";
  if (s.isSymbolicLink()) return "symlink";
  if (s.isSocket()) return "socket";
  return "other";
}
function statFact(path) {
  return pathFact(path).stat;
}
function pathFact(path) {
  try {
    const s = lstatSync2(path);
    return { path, stat: { uid: s.uid, gid: s.gid, mode: s.mode & 4095, kind: kindOf(s), mtimeMs: s.mtimeMs } };
  } catch (err) {
    const code = err.code;
    return code === "ENOENT" || code === "ENOTDIR" ? { path } : { path, error: code ?? errorMessage(err) };
  }
}
function socketFact(path) {
  const f = pathFact(path);
  return { path, exists: f.stat?.kind === "socket", ...f.error ? { error: f.error } : {} };
}
function parentsOf(path) {
  const out = [];
  for (let d = dirname3(path); ; d = dirname3(d)) {
    out.push(d);
    if (d === dirname3(d)) return out;
  }
}
function guardedFacts(role, path, expect, follow = true) {
  const g = { role, path, expect, target: pathFact(path), chain: parentsOf(path).map(pathFact) };
  if (follow && g.target.stat) {
    try {
      const real = realpathSync(path);
      if (real !== path) g.resolved = guardedFacts(role, real, expect, false);
    } catch {
    }
  }
  return g;
}
function nixBin(name, binDir) {
  const dirs = [...binDir ? [binDir] : [], "/nix/var/nix/profiles/default/bin", "/usr/local/bin", "/usr/bin", "/bin"];
  for (const d of dirs) if (existsSync3(join5(d, name))) return join5(d, name);
  return name;
}
var AsUser = class {
  constructor(user, root2, binDir) {
    this.user = user;
    this.root = root2;
    this.binDir = binDir;
  }
  user;
  root;
  binDir;
  /** The environment Nix commands get: user-level Nix config left out, so we see the system nix.conf. */
  env(extra) {
    if (this.root) {
      const path = [...this.binDir ? [this.binDir] : [], "/usr/local/bin", "/usr/bin", "/bin"].join(":");
      return { HOME: this.user.home, USER: this.user.name, LOGNAME: this.user.name, PATH: path, NIX_USER_CONF_FILES: "", ...extra };
    }
    const env = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== void 0 && k !== "NIX_CONFIG" && k !== "NIX_CONF_DIR") env[k] = v;
    return { ...env, NIX_USER_CONF_FILES: "", ...extra };
  }
  run(cmd, args, extraEnv = {}) {
    const env = this.env(extraEnv);
    if (!this.root) return exec(cmd, args, { env });
    const pairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    return exec("runuser", ["-u", this.user.name, "--", "env", "-i", ...pairs, cmd, ...args]);
  }
  async canRead(path) {
    if (this.root) return (await exec("runuser", ["-u", this.user.name, "--", "test", "-r", path])).code === 0;
    try {
      closeSync3(openSync3(path, "r"));
      return true;
    } catch {
      return false;
    }
  }
  async canWrite(path) {
    if (this.root) return (await exec("runuser", ["-u", this.user.name, "--", "test", "-w", path])).code === 0;
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }
};
function readConfig2() {
  try {
    const value = JSON.parse(readFileSync7(LAYOUT.config, "utf8"));
    if (typeof value !== "object" || value === null || typeof value.cache !== "string" || typeof value.publicKey !== "string") {
      return { error: `${LAYOUT.config} is not a runner configuration (no cache or publicKey)` };
    }
    return { value };
  } catch (err) {
    const code = err.code;
    return { error: code === "ENOENT" ? `${LAYOUT.config} is missing` : `${LAYOUT.config}: ${code ?? errorMessage(err)}` };
  }
}
function parseShowConfig(json) {
  const doc = JSON.parse(json);
  const out = {};
  for (const [k, v] of Object.entries(doc)) out[k] = v && typeof v === "object" && "value" in v ? v.value : v;
  return out;
}
async function nixConfig(as, binDir) {
  const r = await as.run(nixBin("nix", binDir), ["show-config", "--json", "--extra-experimental-features", "nix-command"]);
  if (!r.ran || r.code !== 0) return { error: r.stderr.trim().split("\n")[0] || `exit ${r.code}` };
  try {
    return { settings: parseShowConfig(r.stdout) };
  } catch {
    return { error: "nix show-config printed no JSON" };
  }
}
function pickDaemonListener(procs) {
  const pids = new Set(procs.map((p) => p.pid));
  const roots = procs.filter((p) => !pids.has(p.ppid));
  return roots.reduce((best, p) => !best || p.startTicks > best.startTicks ? p : best, void 0);
}
function procInfo(pid) {
  try {
    const stat = readFileSync7(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const startTicks = Number(fields[19]);
    return Number.isFinite(ppid) && Number.isFinite(startTicks) ? { pid, ppid, startTicks } : void 0;
  } catch {
    return void 0;
  }
}
async function daemonFacts() {
  const mtimes = [LAYOUT.nixConf, LAYOUT.dropIn].map((p) => statFact(p)?.mtimeMs).filter((m) => m !== void 0);
  const out = {};
  if (mtimes.length) out.configMtimeMs = Math.max(...mtimes);
  const pg = await exec("pgrep", ["-x", "nix-daemon"]);
  const pids = pg.stdout.split(/\s+/).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const listener = pickDaemonListener(pids.map(procInfo).filter((p) => p !== void 0));
  if (!listener) return out;
  out.pid = listener.pid;
  try {
    const uptime = Number(readFileSync7("/proc/uptime", "utf8").split(" ")[0]);
    if (Number.isFinite(uptime)) out.startedAtMs = Date.now() - (uptime - listener.startTicks / 100) * 1e3;
  } catch {
  }
  return out;
}
async function withTimeout(p, ms, what) {
  let timer;
  const t = new Promise(
    (_, reject) => timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1e3}s`)), ms)
  );
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}
function fileCacheDir(config) {
  try {
    const loc = config ? parseCacheUrl(config.cache) : void 0;
    return loc?.kind === "file" ? loc.dir : void 0;
  } catch {
    return void 0;
  }
}
async function cacheFacts(config, root2) {
  if (!config) return { via: "none", state: "skipped", detail: "no runner configuration (config.json), so no cache to ask" };
  const absentOr = (body, via, url2) => body === void 0 ? { via, url: url2, state: "absent" } : { via, url: url2, state: "ok", body };
  if (root2) {
    try {
      const loc = parseCacheUrl(config.cache);
      const creds = loc.kind === "s3" && existsSync3(LAYOUT.credentials) ? await readCredentialsFile(LAYOUT.credentials) : void 0;
      const body = await withTimeout(
        openCache(loc, creds).then((c) => c.get("nix-cache-info")),
        15e3,
        config.cache
      );
      return absentOr(body?.toString("utf8"), "backend", config.cache);
    } catch (err) {
      return { via: "backend", url: config.cache, state: "error", detail: errorMessage(err) };
    }
  }
  const url = config.substituter.replace(/\/+$/, "");
  try {
    if (url.startsWith("file://")) {
      const file = join5(decodeURIComponent(url.slice("file://".length)), "nix-cache-info");
      try {
        return absentOr(await readFile2(file, "utf8"), "substituter", url);
      } catch (err) {
        if (err.code === "ENOENT") return absentOr(void 0, "substituter", url);
        throw err;
      }
    }
    if (/^https?:\/\//.test(url)) {
      const res = await fetch(`${url}/nix-cache-info`, { signal: AbortSignal.timeout(15e3) });
      if (res.status === 404) return absentOr(void 0, "substituter", url);
      if (!res.ok) return { via: "substituter", url, state: "error", detail: `HTTP ${res.status} ${res.statusText}`.trim() };
      return absentOr(await res.text(), "substituter", url);
    }
    return { via: "substituter", url, state: "error", detail: "the substituter is neither http(s):// nor file://" };
  } catch (err) {
    return { via: "substituter", url, state: "error", detail: errorMessage(err.cause ?? err) };
  }
}
async function sudoFacts(as) {
  const env = { LC_ALL: "C" };
  if (as.root) {
    const list3 = await exec("sudo", ["-n", "-l", "-U", as.user.name], { env: { ...process.env, ...env } });
    return list3.ran ? { installed: true, list: list3 } : { installed: false };
  }
  const nTrue = await exec("sudo", ["-n", "true"], { env: { ...process.env, ...env } });
  if (!nTrue.ran) return { installed: false };
  const list2 = await exec("sudo", ["-n", "-l"], { env: { ...process.env, ...env } });
  return { installed: true, nTrue, list: list2 };
}
async function secretFacts(as, path) {
  const target = pathFact(path);
  const s = { path, target };
  if (target.stat && as.user.uid !== 0) s.readableByUser = await as.canRead(path);
  return s;
}
async function collectFacts(o) {
  const root2 = isRoot();
  const config = readConfig2();
  const binDir = config.value?.nixBinDir;
  const as = new AsUser(o.user, root2, binDir);
  const guarded = [
    guardedFacts("hook", LAYOUT.hook, "file"),
    guardedFacts("worker", LAYOUT.worker, "file"),
    guardedFacts("node", LAYOUT.node, "file"),
    guardedFacts("config", LAYOUT.config, "file"),
    guardedFacts("queue", LAYOUT.queueDir, "dir"),
    guardedFacts("nix-conf", LAYOUT.nixConf, "file"),
    guardedFacts("drop-in", LAYOUT.dropIn, "file")
  ];
  if (binDir) guarded.push(guardedFacts("nix-store", join5(binDir, "nix-store"), "file"));
  const testWrite = o.user.uid !== 0;
  const [nix, trustProbe, sudo, signingKey, credentials, daemon, cache, storeW, dbW, ...guardedW] = await Promise.all([
    nixConfig(as, binDir),
    as.run(
      nixBin("nix-store", binDir),
      ["-vvv", "-q", "--hash", PROBE_PATH, "--option", "post-build-hook", "/nonexistent/ntc-audit-probe"],
      { NIX_REMOTE: "daemon" }
    ),
    sudoFacts(as),
    secretFacts(as, LAYOUT.signingKey),
    secretFacts(as, LAYOUT.credentials),
    daemonFacts(),
    cacheFacts(config.value, root2),
    testWrite ? as.canWrite(STORE_DIR2) : Promise.resolve(void 0),
    testWrite ? as.canWrite(DB_DIR) : Promise.resolve(void 0),
    ...guarded.map((g) => testWrite && g.target.stat ? as.canWrite(g.path) : Promise.resolve(void 0))
  ]);
  guarded.forEach((g, i) => {
    if (guardedW[i] !== void 0) g.writableByUser = guardedW[i];
  });
  const facts = {
    user: { name: o.user.name, uid: o.user.uid, gid: o.user.gid, groups: o.user.groups },
    auditorIsRoot: root2,
    expected: { hook: LAYOUT.hook, dropIn: LAYOUT.dropIn },
    nixConfig: nix,
    store: { path: STORE_DIR2, ...opt("stat", statFact(STORE_DIR2)), ...opt("writableByUser", storeW) },
    db: { path: DB_DIR, ...opt("stat", statFact(DB_DIR)), ...opt("writableByUser", dbW) },
    socket: socketFact(DAEMON_SOCKET),
    trustProbe,
    sudo,
    secrets: { signingKey, credentials },
    guarded,
    config,
    daemon,
    cache
  };
  const dir = fileCacheDir(config.value);
  if (dir) facts.cacheDir = { dir, ...opt("problem", cacheDirProblem(dir, lstatFacts)) };
  const q = collectStatus(Date.now(), { queueOnly: true });
  facts.queue = { queued: q.queued, source: q.source, ...opt("oldestSeconds", q.oldestSeconds), ...opt("stuck", q.stuck) };
  const own = ownBundleSha256();
  if (own) facts.ownBundleSha256 = own;
  return facts;
}
function opt(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/audit/report.ts
var TRUST_POLICIES = ["strict", "warn", "off"];
function parseTrustPolicy(text) {
  if (TRUST_POLICIES.includes(text)) return text;
  throw usageError(`trust must be one of ${TRUST_POLICIES.join(", ")}, not ${JSON.stringify(text)}`);
}
function verdictOf(checks) {
  if (checks.some((c) => c.status === "fail")) return "fail";
  if (checks.some((c) => c.status === "warn")) return "warn";
  return "pass";
}
function buildReport(user, checks) {
  return { user, checks, verdict: verdictOf(checks) };
}
var STRICT_FAILS_ON_WARN = /* @__PURE__ */ new Set(["passwordless-sudo"]);
var line = (c) => `${c.title}: ${c.seen}`;
function applyPolicy(report, trust) {
  const reasons = [];
  const warnings = [];
  for (const c of report.checks) {
    if (c.status === "pass") continue;
    const fails = trust !== "off" && (c.status === "fail" || trust === "strict" && STRICT_FAILS_ON_WARN.has(c.id));
    (fails ? reasons : warnings).push(line(c));
  }
  return { failStep: reasons.length > 0, reasons, warnings };
}
var LABEL = { pass: "pass", warn: "WARN", fail: "FAIL" };
function counts(r) {
  const n = (s) => r.checks.filter((c) => c.status === s).length;
  return `${n("fail")} failed, ${n("warn")} warnings, ${n("pass")} passed`;
}
function renderReportText(report, policy) {
  const lines = [`trust audit for ${report.user}: ${LABEL[report.verdict]} (${counts(report)})`];
  for (const c of report.checks) {
    lines.push(`  [${LABEL[c.status]}] ${c.title}: ${c.seen}`);
    if (c.status !== "pass") lines.push(`         fix: ${c.fix}`);
  }
  if (policy) {
    const r = policy.result;
    if (r.failStep) lines.push(`policy trust=${policy.trust}: FAILS (${r.reasons.length} problem${r.reasons.length === 1 ? "" : "s"})`);
    else
      lines.push(
        `policy trust=${policy.trust}: ok${r.warnings.length ? ` with ${r.warnings.length} warning${r.warnings.length === 1 ? "" : "s"}` : ""}`
      );
  }
  return lines.join("\n") + "\n";
}

// src/audit/audit.ts
var USER_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$/;
async function resolveAuditUser(requested, env = process.env) {
  const root2 = isRoot();
  const self2 = userInfo().username;
  let name = requested;
  if (name === void 0) {
    if (root2) {
      name = env.SUDO_USER && env.SUDO_USER !== "root" ? env.SUDO_USER : void 0;
      if (!name) throw usageError("running as root, name the user to audit (the one that runs the jobs) with --user NAME");
    } else name = self2;
  }
  if (!USER_NAME.test(name)) throw usageError(`${JSON.stringify(name)} is not a user name`);
  const user = await lookupUser(name);
  if (!user) throw usageError(`no such user ${JSON.stringify(name)}`);
  if (!root2 && user.name !== self2)
    throw usageError(`auditing ${user.name} needs root (run it as root with --user ${user.name}, or as ${user.name} itself)`);
  return user;
}
async function runAudit(user) {
  const facts = await collectFacts({ user });
  return { facts, report: buildReport(user.name, runChecks(facts, LAYOUT.config)) };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(_command, args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageError(`${err.message.split("\n")[0]} (see nix-trusted-cache --help)`);
  }
}
function positiveInt(name, text, dflt) {
  if (text === void 0) return dflt;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw usageError(`${name} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}

// src/cli/audit.ts
var USAGE = `usage: nix-trusted-cache audit [--user NAME] [--json] [--trust strict|warn|off]
  --user NAME     the user whose jobs build here (default: SUDO_USER as root, else yourself)
  --json          print the report as JSON: {user, checks, verdict, policy}
  --trust POLICY  strict: fail on any failed check and on passwordless sudo; warn (default): fail on
                  failed checks only; off: report only
Exit codes: 0 the policy passes, 1 it fails, 2 usage error.`;
async function auditCommand(args) {
  const { values, positionals } = parseCommandArgs("audit", args, {
    user: { type: "string" },
    json: { type: "boolean", default: false },
    trust: { type: "string", default: "warn" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (positionals.length > 0)
    throw usageError(`unexpected argument ${JSON.stringify(positionals[0])} (see nix-trusted-cache audit --help)`);
  let trust;
  try {
    trust = parseTrustPolicy(values.trust);
  } catch {
    throw usageError(`--trust must be strict, warn or off, not ${JSON.stringify(values.trust)}`);
  }
  const user = await resolveAuditUser(values.user);
  const { report } = await runAudit(user);
  const result = applyPolicy(report, trust);
  if (values.json) process.stdout.write(JSON.stringify({ ...report, policy: { trust, ...result } }, null, 2) + "\n");
  else process.stdout.write(renderReportText(report, { trust, result }));
  return result.failStep ? 1 : 0;
}

// src/cli/deprovision.ts
import {
  closeSync as closeSync6,
  constants as constants4,
  fstatSync as fstatSync4,
  fsyncSync as fsyncSync2,
  lstatSync as lstatSync4,
  openSync as openSync8,
  readdirSync as readdirSync4,
  readFileSync as readFileSync12,
  rmSync as rmSync6,
  statSync as statSync7,
  writeSync as writeSync4
} from "node:fs";

// src/core/process.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync8 } from "node:fs";
function processAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== "EPERM") return false;
  }
  try {
    const stat = readFileSync8(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn2(cmd, args, { stdio: ["pipe", "pipe", "pipe"], env: opts.env ?? process.env });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(new Error(`cannot run ${cmd}: ${e.message}`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(opts.input ?? "");
  });
}

// src/provision/deprovision.ts
import { dirname as dirname5, join as join7 } from "node:path";

// src/provision/daemon.ts
import { spawn as spawn3 } from "node:child_process";
import { existsSync as existsSync4, mkdirSync as mkdirSync2, openSync as openSync4, readFileSync as readFileSync9, writeFileSync as writeFileSync5 } from "node:fs";
import { dirname as dirname4 } from "node:path";
var DAEMON_PID_FILE = "/run/nix-trusted-cache/nix-daemon.pid";
var DAEMON_LOG = "/var/log/nix-trusted-cache/nix-daemon.log";
function supervisedDaemonPid() {
  if (!existsSync4(DAEMON_PID_FILE)) return void 0;
  const pid = Number(readFileSync9(DAEMON_PID_FILE, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : void 0;
}
async function waitForDaemon(nixStore, timeoutMs = 15e3) {
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    const r = await run(nixStore, ["--store", "daemon", "-q", "--hash", "/nix/store/00000000000000000000000000000000-x"]).catch(
      () => void 0
    );
    if (r && /not valid|does not exist|is not in the Nix store/.test(r.stderr)) return;
    if (Date.now() > deadline) throw new Error(`nix-daemon did not answer within ${timeoutMs / 1e3}s (see ${DAEMON_LOG})`);
    await new Promise((res) => setTimeout(res, 100));
  }
}
async function startSupervisedDaemon(nixDaemon, nixStore) {
  const running = supervisedDaemonPid();
  if (running) return running;
  mkdirSync2(dirname4(DAEMON_PID_FILE), { recursive: true, mode: 493 });
  mkdirSync2(dirname4(DAEMON_LOG), { recursive: true, mode: 493 });
  const log = openSync4(DAEMON_LOG, "a", 420);
  const child = spawn3(nixDaemon, [], { detached: true, stdio: ["ignore", log, log], env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } });
  child.unref();
  writeFileSync5(DAEMON_PID_FILE, `${child.pid}
`, { mode: 420 });
  await waitForDaemon(nixStore);
  return child.pid;
}
async function stopSupervisedDaemon() {
  const pid = supervisedDaemonPid();
  if (!pid) return;
  process.kill(pid, "SIGTERM");
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
}
async function restartSupervisedDaemon(nixDaemon, nixStore) {
  await stopSupervisedDaemon();
  return startSupervisedDaemon(nixDaemon, nixStore);
}

// src/provision/nix-conf.ts
var CACHE_NIXOS_ORG = "https://cache.nixos.org/";
var CACHE_NIXOS_ORG_KEY = "cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=";
var uniq = (xs) => [...new Set(xs.filter(Boolean))];
function renderDropIn(o) {
  const lines = [
    "# Managed by nix-trusted-cache: provisioning rewrites this file; put your settings in extra-conf.",
    `substituters = ${uniq([o.substituter, ...o.extraSubstituters, CACHE_NIXOS_ORG]).join(" ")}`,
    `trusted-public-keys = ${uniq([o.publicKey, ...o.extraTrustedPublicKeys, CACHE_NIXOS_ORG_KEY]).join(" ")}`,
    `post-build-hook = ${o.hookPath}`,
    // Builds run as the unprivileged nixbld users (Debian's nix-bin ships no nix.conf that says so).
    "build-users-group = nixbld",
    // Only root may pass restricted options (post-build-hook, secret-key-files…) or import unsigned paths.
    "trusted-users = root",
    "require-sigs = true",
    "sandbox = true",
    "sandbox-fallback = false"
  ];
  const extra = o.extraConf.trim();
  if (extra) lines.push("# extra-conf", extra);
  return lines.join("\n") + "\n";
}
function withInclude(nixConf, dropIn) {
  const line2 = `include ${dropIn}`;
  const lines = nixConf.split("\n");
  const last = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  if (last.at(-1) === line2) return nixConf;
  const kept = lines.filter((l) => l.trim() !== line2).join("\n");
  const base = kept === "" || kept.endsWith("\n") ? kept : kept + "\n";
  return `${base}${line2}
`;
}
var TRUST_SETTING = /^\s*(extra-)?trusted-users\s*=/;
function trustLines(conf) {
  return conf.split("\n").map((text, i) => ({ line: i + 1, text: text.trim() })).filter((l) => TRUST_SETTING.test(l.text));
}
function trustSettingIn(extraConf) {
  return extraConf.split("\n").find((l) => TRUST_SETTING.test(l) && /trusted-users/.test(l))?.trim();
}
function withoutInclude(nixConf, dropIn) {
  return nixConf.split("\n").filter((l) => l.trim() !== `include ${dropIn}`).join("\n");
}
function withoutTrustedUser(nixConf, user) {
  let changed = false;
  const text = nixConf.split("\n").map((line2) => {
    const m = /^(\s*(?:extra-)?trusted-users\s*=\s*)(.*)$/.exec(line2);
    if (!m) return line2;
    const users = m[2].split(/\s+/).filter(Boolean);
    const kept = users.filter((u) => u !== user);
    if (kept.length === users.length) return line2;
    changed = true;
    return `${m[1]}${kept.join(" ")}`.trimEnd();
  }).join("\n");
  return { text, changed };
}

// src/provision/services.ts
import { spawn as spawn4 } from "node:child_process";
import { existsSync as existsSync5, openSync as openSync5 } from "node:fs";
import { join as join6 } from "node:path";
function systemdRunning() {
  return existsSync5("/run/systemd/system");
}
var WORKER_UNIT = "nix-trusted-cache-worker.service";
var DAEMON_SERVICE = "nix-daemon.service";
var DAEMON_SOCKET2 = "nix-daemon.socket";
function renderWorkerUnit() {
  return `[Unit]
Description=nix-trusted-cache upload worker (signs and uploads what nix-daemon built; log: ${LAYOUT.workerLog})
After=network-online.target nix-daemon.service
Wants=network-online.target

[Service]
# One worker at a time: the lock the post-build-hook takes before it starts a worker. A worker the hook started
# while this unit was restarting drains the queue first; two side by side would race for the same entries.
ExecStart=/usr/bin/flock ${LAYOUT.workerLock} ${LAYOUT.node} ${LAYOUT.worker} worker --idle-exit 0
Restart=always
RestartSec=2
# The worker's own log is this file, not journald: the workers the hook starts write the same file. systemd's
# account of the unit (starts, exits, restarts) is in journalctl -u ${WORKER_UNIT}.
StandardOutput=append:${LAYOUT.workerLog}
StandardError=append:${LAYOUT.workerLog}
UMask=0077

[Install]
WantedBy=multi-user.target
`;
}
var systemctl = (args) => run("systemctl", args);
async function mustSystemctl(sc, args, unit) {
  const r = await sc(args);
  if (r.code === 0) return r.stdout;
  const said = (r.stderr.trim() || r.stdout.trim() || `exit ${r.code}`).replace(/\s*\n\s*/g, " ");
  throw new UserError(`systemctl ${args.join(" ")} failed: ${said} (see systemctl status ${unit} and journalctl -u ${unit})`);
}
function parseShow(text) {
  const kv = new Map(
    text.split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1).trim()])
  );
  const pid = Number(kv.get("MainPID"));
  return {
    load: kv.get("LoadState") ?? "not-found",
    active: kv.get("ActiveState") ?? "inactive",
    ...Number.isInteger(pid) && pid > 0 ? { mainPid: pid } : {},
    needReload: kv.get("NeedDaemonReload") === "yes",
    restarts: Number(kv.get("NRestarts")) || 0
  };
}
async function unitState(sc, unit) {
  const out = await mustSystemctl(
    sc,
    ["show", "-p", "LoadState", "-p", "ActiveState", "-p", "MainPID", "-p", "NeedDaemonReload", "-p", "NRestarts", unit],
    unit
  );
  return parseShow(out);
}
function daemonAction(f) {
  if (f.serviceActive) return f.configChanged ? "restart" : "none";
  return f.socketUnit ? "none" : "start";
}
async function ensureSystemdNixDaemon(sc, configChanged, log, ping) {
  const socketUnit = (await unitState(sc, DAEMON_SOCKET2)).load === "loaded";
  const service = await unitState(sc, DAEMON_SERVICE);
  const serviceActive = service.active === "active";
  const action = daemonAction({ socketUnit, serviceActive, configChanged });
  if (socketUnit && action !== "restart") await mustSystemctl(sc, ["start", DAEMON_SOCKET2], DAEMON_SOCKET2);
  if (action !== "none") await mustSystemctl(sc, [action, DAEMON_SERVICE], DAEMON_SERVICE);
  await ping();
  if (action === "restart") log(`restarted ${DAEMON_SERVICE} (systemd${socketUnit ? `; ${DAEMON_SOCKET2} kept listening` : ""})`);
  else if (configChanged && !serviceActive)
    log(`${DAEMON_SERVICE} was not running: ${DAEMON_SOCKET2} started it on the first connection, with the new configuration`);
  const pid = (await unitState(sc, DAEMON_SERVICE)).mainPid;
  return { ...pid ? { pid } : {}, restarted: action === "restart" };
}
async function nixDaemonPid() {
  const ours = supervisedDaemonPid();
  if (ours) return ours;
  const r = await run("pgrep", ["-o", "-x", "nix-daemon"]);
  const pid = Number(r.stdout.trim());
  return r.code === 0 && pid > 0 ? pid : void 0;
}
async function ensureNixDaemon(binDir, restart, log, sc = systemctl) {
  const daemon = join6(binDir, "nix-daemon");
  const store = join6(binDir, "nix-store");
  if (systemdRunning() && (await unitState(sc, DAEMON_SERVICE)).load === "loaded")
    return ensureSystemdNixDaemon(sc, restart, log, () => waitForDaemon(store));
  const current = await nixDaemonPid();
  if (current && !supervisedDaemonPid() && restart) {
    process.kill(current, "SIGTERM");
    for (let i = 0; i < 100 && processAlive(current); i++) await new Promise((r) => setTimeout(r, 50));
  }
  if (current && !restart && !supervisedDaemonPid()) return { pid: current, restarted: false };
  const pid = restart ? await restartSupervisedDaemon(daemon, store) : await startSupervisedDaemon(daemon, store);
  if (restart) log("restarted nix-daemon (supervised: no init system)");
  return { pid, restarted: restart };
}
function workerPid() {
  return liveWorkerPid(LAYOUT.workerPid);
}
async function ensureWorkerUnit(sc, restart, stopOthers, settle = () => new Promise((r) => setTimeout(r, 1e3))) {
  const before = await unitState(sc, WORKER_UNIT);
  const reload = before.needReload || before.load !== "loaded";
  if (reload) await mustSystemctl(sc, ["daemon-reload"], WORKER_UNIT);
  await mustSystemctl(sc, ["enable", "--quiet", WORKER_UNIT], WORKER_UNIT);
  const verb = restart || reload && before.active === "active" ? "restart" : "start";
  if (verb === "restart") {
    await mustSystemctl(sc, ["stop", WORKER_UNIT], WORKER_UNIT);
    await stopOthers();
  }
  const started = await unitState(sc, WORKER_UNIT);
  await mustSystemctl(sc, ["start", WORKER_UNIT], WORKER_UNIT);
  await settle();
  const after = await unitState(sc, WORKER_UNIT);
  if (after.active !== "active" || after.restarts > started.restarts)
    throw new UserError(
      `${WORKER_UNIT} does not keep running (${after.active}, restarted ${after.restarts - started.restarts} time(s) just now): see ${LAYOUT.workerLog}, systemctl status ${WORKER_UNIT} and journalctl -u ${WORKER_UNIT}`
    );
}
async function stopWorkerProcesses() {
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  for (const pid of pids) process.kill(pid, "SIGTERM");
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await new Promise((r) => setTimeout(r, 50));
}
async function ensureWorker(restart, sc = systemctl) {
  if (systemdRunning()) return ensureWorkerUnit(sc, restart, stopWorkerProcesses);
  if (workerPid() && !restart) return;
  await stopWorkerProcesses();
  const log = openSync5(LAYOUT.workerLog, "a", 420);
  const child = spawn4("setsid", ["flock", "-n", LAYOUT.workerLock, LAYOUT.node, LAYOUT.worker, "worker"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { PATH: "/usr/bin:/bin:/usr/sbin:/sbin" }
  });
  child.unref();
}

// src/provision/deprovision.ts
var WORKER_UNIT_FILE = `/etc/systemd/system/${WORKER_UNIT}`;
var WORKER_UNIT_WANTS = `/etc/systemd/system/multi-user.target.wants/${WORKER_UNIT}`;
var NIX_CONF_RECORD = join7(LAYOUT.etcDir, "nix.conf.before");
function nixConfChange(current, record, dropIn) {
  if (!current) return { kind: "none" };
  if (record && sha256Hex(current.bytes) === record.provisioned) {
    if (record.original === null) return { kind: "remove", exact: true };
    const bytes = Buffer.from(record.original, "base64");
    if (bytes.equals(current.bytes) && record.mode === current.mode) return { kind: "none" };
    return { kind: "write", bytes, mode: record.mode, exact: true };
  }
  const text = current.bytes.toString("latin1");
  const without = withoutInclude(text, dropIn);
  if (without === text) return { kind: "none" };
  if (without.trim() === "") return { kind: "remove", exact: false };
  return { kind: "write", bytes: Buffer.from(without, "latin1"), mode: current.mode, exact: false };
}
function nixConfRecord(previous, before, written, dropIn) {
  const provisioned = sha256Hex(written);
  if (previous && before && sha256Hex(before.bytes) === previous.provisioned) return { ...previous, provisioned };
  if (!before) return { original: null, mode: 420, provisioned };
  const undo = nixConfChange(before, void 0, dropIn);
  const original = undo.kind === "remove" ? null : undo.kind === "write" ? undo.bytes : before.bytes;
  return { original: original && original.toString("base64"), mode: before.mode, provisioned };
}
function parseNixConfRecord(text) {
  try {
    const r = JSON.parse(text);
    const original = r.original === null || typeof r.original === "string" ? r.original : void 0;
    if (original === void 0 || !Number.isInteger(r.mode) || typeof r.provisioned !== "string") return void 0;
    return { original, mode: r.mode, provisioned: r.provisioned };
  } catch {
    return void 0;
  }
}
function countQueue(queueNames, failedNames) {
  return {
    queued: (queueNames ?? []).filter((n) => n.endsWith(ENTRY_SUFFIX) || n.startsWith("new-")).length,
    failed: (failedNames ?? []).filter((n) => n.endsWith(ENTRY_SUFFIX)).length
  };
}
var total = (c) => c.queued + c.failed;
var entries = (n) => `${n} entr${n === 1 ? "y" : "ies"}`;
function describeQueue(c) {
  return c.failed ? `${entries(total(c))} (${c.queued} queued, ${c.failed} failed and kept for retry)` : entries(c.queued);
}
function queueRefusal(c, policy) {
  if (policy !== "refuse" || total(c) === 0) return void 0;
  return `the queue holds ${describeQueue(c)} not uploaded yet (${LAYOUT.queueDir}, ${LAYOUT.failedDir}): let the worker upload them (nix-trusted-cache status; retry for failed ones), or pass --keep-queue to keep them and the ledger, or --drop-queue to discard them`;
}
function readQueueCount(host) {
  return countQueue(host.listDir(LAYOUT.queueDir), host.listDir(LAYOUT.failedDir));
}
var CANDIDATES = [
  LAYOUT.dropIn,
  LAYOUT.etcDir,
  LAYOUT.hook,
  LAYOUT.config,
  LAYOUT.signingKey,
  LAYOUT.fixedOutputSigningKey,
  LAYOUT.credentials,
  NIX_CONF_RECORD,
  LAYOUT.libDir,
  LAYOUT.worker,
  LAYOUT.node,
  LAYOUT.stateDir,
  LAYOUT.logDir,
  LAYOUT.workerLog,
  WORKER_UNIT_FILE,
  WORKER_UNIT_WANTS,
  DAEMON_PID_FILE,
  DAEMON_LOG
];
var TEMP_FILE = /^\.[0-9a-f]{12}\.tmp$/;
function readConfig3(host) {
  const file = host.readFile(LAYOUT.config);
  try {
    const c = JSON.parse(file?.bytes.toString("utf8") ?? "{}");
    return {
      ...typeof c.cache === "string" ? { cache: c.cache } : {},
      ...typeof c.nixBinDir === "string" ? { nixBinDir: c.nixBinDir } : {}
    };
  } catch {
    return {};
  }
}
function readFacts(host) {
  const nixConf = host.readFile(LAYOUT.nixConf);
  const recordFile = host.readFile(NIX_CONF_RECORD);
  const record = recordFile && parseNixConfRecord(recordFile.bytes.toString("utf8"));
  return {
    root: host.isRoot(),
    present: new Set(CANDIDATES.filter((p) => host.exists(p))),
    ...nixConf ? { nixConf } : {},
    ...record ? { record } : {},
    etcLeftovers: (host.listDir(LAYOUT.etcDir) ?? []).filter((n) => TEMP_FILE.test(n)).map((n) => join7(LAYOUT.etcDir, n)),
    queue: readQueueCount(host),
    systemd: host.systemdRunning(),
    config: readConfig3(host)
  };
}
var removeIfPresent = (f, paths) => paths.filter((p) => f.present.has(p)).map((path) => ({ kind: "remove", path }));
function nixSteps(f) {
  const change = nixConfChange(f.nixConf, f.record, LAYOUT.dropIn);
  const steps = change.kind === "none" ? [] : [{ kind: "nix-conf", change }];
  steps.push(...removeIfPresent(f, [LAYOUT.dropIn]));
  if (steps.length > 0 || f.present.has(LAYOUT.hook))
    steps.push({ kind: "restart-daemon", ...f.config.nixBinDir ? { nixBinDir: f.config.nixBinDir } : {} });
  return steps;
}
function workerSteps(f) {
  const unit = f.present.has(WORKER_UNIT_FILE);
  const steps = f.systemd && unit ? [{ kind: "stop-unit" }] : [];
  if (unit || f.present.has(LAYOUT.libDir)) steps.push({ kind: "stop-workers" });
  steps.push(...removeIfPresent(f, [WORKER_UNIT_FILE, WORKER_UNIT_WANTS]));
  if (f.systemd && unit) steps.push({ kind: "reload-systemd" });
  return steps;
}
function fileSteps(f) {
  const secrets = [LAYOUT.signingKey, LAYOUT.fixedOutputSigningKey, LAYOUT.credentials, NIX_CONF_RECORD].filter((p) => f.present.has(p));
  return [
    ...[...secrets, ...f.etcLeftovers].map((path) => ({ kind: "shred", path })),
    ...removeIfPresent(f, [LAYOUT.hook, LAYOUT.config, LAYOUT.etcDir, LAYOUT.worker, LAYOUT.node, LAYOUT.libDir])
  ];
}
function stateAndLogSteps(f, queue) {
  const steps = f.present.has(LAYOUT.stateDir) ? [{ kind: "state", queue }] : [];
  steps.push(...removeIfPresent(f, [LAYOUT.workerLog]));
  if (f.present.has(LAYOUT.logDir)) steps.push({ kind: "remove-if-empty", path: LAYOUT.logDir });
  return steps;
}
function leaves(f) {
  const out = [
    "Nix itself and its nix-daemon: provisioning may have installed them (install: distro \u2192 the nix-bin package, remove it with apt-get; install: official \u2192 /nix and the installer\u2019s units, see the Nix manual\u2019s uninstall steps)",
    "the nixbld group and users nixbld1\u2026nixbld8, and /nix/store as root:nixbld mode 1775: provisioning creates or sets them when missing, and Nix needs them",
    `${dirname5(LAYOUT.nixConf)}: Nix reads it (provisioning creates it when missing)`
  ];
  if (f.config.cache) out.push(`the cache ${f.config.cache} and everything uploaded to it`);
  if (f.present.has(DAEMON_PID_FILE))
    out.push(`${DAEMON_PID_FILE} and ${DAEMON_LOG}: the nix-daemon provisioning started where no init system runs goes on under them`);
  return out;
}
function planDeprovision(f, queue) {
  if (!f.root)
    throw new UserError(
      "deprovision must run as root (sudo nix-trusted-cache deprovision): it removes root-only files and restarts nix-daemon"
    );
  const refusal = queueRefusal(f.queue, queue);
  if (refusal) throw new UserError(refusal);
  return { steps: [...nixSteps(f), ...workerSteps(f), ...fileSteps(f), ...stateAndLogSteps(f, queue)], leaves: leaves(f) };
}
function nixConfLine(change) {
  const conf = LAYOUT.nixConf;
  if (change.exact)
    return change.kind === "remove" ? `removed ${conf} (provisioning created it)` : `restored ${conf} to its bytes from before provisioning`;
  if (change.kind === "remove") return `removed ${conf} (it held nothing but our include line)`;
  return `removed the include line from ${conf}`;
}
function nixConfLeftover(f) {
  const why = f.record ? "it changed since provisioning wrote it" : "there is no record of it from before provisioning (provisioned by an earlier release)";
  return `${LAYOUT.nixConf} otherwise as it is now, because ${why}: users --untrust-user removed from trusted-users stay removed, and a final newline, an earlier position of the include line or group/other write bits are not put back`;
}
function writeNixConf(step, host, say) {
  const c = step.change;
  if (c.kind === "remove") host.remove(LAYOUT.nixConf);
  else host.writeFile(LAYOUT.nixConf, c.bytes, c.mode);
  say(nixConfLine(c));
  const trust = c.kind === "write" && c.exact ? trustLines(c.bytes.toString("latin1")) : [];
  if (trust.length) say(`note: ${LAYOUT.nixConf}'s own ${trust.map((l) => JSON.stringify(l.text)).join(", ")} apply again`);
}
async function restartDaemon(nixBinDir, host, say) {
  try {
    say(await host.restartNixDaemon(nixBinDir));
  } catch (err) {
    throw new UserError(
      `restarting nix-daemon failed (${errorMessage(err)}): it may still call the post-build-hook, which is still in place; fix the daemon and run deprovision again`
    );
  }
}
function clearState(policy, host, say, leaves2) {
  const count = readQueueCount(host);
  const arrived = policy === "refuse" && total(count) > 0;
  if (policy !== "keep" && !arrived) {
    host.remove(LAYOUT.stateDir);
    const dropped = policy === "drop" ? `, dropped ${describeQueue(count)} not uploaded` : "";
    say(`removed ${LAYOUT.stateDir} (the queue, failed entries, ledger and status${dropped})`);
    return;
  }
  for (const p of [LAYOUT.status, LAYOUT.workerPid].filter((p2) => host.exists(p2))) {
    host.remove(p);
    say(`removed ${p}`);
  }
  const why = arrived ? "they arrived while deprovisioning; " : "";
  leaves2.push(
    `${describeQueue(count)} in ${LAYOUT.queueDir} and ${LAYOUT.failedDir}, and the ledger ${LAYOUT.ledger} (${why}provisioning again uploads them; deprovision --drop-queue discards them)`
  );
}
async function runStep(step, host, say, leaves2) {
  switch (step.kind) {
    case "nix-conf":
      return writeNixConf(step, host, say);
    case "restart-daemon":
      return restartDaemon(step.nixBinDir, host, say);
    case "stop-unit":
      await host.stopWorkerUnit();
      return say(`stopped and disabled ${WORKER_UNIT}`);
    case "reload-systemd":
      return host.reloadSystemd();
    case "stop-workers": {
      const pids = await host.stopWorkerProcesses();
      return pids.length ? say(`stopped the upload worker (pid ${pids.join(", ")})`) : void 0;
    }
    case "shred":
      host.zeroFill(step.path);
      host.remove(step.path);
      return say(`removed ${step.path} (overwritten with zeros first)`);
    case "remove":
      host.remove(step.path);
      return say(`removed ${step.path}`);
    case "remove-if-empty":
      if (host.listDir(step.path)?.length !== 0) return;
      host.remove(step.path);
      return say(`removed ${step.path}`);
    case "state":
      return clearState(step.queue, host, say, leaves2);
  }
}
async function deprovision(host, o) {
  const facts = readFacts(host);
  const plan2 = planDeprovision(facts, o.queue);
  const did = [];
  const say = (line2) => {
    did.push(line2);
    o.say(line2);
  };
  const leaves2 = [...plan2.leaves];
  const inexact = plan2.steps.some((s) => s.kind === "nix-conf" && !s.change.exact);
  if (inexact) leaves2.unshift(nixConfLeftover(facts));
  for (const step of plan2.steps) await runStep(step, host, say, leaves2);
  if (did.length === 0) say("nothing to remove: no nix-trusted-cache files here (never provisioned, or already deprovisioned)");
  return { did, leaves: leaves2 };
}

// src/provision/files.ts
import { randomBytes } from "node:crypto";
import {
  chmodSync as chmodSync3,
  chownSync,
  closeSync as closeSync4,
  fsyncSync,
  lstatSync as lstatSync3,
  mkdirSync as mkdirSync3,
  openSync as openSync6,
  readFileSync as readFileSync10,
  renameSync as renameSync6,
  rmSync as rmSync4,
  statSync as statSync5,
  writeSync as writeSync2,
  constants as constants2
} from "node:fs";
import { dirname as dirname6, join as join8 } from "node:path";
function ensureDir(path, mode) {
  let changed = false;
  try {
    const st2 = lstatSync3(path);
    if (!st2.isDirectory()) throw new Error(`${path} exists and is not a directory`);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
    mkdirSync3(path, { recursive: true, mode });
    changed = true;
  }
  const st = statSync5(path);
  if ((st.mode & 4095) !== mode) {
    chmodSync3(path, mode);
    changed = true;
  }
  if (st.uid !== 0 || st.gid !== 0) {
    chownSync(path, 0, 0);
    changed = true;
  }
  return changed;
}
function isCurrent(path, content, mode) {
  try {
    const st = lstatSync3(path);
    if (!st.isFile() || st.uid !== 0 || st.gid !== 0 || (st.mode & 4095) !== mode) return false;
    return readFileSync10(path).equals(content);
  } catch {
    return false;
  }
}
function writeRootFile(path, content, mode) {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  if (isCurrent(path, bytes, mode)) return false;
  const tmp = join8(dirname6(path), `.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync6(tmp, constants2.O_WRONLY | constants2.O_CREAT | constants2.O_EXCL | constants2.O_NOFOLLOW, mode);
  try {
    writeSync2(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync4(fd);
  }
  try {
    chownSync(tmp, 0, 0);
    chmodSync3(tmp, mode);
    renameSync6(tmp, path);
  } catch (err) {
    rmSync4(tmp, { force: true });
    throw err;
  }
  return true;
}
function removeFile(path) {
  try {
    lstatSync3(path);
  } catch {
    return false;
  }
  rmSync4(path, { force: true });
  return true;
}

// src/provision/install.ts
import {
  closeSync as closeSync5,
  constants as constants3,
  existsSync as existsSync6,
  fstatSync as fstatSync3,
  mkdtempSync,
  openSync as openSync7,
  readFileSync as readFileSync11,
  rmSync as rmSync5,
  statSync as statSync6,
  writeFileSync as writeFileSync6,
  writeSync as writeSync3
} from "node:fs";
import { tmpdir } from "node:os";
import { join as join9 } from "node:path";
var INSTALL_MODES = ["auto", "official", "distro", "skip"];
function parseInstallMode(text) {
  if (INSTALL_MODES.includes(text)) return text;
  throw usageError(`unknown install mode ${JSON.stringify(text)}: use one of ${INSTALL_MODES.join(", ")}`);
}
var BIN_DIRS = ["/nix/var/nix/profiles/default/bin", "/usr/bin", "/usr/local/bin", "/run/current-system/sw/bin"];
function findNixBinDir() {
  const dirs = [...BIN_DIRS, ...(process.env.PATH ?? "").split(":").filter(Boolean)];
  return dirs.find((d) => existsSync6(join9(d, "nix-store")) && existsSync6(join9(d, "nix-daemon")));
}
function detectNix() {
  const binDir = findNixBinDir();
  if (!binDir) return { kind: "absent" };
  if (!existsSync6("/nix/store")) return { kind: "absent" };
  const st = statSync6("/nix/store");
  if (st.uid !== 0) return { kind: "single-user", owner: st.uid, binDir };
  return { kind: "multi-user", binDir };
}
async function must(cmd, args, what, env) {
  const r = await run(cmd, args, env ? { env } : {});
  if (r.code !== 0) throw new UserError(`${what} failed (${cmd} exited ${r.code}): ${r.stderr.trim().split("\n").slice(-3).join(" / ")}`);
  return r.stdout;
}
async function ensureBuildUsers(count = 8) {
  if ((await run("getent", ["group", "nixbld"])).code !== 0) await must("groupadd", ["-r", "nixbld"], "creating group nixbld");
  for (let i = 1; i <= count; i++) {
    if ((await run("id", [`nixbld${i}`])).code === 0) continue;
    await must(
      "useradd",
      ["-r", "-g", "nixbld", "-G", "nixbld", "-d", "/var/empty", "-s", "/usr/sbin/nologin", "-c", `Nix build user ${i}`, `nixbld${i}`],
      "creating Nix build users"
    );
  }
  await must("mkdir", ["-p", "/nix/store", "/nix/var/nix/daemon-socket"], "creating /nix/store");
  await must("chown", ["root:nixbld", "/nix/store"], "setting the owner of /nix/store");
  await must("chmod", ["1775", "/nix/store"], "setting the mode of /nix/store");
}
async function installDistro(log) {
  if (!existsSync6("/etc/debian_version"))
    throw new UserError("install: distro supports Debian and Ubuntu (apt); use install: official on this system");
  log("installing Nix from the distribution (apt-get install nix-bin)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await must("apt-get", ["update", "-qq"], "apt-get update", env);
  await must("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "nix-bin"], "apt-get install nix-bin", env);
  await ensureBuildUsers();
}
var MAX_TARBALL = 512 * 1024 * 1024;
function readPlainFile(path) {
  let fd;
  try {
    fd = openSync7(path, constants3.O_RDONLY | constants3.O_NOFOLLOW | constants3.O_NONBLOCK);
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync3(fd);
    return st.isFile() && st.size <= MAX_TARBALL ? readFileSync11(fd) : void 0;
  } finally {
    closeSync5(fd);
  }
}
function keepCopy(dir, name, bytes) {
  if (cacheDirProblem(dir, lstatFacts)) return;
  const path = join9(dir, name);
  let fd;
  try {
    fd = openSync7(path, constants3.O_WRONLY | constants3.O_CREAT | constants3.O_EXCL | constants3.O_NOFOLLOW, 420);
  } catch {
    return;
  }
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync3(fd, bytes, off, bytes.length - off);
    closeSync5(fd);
  } catch {
    closeSync5(fd);
    rmSync5(path, { force: true });
  }
}
async function download(url) {
  const res = await fetch(url).catch((err) => {
    throw new UserError(`cannot download the Nix installer from ${url}: ${err.message}`);
  });
  if (!res.ok) throw new UserError(`cannot download the Nix installer from ${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
async function installOfficial(o, log) {
  if (!/^[0-9a-f]{64}$/.test(o.sha256))
    throw usageError("install: official needs nix-installer-sha256 (64 hex digits) to check the tarball before it runs");
  const work = mkdtempSync(join9(tmpdir(), "ntc-nix-install-"));
  try {
    const name = `nix-${o.sha256}.tar.xz`;
    const kept = o.cacheDir ? readPlainFile(join9(o.cacheDir, name)) : void 0;
    let bytes = kept && sha256Hex(kept) === o.sha256 ? kept : void 0;
    if (!bytes) {
      log(`downloading ${o.url}`);
      bytes = await download(o.url);
    }
    const actual = sha256Hex(bytes);
    if (actual !== o.sha256)
      throw new UserError(`the Nix installer from ${o.url} has sha256 ${actual}, expected ${o.sha256}: refusing to run it`);
    const tarball = join9(work, "nix.tar.xz");
    writeFileSync6(tarball, bytes, { flag: "wx", mode: 384 });
    if (o.cacheDir && bytes !== kept) keepCopy(o.cacheDir, name, bytes);
    await must("tar", ["-xf", tarball, "-C", work], "unpacking the Nix installer");
    const installer = (await must("find", [work, "-maxdepth", "2", "-name", "install", "-type", "f"], "finding the installer")).split(
      "\n"
    )[0];
    if (!installer) throw new UserError("the Nix installer tarball has no install script");
    log("running the official multi-user installer (--daemon --yes)");
    await must(installer, ["--daemon", "--yes", "--no-channel-add"], "the Nix installer", {
      ...process.env,
      NIX_INSTALLER_NO_MODIFY_PROFILE: "1"
    });
  } finally {
    rmSync5(work, { recursive: true, force: true });
  }
}

// src/cli/deprovision.ts
var USAGE2 = `usage: nix-trusted-cache deprovision [--drop-queue | --keep-queue]
  undoes provision (root): nix.conf as it was, our drop-in, hook, worker, unit, keys, credentials and state
  removed, nix-daemon restarted; refuses while entries wait in the queue, unless
  --drop-queue                  discard the entries not uploaded yet
  --keep-queue                  keep the queue and the ledger (provisioning again uploads them)`;
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function readRegularFile(path) {
  try {
    const st = lstatSync4(path);
    return st.isFile() ? { bytes: readFileSync12(path), mode: st.mode & 4095 } : void 0;
  } catch {
    return void 0;
  }
}
function zeroFill(path) {
  let fd;
  try {
    fd = openSync8(path, constants4.O_WRONLY | constants4.O_NOFOLLOW);
  } catch {
    return;
  }
  try {
    const size = fstatSync4(fd).size;
    if (size > 0) writeSync4(fd, Buffer.alloc(size), 0, size, 0);
    fsyncSync2(fd);
  } finally {
    closeSync6(fd);
  }
}
function processesWithArg(arg) {
  const out = [];
  for (const name of readdirSync4("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      if (statSync7(`/proc/${name}`).uid !== 0) continue;
      if (readFileSync12(`/proc/${name}/cmdline`, "latin1").split("\0").includes(arg)) out.push(Number(name));
    } catch {
    }
  }
  return out;
}
function signal(pids, sig) {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
    }
  }
}
async function stopWorkerProcesses2() {
  signal(processesWithArg(LAYOUT.workerLock), "SIGTERM");
  const pids = workerProcesses(LAYOUT.node, LAYOUT.worker);
  signal(pids, "SIGTERM");
  for (let i = 0; i < 100 && pids.some(processAlive); i++) await sleep(50);
  signal(pids.filter(processAlive), "SIGKILL");
  return pids;
}
var systemctl2 = (...args) => mustSystemctl(systemctl, args, WORKER_UNIT);
async function restartNixDaemon(nixBinDir) {
  if (!await nixDaemonPid()) return "nix-daemon is not running: it reads the restored nix.conf when it starts";
  const binDir = nixBinDir ?? findNixBinDir();
  if (!binDir) throw new Error("no nix-daemon binary found to restart");
  const r = await ensureNixDaemon(binDir, true, () => {
  });
  return `restarted nix-daemon${r.pid ? ` (pid ${r.pid})` : ""}: it no longer runs the post-build-hook`;
}
var realHost = {
  isRoot: () => process.getuid?.() === 0,
  exists: (path) => {
    try {
      lstatSync4(path);
      return true;
    } catch {
      return false;
    }
  },
  readFile: readRegularFile,
  listDir: (path) => {
    try {
      return readdirSync4(path);
    } catch {
      return void 0;
    }
  },
  writeFile: (path, bytes, mode) => void writeRootFile(path, bytes, mode),
  zeroFill,
  remove: (path) => rmSync6(path, { recursive: true, force: true }),
  // rm never follows a link
  systemdRunning,
  stopWorkerUnit: async () => {
    await systemctl2("stop", WORKER_UNIT);
    await systemctl2("disable", WORKER_UNIT);
  },
  reloadSystemd: async () => void await systemctl2("daemon-reload"),
  stopWorkerProcesses: stopWorkerProcesses2,
  restartNixDaemon
};
function queuePolicy(drop, keep) {
  if (drop && keep) throw usageError("give at most one of --drop-queue and --keep-queue");
  return drop ? "drop" : keep ? "keep" : "refuse";
}
async function deprovisionCommand(args) {
  const { values, positionals } = parseCommandArgs("deprovision", args, {
    "drop-queue": { type: "boolean", default: false },
    "keep-queue": { type: "boolean", default: false }
  });
  if (positionals.length > 0) throw usageError(USAGE2);
  const queue = queuePolicy(values["drop-queue"], values["keep-queue"]);
  const report = await deprovision(realHost, { queue, say: (line2) => process.stdout.write(`${line2}
`) });
  for (const line2 of report.leaves) process.stdout.write(`left in place: ${line2}
`);
  return 0;
}

// src/core/keys.ts
var import_tweetnacl = __toESM(require_nacl_fast(), 1);
import { createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function splitKey(text, what) {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(":");
  if (colon <= 0) throw new UserError(`${what} is not in Nix's "name:base64" format`);
  const name = trimmed.slice(0, colon);
  const body = trimmed.slice(colon + 1);
  if (!NAME.test(name)) throw new UserError(`${what} has an invalid name (letters, digits, '.', '_', '-')`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
    throw new UserError(`${what} "${name}:\u2026" is not valid base64`);
  }
  return { name, bytes: new Uint8Array(Buffer.from(body, "base64")) };
}
function parseSecretKey(text) {
  const { name, bytes } = splitKey(text, "the signing key");
  if (bytes.length === 32) {
    throw new UserError(`the signing key "${name}:\u2026" is 32 bytes: that is a public key; give the secret key (nix key generate-secret)`);
  }
  if (bytes.length !== 64) throw new UserError(`the signing key "${name}:\u2026" has ${bytes.length} bytes, expected 64`);
  const derived = createPublicKey(privateKeyOfSeed(bytes.subarray(0, 32))).export({ format: "der", type: "spki" }).subarray(-32);
  if (!derived.equals(bytes.subarray(32))) {
    throw new UserError(`the signing key "${name}:\u2026" is corrupt: its public half does not match its seed`);
  }
  return { name, secret: bytes };
}
function parsePublicKey(text) {
  const { name, bytes } = splitKey(text, "the public key");
  if (bytes.length === 64) throw new UserError(`the public key "${name}:\u2026" is 64 bytes: that is a secret key`);
  if (bytes.length !== 32) throw new UserError(`the public key "${name}:\u2026" has ${bytes.length} bytes, expected 32`);
  return { name, key: bytes };
}
function publicKeyOf(sk) {
  return { name: sk.name, key: sk.secret.slice(32) };
}
function formatSecretKey(sk) {
  return `${sk.name}:${Buffer.from(sk.secret).toString("base64")}`;
}
function formatPublicKey(pk) {
  return `${pk.name}:${Buffer.from(pk.key).toString("base64")}`;
}
function generateSecretKey(name) {
  if (!NAME.test(name))
    throw new UserError(`invalid key name ${JSON.stringify(name)}: use letters, digits, '.', '_', '-' (e.g. cache.example.org-1)`);
  return { name, secret: import_tweetnacl.default.sign.keyPair().secretKey };
}
var ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
var ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
var nodeKeys = /* @__PURE__ */ new WeakMap();
var nodePublicKeys = /* @__PURE__ */ new WeakMap();
function privateKeyOfSeed(seed) {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
}
function publicKeyObject(pk) {
  let key = nodePublicKeys.get(pk);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, pk.key]), format: "der", type: "spki" });
    nodePublicKeys.set(pk, key);
  }
  return key;
}
function signFingerprint(sk, fingerprint2) {
  let key = nodeKeys.get(sk);
  if (!key) {
    key = privateKeyOfSeed(sk.secret.subarray(0, 32));
    nodeKeys.set(sk, key);
  }
  return `${sk.name}:${sign(null, Buffer.from(fingerprint2, "utf8"), key).toString("base64")}`;
}
function verifyFingerprint(keys, fingerprint2, sig) {
  const colon = sig.indexOf(":");
  if (colon <= 0) return false;
  const name = sig.slice(0, colon);
  const bytes = Buffer.from(sig.slice(colon + 1), "base64");
  if (bytes.length !== 64) return false;
  const msg = Buffer.from(fingerprint2, "utf8");
  return keys.some((k) => k.name === name && verifiesWith(k, msg, bytes));
}
function verifiesWith(k, msg, sig) {
  try {
    return verify(null, msg, publicKeyObject(k), sig);
  } catch {
    return false;
  }
}

// src/cli/keygen.ts
function keygenCommand(args) {
  if (args.length !== 1) throw usageError("usage: nix-trusted-cache keygen NAME   (e.g. cache.example.org-1)");
  const sk = generateSecretKey(args[0]);
  process.stdout.write(formatSecretKey(sk) + "\n");
  process.stderr.write(formatPublicKey(publicKeyOf(sk)) + "\n");
  return 0;
}

// src/core/compression.ts
import { spawn as spawn5 } from "node:child_process";
import { Duplex, PassThrough, Readable } from "node:stream";
import { promisify } from "node:util";
import zlib2 from "node:zlib";

// src/core/zstd-frames.ts
import { Transform } from "node:stream";
import zlib from "node:zlib";
var MAGIC = 4247762216;
var SKIPPABLE = 407710288;
var ZstdFramesDecompress = class extends Transform {
  state = { at: "magic" };
  header = Buffer.alloc(0);
  // bytes of the token being read
  need = 4;
  // bytes the token needs
  skip = 0;
  // bytes of block contents or skippable data to pass (or drop) before the next token
  skipping = false;
  // dropping (skippable frame) rather than decoding
  lastBlock = false;
  checksum = false;
  decoder;
  frames = 0;
  pendingEnd = false;
  feed(bytes) {
    if (this.skipping || bytes.length === 0) return Promise.resolve();
    if (!this.decoder) {
      this.decoder = zlib.createZstdDecompress();
      this.decoder.on("data", (d2) => this.push(d2));
      this.decoder.on("error", (err) => this.destroy(err));
    }
    const d = this.decoder;
    return new Promise((resolve, reject) => d.write(bytes, (err) => err ? reject(err) : resolve()));
  }
  endFrame() {
    const d = this.decoder;
    this.decoder = void 0;
    this.frames++;
    if (!d) return Promise.resolve();
    return new Promise((resolve, reject) => {
      d.once("error", reject);
      d.once("end", () => resolve());
      d.end();
    });
  }
  /** A token (magic, header, block header, checksum) is complete: decide what comes next. */
  async token(t) {
    const s = this.state.at;
    if (s === "magic") {
      const m = t.readUInt32LE(0);
      if (m === MAGIC) return this.expect("descriptor", 1, t, false);
      if ((m & 4294967280) === SKIPPABLE) return this.expect("skip-size", 4, t, true);
      throw new Error("not a zstd stream (bad frame magic number)");
    }
    if (s === "skip-size") {
      this.skip = t.readUInt32LE(0);
      return this.expect("magic", 4, void 0, true);
    }
    if (s === "descriptor") {
      const fhd = t[0];
      this.checksum = (fhd & 4) !== 0;
      const single = (fhd & 32) !== 0;
      const fcs = [single ? 1 : 0, 2, 4, 8][fhd >> 6];
      const did = [0, 1, 2, 4][fhd & 3];
      const rest = (single ? 0 : 1) + did + fcs;
      if (rest === 0) return this.expect("block-header", 3, t, false);
      return this.expect("header-rest", rest, t, false);
    }
    if (s === "header-rest") return this.expect("block-header", 3, t, false);
    if (s === "block-header") {
      const h = t[0] | t[1] << 8 | t[2] << 16;
      this.lastBlock = (h & 1) === 1;
      const type = h >> 1 & 3;
      if (type === 3) throw new Error("corrupt zstd stream (reserved block type)");
      this.skip = type === 1 ? 1 : h >>> 3;
      if (!this.lastBlock) return this.expect("block-header", 3, t, false);
      if (this.checksum) return this.expect("checksum", 4, t, false);
      return this.expect("magic", 4, t, false, true);
    }
    return this.expect("magic", 4, t, false, true);
  }
  /** Next token: feed `done` (the token just read) to the decoder, and end the frame when it is complete. */
  async expect(at2, need, done, skipping, frameEnds = false) {
    this.skipping = skipping;
    if (done) await this.feed(done);
    this.state = { at: at2 };
    this.need = need;
    this.header = Buffer.alloc(0);
    if (frameEnds) this.pendingEnd = true;
  }
  _transform(chunk, _enc, done) {
    this.consume(chunk).then(() => done(), done);
  }
  async consume(chunk) {
    let off = 0;
    while (off < chunk.length) {
      if (this.skip > 0) {
        const n2 = Math.min(this.skip, chunk.length - off);
        await this.feed(chunk.subarray(off, off + n2));
        this.skip -= n2;
        off += n2;
        continue;
      }
      if (this.pendingEnd) {
        this.pendingEnd = false;
        await this.endFrame();
      }
      const n = Math.min(this.need - this.header.length, chunk.length - off);
      this.header = Buffer.concat([this.header, chunk.subarray(off, off + n)]);
      off += n;
      if (this.header.length === this.need) await this.token(this.header);
    }
    if (this.skip === 0 && this.pendingEnd) {
      this.pendingEnd = false;
      await this.endFrame();
    }
  }
  _flush(done) {
    const clean = this.state.at === "magic" && this.header.length === 0 && this.skip === 0 && this.frames > 0;
    if (!clean) return done(new Error("truncated zstd stream"));
    done();
  }
};

// src/core/compression.ts
var COMPRESSIONS = ["zstd", "xz", "br", "none"];
function parseCompression(text) {
  if (COMPRESSIONS.includes(text)) return text;
  throw usageError(`unknown compression ${JSON.stringify(text)}: use one of ${COMPRESSIONS.join(", ")}`);
}
function narExtension(c) {
  return { zstd: ".zst", xz: ".xz", br: ".br", bzip2: ".bz2", none: "" }[c] ?? `.${c}`;
}
function filterProcess(cmd, args) {
  const child = spawn5(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString());
  const output = new PassThrough();
  child.stdout.pipe(output, { end: false });
  const duplex = Duplex.from({ writable: child.stdin, readable: output });
  child.on("error", (err) => duplex.destroy(new Error(`cannot run ${cmd}: ${err.message} (install ${cmd})`)));
  child.on("close", (code, signal2) => {
    if (code === 0) output.end();
    else duplex.destroy(new Error(`${cmd} exited with ${code ?? signal2}: ${stderr.trim()}`));
  });
  duplex.on("close", () => child.kill());
  return duplex;
}
var CHUNK2 = 1024 * 1024;
function compressor(c) {
  switch (c) {
    case "zstd":
      return zlib2.createZstdCompress({ chunkSize: CHUNK2, params: { [zlib2.constants.ZSTD_c_compressionLevel]: 3 } });
    case "xz":
      return filterProcess("xz", ["-c", "-6", "-T0"]);
    case "br":
      return zlib2.createBrotliCompress({ chunkSize: CHUNK2, params: { [zlib2.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case "none":
      return new PassThrough();
  }
}
async function compressBuffer(c, input) {
  const chunkSize = Math.max(1024, input.length + (input.length >> 6) + 1024);
  switch (c) {
    case "zstd":
      return promisify(zlib2.zstdCompress)(input, { chunkSize, params: { [zlib2.constants.ZSTD_c_compressionLevel]: 3 } });
    case "br":
      return promisify(zlib2.brotliCompress)(input, { chunkSize, params: { [zlib2.constants.BROTLI_PARAM_QUALITY]: 5 } });
    case "none":
      return input;
    case "xz": {
      const parts = [];
      for await (const part of Readable.from([input]).pipe(compressor(c))) parts.push(part);
      return Buffer.concat(parts);
    }
  }
}
function decompressor(c) {
  switch (c) {
    case "zstd":
      return new ZstdFramesDecompress();
    // Node's own decoder stops after the first frame
    case "xz":
      return filterProcess("xz", ["-dc"]);
    case "br":
      return zlib2.createBrotliDecompress();
    case "bzip2":
      return filterProcess("bzip2", ["-dc"]);
    case "none":
    case "":
      return new PassThrough();
    default:
      throw new Error(`unsupported compression ${JSON.stringify(c)}`);
  }
}

// src/core/key-file.ts
import { readFile as readFile3 } from "node:fs/promises";
async function readSecretKeyFile(path) {
  let text;
  try {
    text = await readFile3(path, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT")
      throw new UserError(`signing key file ${path} does not exist; create one with: nix-trusted-cache keygen NAME > FILE`);
    if (code === "EACCES")
      throw new UserError(`signing key file ${path} is not readable by this user (it should be root-only: run as root)`);
    throw new UserError(`cannot read signing key file ${path}: ${code ?? err.message}`);
  }
  try {
    return parseSecretKey(text);
  } catch (err) {
    throw new UserError(`${path}: ${err.message}`);
  }
}

// src/nix/store.ts
var PathGoneError = class extends Error {
  storePath;
  retryable = false;
  // a path that is gone does not come back by waiting
  constructor(storePath, how = "garbage-collected or never built") {
    super(`${storePath} is not in the Nix store (${how})`);
    this.name = "PathGoneError";
    this.storePath = storePath;
  }
};
function requirePathInfos(store, paths) {
  return paths.map((p) => store.pathInfo(p) ?? throwGone(p));
}
function throwGone(path) {
  throw new PathGoneError(path);
}

// src/nix/store-db.ts
import { readFileSync as readFileSync13 } from "node:fs";
import { DatabaseSync } from "node:sqlite";

// src/nix/nar.ts
import { closeSync as closeSync7, fstatSync as fstatSync5, lstatSync as lstatSync5, openSync as openSync9, readdirSync as readdirSync5, readlinkSync, readSync as readSync2, constants as fsc2 } from "node:fs";
var CHUNK3 = 1024 * 1024;
var PAD = Buffer.alloc(8);
var SLASH = Buffer.from("/");
var ChunkPool = class {
  chunkSize;
  free = [];
  constructor(chunkSize) {
    this.chunkSize = chunkSize;
  }
  take() {
    return this.free.pop() ?? Buffer.allocUnsafe(this.chunkSize);
  }
  /** Back into the pool, for a buffer that `take` gave and nothing reads any more. */
  give(buf) {
    this.free.push(buf);
  }
};
var ChunkWriter = class {
  buf;
  // being written
  used = 0;
  full = [];
  // chunks not handed over yet
  fullBuffers = [];
  // with a pool: the buffers behind them
  chunkSize;
  // fields, not parameter properties: the bench strips types only
  pool;
  /** `sizeHint`: the expected NAR size; without a pool, a small NAR then fits one buffer of just its size. */
  constructor(sizeHint, chunkSize, pool) {
    this.chunkSize = chunkSize;
    this.pool = pool;
    if (!pool) this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));
  }
  current() {
    return this.buf ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(this.chunkSize);
  }
  flush() {
    if (this.used === 0) return;
    this.full.push(this.buf.subarray(0, this.used));
    if (this.pool) this.fullBuffers.push(this.buf);
    this.buf = void 0;
    this.used = 0;
  }
  /** Space to write `n` bytes into (at most a chunk). */
  room(n) {
    if (this.used + n > this.current().length) this.flush();
    return this.current();
  }
  /** A NAR length (at most 2^53: a JavaScript number's integers), as two 32-bit halves: no BigInt per field. */
  u64(n) {
    const buf = this.room(8);
    buf.writeUInt32LE(n % 4294967296, this.used);
    buf.writeUInt32LE(Math.floor(n / 4294967296), this.used + 4);
    this.used += 8;
  }
  bytes(b) {
    let off = 0;
    while (off < b.length) {
      if (this.used === this.current().length) this.flush();
      const buf = this.current();
      const n = Math.min(b.length - off, buf.length - this.used);
      buf.set(b.subarray(off, off + n), this.used);
      this.used += n;
      off += n;
    }
  }
  pad(len) {
    const p = (8 - len % 8) % 8;
    if (p) this.bytes(PAD.subarray(0, p));
  }
  str(s) {
    const b = typeof s === "string" ? token(s) : s;
    this.u64(b.length);
    this.bytes(b);
    this.pad(b.length);
  }
  /**
   * Reads `size` bytes of an open file straight into the output buffers, handing over each buffer as it
   * fills: a large file never sits in memory whole.
   */
  *fileContents(fd, size, describe) {
    this.u64(size);
    let left = size;
    while (left > 0) {
      if (this.used === this.current().length) {
        this.flush();
        yield* this.drain();
      }
      const buf = this.current();
      const got = readSync2(fd, buf, this.used, Math.min(left, buf.length - this.used), null);
      if (got === 0) throw new Error(`${describe} shrank while it was read`);
      this.used += got;
      left -= got;
    }
    this.pad(size);
  }
  /** Hands over what is full; with a pool, each buffer goes back once the consumer asks for what follows. */
  *drain() {
    if (this.full.length === 0) return;
    const chunks = this.full.splice(0);
    const buffers = this.fullBuffers.splice(0);
    try {
      yield* chunks;
    } finally {
      for (const b of buffers) this.pool.give(b);
    }
  }
  *end() {
    this.flush();
    yield* this.drain();
  }
  /** With a pool: every buffer still held goes back (the consumer asks for nothing more, or gave up). */
  close() {
    if (!this.pool) return;
    for (const b of this.fullBuffers.splice(0)) this.pool.give(b);
    if (this.buf) this.pool.give(this.buf);
    this.buf = void 0;
    this.full.length = 0;
  }
};
var TOKENS = /* @__PURE__ */ new Map();
function token(s) {
  let b = TOKENS.get(s);
  if (!b) TOKENS.set(s, b = Buffer.from(s));
  return b;
}
function byName(a, b) {
  return Buffer.compare(a.name, b.name);
}
function* narChunks(root2, sizeHint = CHUNK3, chunkSize = CHUNK3, pool) {
  if (pool && pool.chunkSize !== chunkSize) throw new Error(`a pool of ${pool.chunkSize}-byte buffers for ${chunkSize}-byte chunks`);
  const w = new ChunkWriter(sizeHint, chunkSize, pool);
  try {
    yield* walk(w, root2);
  } finally {
    w.close();
  }
}
function* walk(w, root2) {
  w.str("nix-archive-1");
  const stack = [];
  function* file(path) {
    const fd = openSync9(path, fsc2.O_RDONLY | fsc2.O_NOFOLLOW | fsc2.O_NONBLOCK);
    try {
      const st = fstatSync5(fd);
      if (!st.isFile()) throw new Error(`${path.toString()} changed while it was read`);
      w.str("(");
      w.str("type");
      w.str("regular");
      if (st.mode & 64) {
        w.str("executable");
        w.str("");
      }
      w.str("contents");
      yield* w.fileContents(fd, st.size, path.toString());
    } finally {
      closeSync7(fd);
    }
    w.str(")");
  }
  function* node(path, entry) {
    const told = entry !== void 0 && (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink());
    const st = told ? entry : lstatSync5(path);
    if (st.isFile()) return yield* file(path);
    w.str("(");
    w.str("type");
    if (st.isSymbolicLink()) {
      w.str("symlink");
      w.str("target");
      w.str(readlinkSync(path, { encoding: "buffer" }));
      w.str(")");
    } else if (st.isDirectory()) {
      w.str("directory");
      const entries2 = readdirSync5(path, { encoding: "buffer", withFileTypes: true }).sort(byName);
      stack.push({ dir: path, entries: entries2, next: 0 });
    } else {
      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);
    }
  }
  yield* node(Buffer.from(root2));
  yield* w.drain();
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next > 0) w.str(")");
    if (top.next === top.entries.length) {
      stack.pop();
      w.str(")");
      continue;
    }
    const entry = top.entries[top.next++];
    w.str("entry");
    w.str("(");
    w.str("name");
    w.str(entry.name);
    w.str("node");
    yield* node(Buffer.concat([top.dir, SLASH, entry.name]), entry);
    yield* w.drain();
  }
  yield* w.end();
}

// src/nix/store-db.ts
var NIX_DB = "/nix/var/nix/db/db.sqlite";
var LocalStore = class {
  db;
  byPath;
  refs;
  outputs;
  closureOf;
  constructor(dbFile = NIX_DB) {
    try {
      this.db = new DatabaseSync(dbFile, { readOnly: true, timeout: 1e4 });
    } catch (err) {
      throw new UserError(
        `cannot open the Nix database ${dbFile} read-only (${err.message}): is Nix installed, and may this user read it?`
      );
    }
    this.byPath = this.db.prepare("SELECT id, hash, registrationTime, deriver, narSize, sigs, ca FROM ValidPaths WHERE path = ?");
    this.refs = this.db.prepare("SELECT v.path AS path FROM Refs r JOIN ValidPaths v ON v.id = r.reference WHERE r.referrer = ?");
    this.outputs = this.db.prepare(
      "SELECT o.path AS path FROM DerivationOutputs o JOIN ValidPaths v ON v.id = o.drv WHERE v.path = ? ORDER BY o.id"
    );
    this.closureOf = this.db.prepare(`
      WITH RECURSIVE c(id) AS (
        SELECT id FROM ValidPaths WHERE path IN (SELECT value FROM json_each(?))
        UNION SELECT r.reference FROM Refs r JOIN c ON r.referrer = c.id
      ) SELECT v.path AS path FROM c JOIN ValidPaths v ON v.id = c.id ORDER BY v.path`);
  }
  pathInfo(path) {
    if (!isStorePath(path)) return void 0;
    const row = this.byPath.get(path);
    if (!row) return void 0;
    const info = {
      path,
      narHash: normalizeSha256(row.hash),
      narSize: Number(row.narSize ?? 0),
      references: this.refs.all(row.id).map((r) => r.path).sort(),
      registrationTime: Number(row.registrationTime)
    };
    if (row.deriver) info.deriver = row.deriver;
    if (row.ca) info.ca = row.ca;
    const sigs = (row.sigs ?? "").split(" ").filter(Boolean);
    if (sigs.length > 0) info.sigs = sigs;
    return info;
  }
  closure(paths) {
    return this.closureOf.all(JSON.stringify(paths)).map((r) => r.path);
  }
  derivationOutputs(drvPath) {
    if (!this.byPath.get(drvPath)) return void 0;
    return this.outputs.all(drvPath).map((r) => r.path);
  }
  derivationText(drvPath) {
    if (!drvPath.endsWith(".drv") || !this.byPath.get(drvPath)) return void 0;
    try {
      return readFileSync13(drvPath, "utf8");
    } catch {
      return void 0;
    }
  }
  nar(path, sizeHint, chunkSize) {
    return narChunks(path, sizeHint, chunkSize);
  }
  close() {
    this.db.close();
  }
};

// src/push/encoder.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/core/hashing-stream.ts
import { createHash as createHash2 } from "node:crypto";
import { Transform as Transform2 } from "node:stream";
var HashingStream = class extends Transform2 {
  constructor(expect) {
    super();
    this.expect = expect;
  }
  expect;
  hash = createHash2("sha256");
  size = 0;
  digest;
  _transform(chunk, _enc, done) {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
  _flush(done) {
    this.digest = new Uint8Array(this.hash.digest());
    const e = this.expect;
    if (e && (e.size !== this.size || !Buffer.from(e.digest).equals(Buffer.from(this.digest)))) {
      done(new NarMismatchError(e.describe, e.size, this.size));
      return;
    }
    done();
  }
};
var NarMismatchError = class extends Error {
  constructor(storePath, expectedSize, actualSize) {
    super(
      `refusing to sign ${storePath}: its contents differ from the hash registered in the Nix database (NAR size ${actualSize}, registered ${expectedSize}); the path was modified after it was built`
    );
    this.storePath = storePath;
    this.expectedSize = expectedSize;
    this.actualSize = actualSize;
    this.name = "NarMismatchError";
  }
  storePath;
  expectedSize;
  actualSize;
};

// src/push/encode-frames.ts
import { createHash as createHash3 } from "node:crypto";
import { chmodSync as chmodSync4, closeSync as closeSync8, constants as fsc3, fchmodSync as fchmodSync2, mkdirSync as mkdirSync4, openSync as openSync10, renameSync as renameSync7, rmSync as rmSync7 } from "node:fs";
import { dirname as dirname7 } from "node:path";
import zlib3 from "node:zlib";
var FRAME = 4 * 1024 * 1024;
var LEVEL = { [zlib3.constants.ZSTD_c_compressionLevel]: 3 };
function compressBound(n) {
  return n + (n >> 8) + (n < 128 * 1024 ? 128 * 1024 - n >> 11 : 0) + 64;
}
function compressFrame(chunk) {
  const out = zlib3.zstdCompressSync(chunk, { params: LEVEL, chunkSize: compressBound(chunk.length) });
  return shrinkToFit(out);
}
function* encodeFrames(req, nar) {
  const narHash = createHash3("sha256");
  const fileHash = createHash3("sha256");
  let narBytes = 0;
  let fileSize = 0;
  let held;
  for (const chunk of nar(req.path, req.narSize, FRAME)) {
    narHash.update(chunk);
    narBytes += chunk.length;
    const piece = req.compression === "zstd" ? compressFrame(chunk) : Buffer.from(chunk);
    fileHash.update(piece);
    fileSize += piece.length;
    if (held) yield held;
    held = piece;
  }
  if (narBytes !== req.narSize || !narHash.digest().equals(req.narDigest)) throw new NarMismatchError(req.path, req.narSize, narBytes);
  if (held) yield held;
  else if (req.compression === "zstd") {
    const empty = zlib3.zstdCompressSync(Buffer.alloc(0));
    fileHash.update(empty);
    fileSize += empty.length;
    yield empty;
  }
  return { fileHash: fileHash.digest(), fileSize };
}
var CREATE = fsc3.O_WRONLY | fsc3.O_CREAT | fsc3.O_EXCL | fsc3.O_NOFOLLOW;
var FILE_MODE2 = 420;
var DIR_MODE2 = 493;
function* encodeToFile(req, nar, file) {
  const fd = createExclusive(file.tmp);
  let open2 = true;
  let renamed = false;
  try {
    fchmodSync2(fd, FILE_MODE2);
    const frames = encodeFrames(req, nar);
    for (let r = frames.next(); ; r = frames.next()) {
      if (!r.done) {
        writeAll(fd, r.value);
        release(r.value);
        yield;
        continue;
      }
      open2 = false;
      closeSync8(fd);
      renameSync7(file.tmp, file.final);
      renamed = true;
      return r.value;
    }
  } finally {
    if (open2) closeSync8(fd);
    if (!renamed) rmSync7(file.tmp, { force: true });
  }
}
function createExclusive(tmp) {
  try {
    return openSync10(tmp, CREATE, FILE_MODE2);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
    const dir = dirname7(tmp);
    const made = mkdirSync4(dir, { recursive: true });
    if (made !== void 0) for (let d = dir; d.length >= made.length; d = dirname7(d)) chmodSync4(d, DIR_MODE2);
    return openSync10(tmp, CREATE, FILE_MODE2);
  }
}

// src/push/encoder.ts
function inlineEncoder(nar) {
  return {
    async *encode(req) {
      if (req.file) return await writeInline(req, nar, req.file);
      return yield* encodeFrames(req, nar);
    },
    warm: () => {
    },
    close: async () => {
    }
  };
}
async function writeInline(req, nar, file) {
  const steps = encodeToFile(req, nar, file);
  for (; ; ) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
function defaultEncoder(nar, parallel) {
  if (false) return inlineEncoder(nar);
  const lanes = Math.max(1, Math.min(parallel, availableParallelism()));
  const pool = new ChunkPool(FRAME);
  const inline = inlineEncoder((p, hint, size) => narChunks(p, hint, size, pool));
  return new ThreadEncoder('"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nvar __getOwnPropNames = Object.getOwnPropertyNames;\nvar __getProtoOf = Object.getPrototypeOf;\nvar __hasOwnProp = Object.prototype.hasOwnProperty;\nvar __copyProps = (to, from, except, desc) => {\n  if (from && typeof from === "object" || typeof from === "function") {\n    for (let key of __getOwnPropNames(from))\n      if (!__hasOwnProp.call(to, key) && key !== except)\n        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });\n  }\n  return to;\n};\nvar __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(\n  // If the importer is in node compatibility mode or this is not an ESM\n  // file that has been converted to a CommonJS file using a Babel-\n  // compatible transform (i.e. "__esModule" has not been set), then set\n  // "default" to the CommonJS "module.exports" for node compatibility.\n  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,\n  mod\n));\n\n// src/push/encoder-thread.ts\nvar import_node_worker_threads = require("node:worker_threads");\n\n// src/nix/nar.ts\nvar import_node_fs = require("node:fs");\nvar CHUNK = 1024 * 1024;\nvar PAD = Buffer.alloc(8);\nvar SLASH = Buffer.from("/");\nvar ChunkPool = class {\n  chunkSize;\n  free = [];\n  constructor(chunkSize) {\n    this.chunkSize = chunkSize;\n  }\n  take() {\n    return this.free.pop() ?? Buffer.allocUnsafe(this.chunkSize);\n  }\n  /** Back into the pool, for a buffer that `take` gave and nothing reads any more. */\n  give(buf) {\n    this.free.push(buf);\n  }\n};\nvar ChunkWriter = class {\n  buf;\n  // being written\n  used = 0;\n  full = [];\n  // chunks not handed over yet\n  fullBuffers = [];\n  // with a pool: the buffers behind them\n  chunkSize;\n  // fields, not parameter properties: the bench strips types only\n  pool;\n  /** `sizeHint`: the expected NAR size; without a pool, a small NAR then fits one buffer of just its size. */\n  constructor(sizeHint, chunkSize, pool) {\n    this.chunkSize = chunkSize;\n    this.pool = pool;\n    if (!pool) this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));\n  }\n  current() {\n    return this.buf ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(this.chunkSize);\n  }\n  flush() {\n    if (this.used === 0) return;\n    this.full.push(this.buf.subarray(0, this.used));\n    if (this.pool) this.fullBuffers.push(this.buf);\n    this.buf = void 0;\n    this.used = 0;\n  }\n  /** Space to write `n` bytes into (at most a chunk). */\n  room(n) {\n    if (this.used + n > this.current().length) this.flush();\n    return this.current();\n  }\n  /** A NAR length (at most 2^53: a JavaScript number\'s integers), as two 32-bit halves: no BigInt per field. */\n  u64(n) {\n    const buf = this.room(8);\n    buf.writeUInt32LE(n % 4294967296, this.used);\n    buf.writeUInt32LE(Math.floor(n / 4294967296), this.used + 4);\n    this.used += 8;\n  }\n  bytes(b) {\n    let off = 0;\n    while (off < b.length) {\n      if (this.used === this.current().length) this.flush();\n      const buf = this.current();\n      const n = Math.min(b.length - off, buf.length - this.used);\n      buf.set(b.subarray(off, off + n), this.used);\n      this.used += n;\n      off += n;\n    }\n  }\n  pad(len) {\n    const p = (8 - len % 8) % 8;\n    if (p) this.bytes(PAD.subarray(0, p));\n  }\n  str(s) {\n    const b = typeof s === "string" ? token(s) : s;\n    this.u64(b.length);\n    this.bytes(b);\n    this.pad(b.length);\n  }\n  /**\n   * Reads `size` bytes of an open file straight into the output buffers, handing over each buffer as it\n   * fills: a large file never sits in memory whole.\n   */\n  *fileContents(fd, size, describe) {\n    this.u64(size);\n    let left = size;\n    while (left > 0) {\n      if (this.used === this.current().length) {\n        this.flush();\n        yield* this.drain();\n      }\n      const buf = this.current();\n      const got = (0, import_node_fs.readSync)(fd, buf, this.used, Math.min(left, buf.length - this.used), null);\n      if (got === 0) throw new Error(`${describe} shrank while it was read`);\n      this.used += got;\n      left -= got;\n    }\n    this.pad(size);\n  }\n  /** Hands over what is full; with a pool, each buffer goes back once the consumer asks for what follows. */\n  *drain() {\n    if (this.full.length === 0) return;\n    const chunks2 = this.full.splice(0);\n    const buffers = this.fullBuffers.splice(0);\n    try {\n      yield* chunks2;\n    } finally {\n      for (const b of buffers) this.pool.give(b);\n    }\n  }\n  *end() {\n    this.flush();\n    yield* this.drain();\n  }\n  /** With a pool: every buffer still held goes back (the consumer asks for nothing more, or gave up). */\n  close() {\n    if (!this.pool) return;\n    for (const b of this.fullBuffers.splice(0)) this.pool.give(b);\n    if (this.buf) this.pool.give(this.buf);\n    this.buf = void 0;\n    this.full.length = 0;\n  }\n};\nvar TOKENS = /* @__PURE__ */ new Map();\nfunction token(s) {\n  let b = TOKENS.get(s);\n  if (!b) TOKENS.set(s, b = Buffer.from(s));\n  return b;\n}\nfunction byName(a, b) {\n  return Buffer.compare(a.name, b.name);\n}\nfunction* narChunks(root, sizeHint = CHUNK, chunkSize = CHUNK, pool) {\n  if (pool && pool.chunkSize !== chunkSize) throw new Error(`a pool of ${pool.chunkSize}-byte buffers for ${chunkSize}-byte chunks`);\n  const w = new ChunkWriter(sizeHint, chunkSize, pool);\n  try {\n    yield* walk(w, root);\n  } finally {\n    w.close();\n  }\n}\nfunction* walk(w, root) {\n  w.str("nix-archive-1");\n  const stack = [];\n  function* file(path) {\n    const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK);\n    try {\n      const st = (0, import_node_fs.fstatSync)(fd);\n      if (!st.isFile()) throw new Error(`${path.toString()} changed while it was read`);\n      w.str("(");\n      w.str("type");\n      w.str("regular");\n      if (st.mode & 64) {\n        w.str("executable");\n        w.str("");\n      }\n      w.str("contents");\n      yield* w.fileContents(fd, st.size, path.toString());\n    } finally {\n      (0, import_node_fs.closeSync)(fd);\n    }\n    w.str(")");\n  }\n  function* node(path, entry) {\n    const told = entry !== void 0 && (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink());\n    const st = told ? entry : (0, import_node_fs.lstatSync)(path);\n    if (st.isFile()) return yield* file(path);\n    w.str("(");\n    w.str("type");\n    if (st.isSymbolicLink()) {\n      w.str("symlink");\n      w.str("target");\n      w.str((0, import_node_fs.readlinkSync)(path, { encoding: "buffer" }));\n      w.str(")");\n    } else if (st.isDirectory()) {\n      w.str("directory");\n      const entries = (0, import_node_fs.readdirSync)(path, { encoding: "buffer", withFileTypes: true }).sort(byName);\n      stack.push({ dir: path, entries, next: 0 });\n    } else {\n      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);\n    }\n  }\n  yield* node(Buffer.from(root));\n  yield* w.drain();\n  while (stack.length > 0) {\n    const top = stack[stack.length - 1];\n    if (top.next > 0) w.str(")");\n    if (top.next === top.entries.length) {\n      stack.pop();\n      w.str(")");\n      continue;\n    }\n    const entry = top.entries[top.next++];\n    w.str("entry");\n    w.str("(");\n    w.str("name");\n    w.str(entry.name);\n    w.str("node");\n    yield* node(Buffer.concat([top.dir, SLASH, entry.name]), entry);\n    yield* w.drain();\n  }\n  yield* w.end();\n}\n\n// src/push/encode-frames.ts\nvar import_node_crypto = require("node:crypto");\nvar import_node_fs3 = require("node:fs");\nvar import_node_path = require("node:path");\nvar import_node_zlib = __toESM(require("node:zlib"), 1);\n\n// src/core/hashing-stream.ts\nvar NarMismatchError = class extends Error {\n  constructor(storePath, expectedSize, actualSize) {\n    super(\n      `refusing to sign ${storePath}: its contents differ from the hash registered in the Nix database (NAR size ${actualSize}, registered ${expectedSize}); the path was modified after it was built`\n    );\n    this.storePath = storePath;\n    this.expectedSize = expectedSize;\n    this.actualSize = actualSize;\n    this.name = "NarMismatchError";\n  }\n  storePath;\n  expectedSize;\n  actualSize;\n};\n\n// src/core/release.ts\nfunction ownsWhole(buf) {\n  return buf.buffer instanceof ArrayBuffer && buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;\n}\nfunction release(buf) {\n  const ab = buf.buffer;\n  if (!ownsWhole(buf) || ab.detached) return;\n  try {\n    ab.transfer(0);\n  } catch {\n  }\n}\nfunction shrinkToFit(buf) {\n  if (ownsWhole(buf)) return buf;\n  const ab = buf.buffer;\n  if (!(ab instanceof ArrayBuffer) || buf.byteOffset !== 0 || ab.byteLength <= Buffer.poolSize) return Buffer.from(buf);\n  return Buffer.from(ab.transfer(buf.byteLength));\n}\n\n// src/core/write-all.ts\nvar import_node_fs2 = require("node:fs");\nfunction writeAll(fd, bytes) {\n  for (let off = 0; off < bytes.length; ) off += (0, import_node_fs2.writeSync)(fd, bytes, off, bytes.length - off);\n}\n\n// src/push/encode-frames.ts\nvar FRAME = 4 * 1024 * 1024;\nvar LEVEL = { [import_node_zlib.default.constants.ZSTD_c_compressionLevel]: 3 };\nfunction compressBound(n) {\n  return n + (n >> 8) + (n < 128 * 1024 ? 128 * 1024 - n >> 11 : 0) + 64;\n}\nfunction compressFrame(chunk) {\n  const out = import_node_zlib.default.zstdCompressSync(chunk, { params: LEVEL, chunkSize: compressBound(chunk.length) });\n  return shrinkToFit(out);\n}\nfunction* encodeFrames(req, nar) {\n  const narHash = (0, import_node_crypto.createHash)("sha256");\n  const fileHash = (0, import_node_crypto.createHash)("sha256");\n  let narBytes = 0;\n  let fileSize = 0;\n  let held;\n  for (const chunk of nar(req.path, req.narSize, FRAME)) {\n    narHash.update(chunk);\n    narBytes += chunk.length;\n    const piece = req.compression === "zstd" ? compressFrame(chunk) : Buffer.from(chunk);\n    fileHash.update(piece);\n    fileSize += piece.length;\n    if (held) yield held;\n    held = piece;\n  }\n  if (narBytes !== req.narSize || !narHash.digest().equals(req.narDigest)) throw new NarMismatchError(req.path, req.narSize, narBytes);\n  if (held) yield held;\n  else if (req.compression === "zstd") {\n    const empty = import_node_zlib.default.zstdCompressSync(Buffer.alloc(0));\n    fileHash.update(empty);\n    fileSize += empty.length;\n    yield empty;\n  }\n  return { fileHash: fileHash.digest(), fileSize };\n}\nvar CREATE = import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL | import_node_fs3.constants.O_NOFOLLOW;\nvar FILE_MODE = 420;\nvar DIR_MODE = 493;\nfunction* encodeToFile(req, nar, file) {\n  const fd = createExclusive(file.tmp);\n  let open = true;\n  let renamed = false;\n  try {\n    (0, import_node_fs3.fchmodSync)(fd, FILE_MODE);\n    const frames = encodeFrames(req, nar);\n    for (let r = frames.next(); ; r = frames.next()) {\n      if (!r.done) {\n        writeAll(fd, r.value);\n        release(r.value);\n        yield;\n        continue;\n      }\n      open = false;\n      (0, import_node_fs3.closeSync)(fd);\n      (0, import_node_fs3.renameSync)(file.tmp, file.final);\n      renamed = true;\n      return r.value;\n    }\n  } finally {\n    if (open) (0, import_node_fs3.closeSync)(fd);\n    if (!renamed) (0, import_node_fs3.rmSync)(file.tmp, { force: true });\n  }\n}\nfunction encodeToFileNow(req, nar, file) {\n  const steps = encodeToFile(req, nar, file);\n  for (; ; ) {\n    const r = steps.next();\n    if (r.done) return r.value;\n  }\n}\nfunction createExclusive(tmp) {\n  try {\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  } catch (err) {\n    if (err.code !== "ENOENT") throw err;\n    const dir = (0, import_node_path.dirname)(tmp);\n    const made = (0, import_node_fs3.mkdirSync)(dir, { recursive: true });\n    if (made !== void 0) for (let d = dir; d.length >= made.length; d = (0, import_node_path.dirname)(d)) (0, import_node_fs3.chmodSync)(d, DIR_MODE);\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  }\n}\n\n// src/push/encoder-thread.ts\nvar WINDOW = 2;\nvar chunks = new ChunkPool(FRAME);\nvar tasks = /* @__PURE__ */ new Map();\nfunction errorReply(id, err) {\n  const e = err;\n  return {\n    id,\n    error: { name: e.name, message: e.message, storePath: e.storePath, expectedSize: e.expectedSize, actualSize: e.actualSize }\n  };\n}\nvar source = (p, hint, size) => narChunks(p, hint, size, chunks);\nfunction writeFile(id, req) {\n  try {\n    import_node_worker_threads.parentPort.postMessage({ id, done: encodeToFileNow(req, source, req.file) });\n  } catch (err) {\n    import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n  }\n}\nfunction pump(id) {\n  const task = tasks.get(id);\n  while (task && task.inFlight < WINDOW) {\n    let r;\n    try {\n      r = task.gen.next();\n    } catch (err) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n      return;\n    }\n    if (r.done) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage({ id, done: r.value });\n      return;\n    }\n    const piece = r.value;\n    const owns = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;\n    import_node_worker_threads.parentPort.postMessage({ id, piece }, owns ? [piece.buffer] : []);\n    task.inFlight++;\n  }\n}\nimport_node_worker_threads.parentPort.on("message", (m) => {\n  if (m.op === "start" && m.req.file) return writeFile(m.id, m.req);\n  if (m.op === "start") tasks.set(m.id, { gen: encodeFrames(m.req, source), inFlight: 0 });\n  const task = tasks.get(m.id);\n  if (!task) return;\n  if (m.op === "cancel") {\n    task.gen.return(void 0);\n    tasks.delete(m.id);\n    return;\n  }\n  if (m.op === "took") task.inFlight--;\n  pump(m.id);\n});\n', lanes - 1, void 0, inline);
}
var THREAD_DEPTH = 2;
var ThreadEncoder = class {
  threads = [];
  // Replies per path: a thread sends up to its window of pieces before they are taken.
  mailboxes = /* @__PURE__ */ new Map();
  nextId = 1;
  source;
  size;
  start;
  inline;
  inlineBusy = false;
  // Paths no lane has taken yet, in the order they came (the scheduler sends the largest first).
  waiting = [];
  /** `size` threads, and with `inline`, the calling thread as one more lane (with `size` 0, the only one). */
  constructor(source, size, start = (src) => new Worker(src, { eval: true }), inline) {
    this.source = source;
    this.size = inline ? size : Math.max(1, size);
    this.start = start;
    this.inline = inline;
  }
  warm() {
    while (this.threads.length < this.size) this.spawn();
  }
  spawn() {
    const t = { worker: this.start(this.source), ids: /* @__PURE__ */ new Set(), reserved: 0 };
    t.worker.on("message", (r) => this.deliver(r.id, r));
    const died = (why) => {
      const i = this.threads.indexOf(t);
      if (i >= 0) this.threads.splice(i, 1);
      const error = { name: "Error", message: `NAR encoder thread: ${why}` };
      for (const id of t.ids) this.deliver(id, { id, error });
    };
    t.worker.on("error", (err) => died(err.message));
    t.worker.on("exit", (code) => died(`exited with ${code}`));
    t.worker.unref();
    this.threads.push(t);
  }
  /**
   * Hands waiting paths to free lanes: a thread with room first (the calling thread also writes, signs and
   * answers for every path), then the calling thread when it has nothing. Every lane pulls its next path
   * when it is free, so none idles while another has a queue (assigning paths up front by size left the
   * thread waiting at the end while the calling thread still had several).
   */
  dispatch() {
    while (this.waiting.length > 0) {
      if (this.threads.length < this.size) this.spawn();
      const thread = this.threads.find((t) => t.ids.size + t.reserved < THREAD_DEPTH);
      if (thread) {
        thread.reserved++;
        this.waiting.shift()(thread);
      } else if (this.inline && !this.inlineBusy) {
        this.inlineBusy = true;
        this.waiting.shift()("inline");
      } else return;
    }
  }
  laneFor() {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.dispatch();
    });
  }
  deliver(id, r) {
    const box = this.mailboxes.get(id);
    if (!box) return;
    box.replies.push(r);
    box.wake?.();
  }
  async receive(id) {
    const box = this.mailboxes.get(id);
    while (box.replies.length === 0) await new Promise((resolve) => box.wake = resolve);
    box.wake = void 0;
    return box.replies.shift();
  }
  async *encode(req) {
    const lane = await this.laneFor();
    if (lane === "inline") {
      try {
        return yield* this.inline.encode(req);
      } finally {
        this.inlineBusy = false;
        this.dispatch();
      }
    }
    return yield* this.onThread(lane, req);
  }
  async *onThread(t, req) {
    t.reserved--;
    if (!this.threads.includes(t)) return yield* this.encode(req);
    const id = this.nextId++;
    if (t.ids.size === 0) t.worker.ref();
    t.ids.add(id);
    this.mailboxes.set(id, { replies: [] });
    let finished = false;
    try {
      t.worker.postMessage({ op: "start", id, req });
      for (; ; ) {
        const reply = await this.receive(id);
        if (reply.error) {
          finished = true;
          throw reviveError(reply.error);
        }
        if (reply.done) {
          finished = true;
          return reply.done;
        }
        t.worker.postMessage({ op: "took", id });
        yield Buffer.from(reply.piece.buffer, reply.piece.byteOffset, reply.piece.byteLength);
      }
    } finally {
      this.mailboxes.delete(id);
      t.ids.delete(id);
      if (t.ids.size === 0) t.worker.unref();
      if (!finished) t.worker.postMessage({ op: "cancel", id });
      this.dispatch();
    }
  }
  async close() {
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }
};
function reviveError(e) {
  if (e.name === "NarMismatchError") return new NarMismatchError(e.storePath ?? "", e.expectedSize ?? 0, e.actualSize ?? 0);
  return new Error(e.message);
}

// src/cache/backend.ts
var CONTENT_TYPES = {
  narinfo: "text/x-nix-narinfo",
  nar: "application/x-nix-nar",
  cacheInfo: "text/x-nix-cache-info"
};
var CACHE_INFO = "StoreDir: /nix/store\n";
function retryHintOf(err) {
  const hint = typeof err === "object" && err !== null ? err : {};
  const out = { retryable: hint.retryable ?? true };
  if (typeof hint.retryAfterSeconds === "number") out.retryAfterSeconds = hint.retryAfterSeconds;
  return out;
}
var hasCacheInfo = /* @__PURE__ */ new WeakSet();
async function ensureCacheInfo(cache) {
  if (hasCacheInfo.has(cache)) return;
  if (!await cache.exists("nix-cache-info")) await cache.put("nix-cache-info", CACHE_INFO, CONTENT_TYPES.cacheInfo);
  hasCacheInfo.add(cache);
}

// src/push/schedule.ts
async function runInDependencyOrder(nodes, limit, task) {
  const byPath = new Map(nodes.map((n) => [n.path, n]));
  const waitingOn = /* @__PURE__ */ new Map();
  const referrers = /* @__PURE__ */ new Map();
  for (const n of nodes) {
    const deps = new Set(n.references.filter((r) => r !== n.path && byPath.has(r)));
    waitingOn.set(n.path, deps);
    for (const d of deps) referrers.set(d, [...referrers.get(d) ?? [], n.path]);
  }
  const ready = nodes.filter((n) => waitingOn.get(n.path).size === 0).map((n) => n.path);
  const weight = (p) => byPath.get(p).weight ?? 0;
  const takeNext = () => {
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (weight(ready[i]) > weight(ready[best])) best = i;
    return ready.splice(best, 1)[0];
  };
  const results = /* @__PURE__ */ new Map();
  let running = 0;
  let firstError;
  return new Promise((resolve, reject) => {
    const finish = (path) => {
      running--;
      for (const r of referrers.get(path) ?? []) {
        const deps = waitingOn.get(r);
        deps.delete(path);
        if (deps.size === 0) ready.push(r);
      }
      pump();
    };
    const pump = () => {
      while (running < Math.max(1, limit) && ready.length > 0) {
        const path = takeNext();
        running++;
        task(byPath.get(path)).then(
          (value) => {
            results.set(path, value);
            finish(path);
          },
          (err) => {
            firstError ??= err;
            finish(path);
          }
        );
      }
      if (running === 0 && ready.length === 0) {
        if (firstError !== void 0) reject(firstError);
        else resolve(results);
      }
    };
    pump();
  });
}

// src/push/upload-path.ts
import { createHash as createHash4 } from "node:crypto";
import { Readable as Readable2 } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/core/narinfo.ts
function fingerprint(info) {
  const refs = info.references.map(fullPath).sort();
  return `1;${info.storePath};${info.narHash};${info.narSize};${refs.join(",")}`;
}
function renderNarInfo(info) {
  const lines = [`StorePath: ${info.storePath}`, `URL: ${info.url}`, `Compression: ${info.compression}`];
  if (info.fileHash) lines.push(`FileHash: ${info.fileHash}`);
  if (info.fileSize !== void 0) lines.push(`FileSize: ${info.fileSize}`);
  lines.push(`NarHash: ${info.narHash}`, `NarSize: ${info.narSize}`);
  lines.push(`References: ${info.references.map(baseName).sort().join(" ")}`);
  if (info.deriver) lines.push(`Deriver: ${baseName(info.deriver)}`);
  for (const sig of info.sigs) lines.push(`Sig: ${sig}`);
  if (info.ca) lines.push(`CA: ${info.ca}`);
  return lines.join("\n") + "\n";
}
function parseNarInfo(text) {
  const fields = /* @__PURE__ */ new Map();
  const sigs = [];
  for (const line2 of text.split("\n")) {
    if (line2 === "") continue;
    const colon = line2.indexOf(": ");
    const key = colon < 0 ? line2.replace(/:$/, "") : line2.slice(0, colon);
    const value = colon < 0 ? "" : line2.slice(colon + 2);
    if (key === "Sig") sigs.push(value);
    else fields.set(key, value);
  }
  const need = (k) => {
    const v = fields.get(k);
    if (v === void 0 || v === "" && k !== "References") throw new Error(`narinfo lacks ${k}`);
    return v;
  };
  const num = (k) => {
    const v = need(k);
    if (!/^\d+$/.test(v)) throw new Error(`narinfo ${k} is not a number`);
    return Number(v);
  };
  const refs = (fields.get("References") ?? "").split(" ").filter(Boolean).map(fullPath);
  const info = {
    storePath: need("StorePath"),
    url: need("URL"),
    compression: fields.get("Compression") || "bzip2",
    // Nix's default when the field is absent
    narHash: need("NarHash"),
    narSize: num("NarSize"),
    references: refs,
    sigs
  };
  if (fields.get("FileHash")) info.fileHash = fields.get("FileHash");
  if (fields.get("FileSize")) info.fileSize = num("FileSize");
  if (fields.get("Deriver") && fields.get("Deriver") !== "unknown-deriver") info.deriver = fullPath(fields.get("Deriver"));
  if (fields.get("CA")) info.ca = fields.get("CA");
  return info;
}
function addSignature(text, sig) {
  const lines = text.split("\n");
  const last = lines.findLastIndex((l) => l.startsWith("Sig: "));
  if (last < 0) return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}Sig: ${sig}
`;
  lines.splice(last + 1, 0, `Sig: ${sig}`);
  return lines.join("\n");
}

// src/push/upload-path.ts
async function lookUp(ctx, info) {
  const body = await ctx.cache.get(`${storePathHash(info.path)}.narinfo`);
  if (!body) return { kind: "absent" };
  let cached;
  try {
    cached = parseNarInfo(body.toString("utf8"));
  } catch {
    return { kind: "absent" };
  }
  const fp = fingerprint(cached);
  if (cached.narHash !== info.narHash || cached.narSize !== info.narSize || fp !== fingerprint({ ...cached, references: info.references }))
    return { kind: "absent" };
  if (cached.sigs.some((s) => verifyFingerprint([publicKeyOf(ctx.key)], fp, s))) return { kind: "ours" };
  const by = (ctx.previousKeys ?? []).filter((k) => cached.sigs.some((s) => verifyFingerprint([k], fp, s))).map((k) => k.name);
  return by.length > 0 ? { kind: "previous", text: body.toString("utf8"), narinfo: cached, by } : { kind: "absent" };
}
var WHOLE_NAR_MAX = 4 * 1024 * 1024;
async function storeWhole(ctx, info, url, digest) {
  const chunks = [...ctx.dump(info.path, info.narSize)];
  const nar = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  const actual = createHash4("sha256").update(nar).digest();
  if (nar.length !== info.narSize || !actual.equals(digest)) throw new NarMismatchError(info.path, info.narSize, nar.length);
  const file = await compressBuffer(ctx.compression, nar);
  await ctx.cache.put(url, file, CONTENT_TYPES.nar);
  return { fileHash: createHash4("sha256").update(file).digest(), fileSize: file.length };
}
async function storeStreaming(ctx, info, url, digest) {
  const narCheck = new HashingStream({ digest, size: info.narSize, describe: info.path });
  const fileHash = new HashingStream();
  const body = Readable2.from(ctx.dump(info.path, info.narSize), { objectMode: false, highWaterMark: 1 << 20 });
  const upload = ctx.cache.putStream(url, fileHash, CONTENT_TYPES.nar);
  try {
    await Promise.all([pipeline(body, narCheck, compressor(ctx.compression), fileHash), upload]);
  } catch (err) {
    fileHash.destroy();
    await upload.catch(() => {
    });
    throw err;
  }
  return { fileHash: fileHash.digest, fileSize: fileHash.size };
}
async function storeEncoded(ctx, info, url, digest) {
  const file = await ctx.cache.fileTarget?.(url);
  const pieces = ctx.encoder.encode({
    path: info.path,
    narSize: info.narSize,
    narDigest: digest,
    compression: ctx.compression,
    ...file ? { file } : {}
  });
  const first = await pieces.next();
  const second = first.done ? first : await pieces.next();
  if (first.done || second.done) {
    const done2 = second.done ? second.value : first.value;
    if (!first.done) {
      await ctx.cache.put(url, first.value, CONTENT_TYPES.nar);
      release(first.value);
    }
    return { fileHash: done2.fileHash, fileSize: done2.fileSize };
  }
  let done;
  async function* all() {
    try {
      yield first.value;
      release(first.value);
      yield second.value;
      release(second.value);
      for (; ; ) {
        const r = await pieces.next();
        if (r.done) {
          done = r.value;
          return;
        }
        yield r.value;
        release(r.value);
      }
    } finally {
      await pieces.return(void 0);
    }
  }
  await ctx.cache.putStream(url, all(), CONTENT_TYPES.nar);
  return { fileHash: done.fileHash, fileSize: done.fileSize };
}
function strategy(ctx, info) {
  if (ctx.encoder && (ctx.compression === "zstd" || ctx.compression === "none")) return storeEncoded;
  return info.narSize <= (ctx.wholeNarMax ?? WHOLE_NAR_MAX) ? storeWhole : storeStreaming;
}
async function uploadPath(ctx, info) {
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1e3;
  const cached = await lookUp(ctx, info);
  if (cached.kind === "ours") return { path: info.path, status: "skipped", narSize: info.narSize, fileSize: 0, seconds: seconds() };
  if (cached.kind === "previous") {
    const sig = signFingerprint(ctx.key, fingerprint(cached.narinfo));
    await ctx.cache.put(`${storePathHash(info.path)}.narinfo`, addSignature(cached.text, sig), CONTENT_TYPES.narinfo);
    const reason = `already cached, signed by ${cached.by.join(", ")}: signed anew with ${ctx.key.name}`;
    return { path: info.path, status: "skipped", narSize: info.narSize, fileSize: 0, seconds: seconds(), reason };
  }
  const narDigest = parseSha256(info.narHash);
  const url = `nar/${nix32Encode(narDigest)}.nar${narExtension(ctx.compression)}`;
  let stored;
  try {
    stored = await strategy(ctx, info)(ctx, info, url, narDigest);
  } catch (err) {
    if (!(err instanceof NarMismatchError)) throw err;
    if (ctx.stillValid && !ctx.stillValid(info.path)) throw new PathGoneError(info.path, "garbage-collected while it was read");
    return { path: info.path, status: "refused", narSize: info.narSize, fileSize: 0, seconds: seconds(), reason: err.message };
  }
  const narinfo = {
    storePath: info.path,
    url,
    compression: ctx.compression,
    fileHash: sha256Nix32(stored.fileHash),
    fileSize: stored.fileSize,
    narHash: info.narHash,
    narSize: info.narSize,
    references: info.references,
    sigs: []
  };
  if (info.deriver) narinfo.deriver = info.deriver;
  if (info.ca) narinfo.ca = info.ca;
  narinfo.sigs.push(signFingerprint(ctx.key, fingerprint(narinfo)));
  await ctx.cache.put(`${storePathHash(info.path)}.narinfo`, renderNarInfo(narinfo), CONTENT_TYPES.narinfo);
  return { path: info.path, status: "uploaded", narSize: info.narSize, fileSize: stored.fileSize, seconds: seconds() };
}

// src/push/push.ts
async function pushPaths(ctx, infos, opts) {
  await ensureCacheInfo(ctx.cache);
  const byPath = new Map(infos.map((i) => [i.path, i]));
  const results = [];
  const nodes = infos.map((i) => ({ path: i.path, references: i.references, weight: i.narSize }));
  await runInDependencyOrder(nodes, opts.concurrency, async (node) => {
    const info = byPath.get(node.path);
    const started = performance.now();
    let result;
    try {
      result = await uploadPath(ctx, info);
    } catch (err) {
      const e = retryHintOf(err);
      result = {
        path: info.path,
        status: "failed",
        narSize: info.narSize,
        fileSize: 0,
        seconds: Math.round(performance.now() - started) / 1e3,
        reason: errorMessage(err),
        retryable: e.retryable
      };
      if (e.retryAfterSeconds !== void 0) result.retryAfterSeconds = e.retryAfterSeconds;
    }
    results.push(result);
    opts.onResult?.(result);
  });
  return results;
}

// src/summary/summary.ts
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}
var SUMMARY_LIMIT = 1024 * 1024;

// src/cli/push.ts
var USAGE3 = "usage: nix-trusted-cache push --cache URL --signing-key-file FILE [--compression zstd|xz|br|none] [--closure] [--concurrency N (default 8)] [--credentials-file FILE] PATH\u2026";
async function pushCommand(args) {
  const { values, positionals } = parseCommandArgs("push", args, {
    cache: { type: "string" },
    "signing-key-file": { type: "string" },
    compression: { type: "string", default: "zstd" },
    closure: { type: "boolean", default: false },
    concurrency: { type: "string" },
    "credentials-file": { type: "string" }
  });
  if (!values.cache || !values["signing-key-file"] || positionals.length === 0) throw usageError(USAGE3);
  const loc = parseCacheUrl(values.cache);
  const compression = parseCompression(values.compression);
  const concurrency = positiveInt("--concurrency", values.concurrency, 8);
  for (const p of positionals) if (!isStorePath(p)) throw usageError(`${JSON.stringify(p)} is not a store path (/nix/store/\u2026)`);
  const store = new LocalStore();
  const nar = (p, size, chunk) => store.nar(p, size, chunk);
  const encoder = defaultEncoder(nar, concurrency);
  encoder.warm();
  const key = await readSecretKeyFile(values["signing-key-file"]);
  const credentials = values["credentials-file"] ? await readCredentialsFile(values["credentials-file"]) : void 0;
  const cache = await openCache(loc, credentials);
  const roots = requirePathInfos(store, positionals);
  const infos = values.closure ? requirePathInfos(store, store.closure(positionals)) : roots;
  const results = await pushPaths(
    { cache, key, compression, dump: nar, encoder, stillValid: (p) => store.pathInfo(p) !== void 0 },
    infos,
    {
      concurrency,
      onResult: (r) => {
        const size = r.status === "uploaded" ? ` (${formatBytes(r.narSize)} NAR, ${formatBytes(r.fileSize)} ${compression})` : "";
        const why = "reason" in r && r.reason ? `: ${r.reason}` : "";
        process.stdout.write(`${r.status} ${r.path}${size}${why}
`);
      }
    }
  );
  store.close();
  await encoder.close();
  const bad = results.filter((r) => r.status === "failed" || r.status === "refused");
  return bad.length > 0 ? 1 : 0;
}

// src/verify/verify.ts
import { pipeline as pipeline2 } from "node:stream/promises";
import { Writable } from "node:stream";
function signatureName(sig) {
  const colon = sig.indexOf(":");
  return colon < 0 ? "" : sig.slice(0, colon);
}
function trustedSigners(info, trusted) {
  const fp = fingerprint(info);
  const names = info.sigs.filter((s) => verifyFingerprint(trusted, fp, s)).map(signatureName);
  return [...new Set(names)];
}
async function narinfoKeys(cache, storePaths) {
  if (storePaths.length > 0) return storePaths.map((p) => `${storePathHash(p)}.narinfo`);
  const keys = [];
  for await (const k of cache.list(".narinfo")) keys.push(k);
  return keys;
}
async function verifyNarInfo(cache, key, trusted, checkNar) {
  const text = await cache.get(key);
  if (!text) return { key, status: "missing" };
  let info;
  try {
    info = parseNarInfo(text.toString("utf8"));
  } catch (err) {
    return { key, status: "malformed", detail: errorMessage(err) };
  }
  const base = { key, storePath: info.storePath };
  const names = new Set(trusted.map((k) => k.name));
  if (!info.sigs.some((s) => names.has(signatureName(s)))) return { ...base, status: "unsigned", detail: "no signature by a trusted key" };
  const signedBy = trustedSigners(info, trusted);
  if (signedBy.length === 0) return { ...base, status: "bad-signature" };
  const mismatch = checkNar ? await narMismatch(cache, info) : void 0;
  if (mismatch) return { ...base, status: "nar-mismatch", detail: mismatch };
  return { ...base, status: "valid", signedBy };
}
async function narMismatch(cache, info) {
  const body = await cache.getStream(info.url);
  if (!body) return `NAR object ${info.url} is missing`;
  const file = new HashingStream();
  const nar = new HashingStream();
  try {
    await pipeline2(body, file, decompressor(info.compression), nar, new Writable({ write: (_c, _e, cb) => cb() }));
  } catch (err) {
    return `NAR ${info.url} cannot be read: ${errorMessage(err)}`;
  }
  if (info.fileHash && sha256Nix32(file.digest) !== info.fileHash) return "FileHash differs";
  if (info.fileSize !== void 0 && file.size !== info.fileSize) return "FileSize differs";
  if (sha256Nix32(nar.digest) !== info.narHash || nar.size !== info.narSize) return "NarHash differs";
  return void 0;
}

// src/verify/re-sign.ts
async function reSignNarInfos(cache, keys, opts) {
  const results = new Array(keys.length);
  let next = 0;
  const lane = async () => {
    while (next < keys.length) {
      const i = next++;
      results[i] = await reSignNarInfo(cache, keys[i], opts);
      opts.onResult?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, keys.length) }, lane));
  return results;
}
async function reSignNarInfo(cache, key, opts) {
  let text;
  try {
    text = (await cache.get(key))?.toString("utf8");
  } catch (err) {
    return { key, status: "failed", detail: `cannot read the narinfo: ${errorMessage(err)}` };
  }
  if (text === void 0) return { key, status: "failed", detail: "no narinfo in the cache" };
  let info;
  try {
    info = parseNarInfo(text);
  } catch (err) {
    return { key, status: "failed", detail: `malformed narinfo: ${errorMessage(err)}` };
  }
  return reSignParsed(cache, key, text, info, opts);
}
async function reSignParsed(cache, key, text, info, opts) {
  const base = { key, storePath: info.storePath };
  if (trustedSigners(info, [publicKeyOf(opts.newKey)]).length > 0) return { ...base, status: "already-signed" };
  const vouchedBy = trustedSigners(info, opts.trusted);
  if (vouchedBy.length === 0) return { ...base, status: "skipped", detail: whyUntrusted(info, opts.trusted) };
  if (!opts.dryRun) {
    try {
      await cache.put(key, addSignature(text, signFingerprint(opts.newKey, fingerprint(info))), CONTENT_TYPES.narinfo);
    } catch (err) {
      return { ...base, status: "failed", detail: `cannot write the narinfo: ${errorMessage(err)}`, vouchedBy };
    }
  }
  return { ...base, status: "re-signed", vouchedBy };
}
function whyUntrusted(info, trusted) {
  const names = new Set(trusted.map((k) => k.name));
  const bad = [...new Set(info.sigs.map(signatureName).filter((n) => names.has(n)))];
  return bad.length > 0 ? `not signed by a trusted key (the signature by ${bad.join(", ")} does not verify)` : "not signed by a trusted key";
}
function sameNameWarning(newKey, trusted) {
  const pub = publicKeyOf(newKey);
  const clash = trusted.find((k) => k.name === pub.name && !Buffer.from(k.key).equals(Buffer.from(pub.key)));
  if (!clash) return void 0;
  return `the new signing key ${formatPublicKey(pub)} has the name of the trusted key ${formatPublicKey(clash)}; consumers cannot trust both at once (Nix keeps one key per name): give the new key a name of its own (nix-trusted-cache keygen NAME)`;
}

// src/cli/re-sign.ts
var USAGE4 = "usage: nix-trusted-cache re-sign --cache URL --signing-key-file FILE --trusted-public-key KEY [--trusted-public-key KEY\u2026] [--credentials-file FILE] [--concurrency N] [--dry-run] [PATH\u2026]";
async function reSignCommand(args) {
  const { values, positionals } = parseCommandArgs("re-sign", args, {
    cache: { type: "string" },
    "signing-key-file": { type: "string" },
    "trusted-public-key": { type: "string", multiple: true },
    "credentials-file": { type: "string" },
    concurrency: { type: "string" },
    "dry-run": { type: "boolean", default: false }
  });
  if (!values.cache || !values["signing-key-file"] || !values["trusted-public-key"]?.length) throw usageError(USAGE4);
  const loc = parseCacheUrl(values.cache);
  const trusted = values["trusted-public-key"].map(parsePublicKey);
  const concurrency = positiveInt("--concurrency", values.concurrency, 8);
  for (const p of positionals) if (!isStorePath(p)) throw usageError(`${JSON.stringify(p)} is not a store path (/nix/store/\u2026)`);
  const newKey = await readSecretKeyFile(values["signing-key-file"]);
  const warning = sameNameWarning(newKey, trusted);
  if (warning) process.stderr.write(`warning: ${warning}
`);
  const credentials = values["credentials-file"] ? await readCredentialsFile(values["credentials-file"]) : void 0;
  const cache = await openCache(loc, credentials);
  const dryRun = values["dry-run"];
  const keys = await narinfoKeys(cache, positionals);
  const onResult = (r) => process.stdout.write(formatReSignLine(r, dryRun));
  const results = await reSignNarInfos(cache, keys, { newKey, trusted, dryRun, concurrency, onResult });
  process.stderr.write(reSignSummary(results, dryRun));
  return results.some((r) => r.status === "failed") ? 1 : 0;
}
function formatReSignLine(r, dryRun) {
  const notes = [];
  if (r.vouchedBy?.length) notes.push(`vouched for by ${r.vouchedBy.join(", ")}`);
  if (dryRun && r.status === "re-signed") notes.push("dry run, not written");
  const note = notes.length > 0 ? ` (${notes.join("; ")})` : "";
  return `${r.status} ${r.storePath ?? r.key}${note}${r.detail ? `: ${r.detail}` : ""}
`;
}
function reSignSummary(results, dryRun) {
  const count = (s) => results.filter((r) => r.status === s).length;
  const counts2 = `${count("re-signed")} re-signed, ${count("already-signed")} already signed, ${count("skipped")} skipped, ${count("failed")} failed`;
  return `${counts2} of ${results.length} narinfos${dryRun ? " (dry run: nothing written)" : ""}
`;
}

// src/cli/provision.ts
import { readFileSync as readFileSync15 } from "node:fs";

// src/provision/provision.ts
import { existsSync as existsSync7, readFileSync as readFileSync14, statSync as statSync8 } from "node:fs";
import { dirname as dirname8 } from "node:path";

// src/worker/hook-script.ts
function shellQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function renderHookScript(p) {
  return `#!/bin/sh
# nix-trusted-cache post-build-hook (managed file: provisioning rewrites it). Enqueue only; never fail.
# Builtins only while the worker is alive: every program started here is time the build loop waits.
set -f -C
umask 077
PATH=/usr/bin:/bin:/usr/sbin:/sbin
queue=${shellQuote(p.queueDir)}
log=${shellQuote(p.workerLog)}
f="$queue/new-$$"
n=0
until { printf '%s
%s
.
' "$DRV_PATH" "$OUT_PATHS" > "$f"; } 2>/dev/null; do
  n=$((n + 1))
  if [ "$n" -ge 20 ]; then
    printf 'hook: could not enqueue %s (queue %s)
' "$DRV_PATH" "$queue" >>"$log" 2>/dev/null
    break
  fi
  f="$queue/new-$$-$n"
done
alive=
pid=
start=
read -r pid start < ${shellQuote(p.workerPid)} 2>/dev/null
case "$pid" in ''|*[!0-9]*) pid= ;; esac
if [ -n "$pid" ] && [ -n "$start" ]; then
  stat=
  read -r stat < "/proc/$pid/stat" 2>/dev/null
  # fields after the parenthesised name: state is the 1st, the start time the 20th (field 22 of stat)
  set -- \${stat##*) }
  if [ "$1" != Z ] && [ "\${20}" = "$start" ]; then alive=1; fi
fi
if [ -z "$alive" ]; then
  # flock -w waits for a worker that is just exiting to let go of the lock, then starts a new one; it gives
  # up when another hook's new worker holds it (that one drains every entry).
  setsid nice -n 10 flock -w 10 ${shellQuote(p.workerLock)} ${shellQuote(p.node)} ${shellQuote(p.worker)} worker </dev/null >>"$log" 2>&1 &
fi
exit 0
`;
}

// src/worker/witness.ts
function parseWitness(line2) {
  const [url, key, extra] = line2.trim().split(/\s+/);
  if (!url || !key || extra !== void 0)
    throw new Error(
      `witness cache ${JSON.stringify(line2.trim())}: expected "URL PUBLIC-KEY" (e.g. https://cache.nixos.org cache.nixos.org-1:6NCH\u2026)`
    );
  if (!/^(https?|file):\/\//.test(url)) throw new Error(`witness cache ${url}: only http://, https:// and file:// URLs are supported`);
  return { url: url.replace(/\/+$/, ""), key: parsePublicKey(key) };
}
async function ask(info, w, fetchNarInfo, timeoutMs) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1e3} s`)), timeoutMs);
  });
  let text;
  try {
    text = await Promise.race([fetchNarInfo(w, `${storePathHash(info.path)}.narinfo`), timeout]);
  } catch (err) {
    return { outcome: "unwitnessed", why: `${w.url}: ${errorMessage(err)}` };
  } finally {
    clearTimeout(timer);
  }
  if (text === void 0) return { outcome: "unwitnessed", why: `${w.url} does not have it` };
  try {
    const theirs = parseNarInfo(text);
    if (theirs.storePath !== info.path) return { outcome: "unwitnessed", why: `${w.url} answered for another path` };
    if (!theirs.sigs.some((s) => verifyFingerprint([w.key], fingerprint(theirs), s)))
      return { outcome: "unwitnessed", why: `${w.url}: its narinfo is not signed by ${w.key.name}` };
    const same = normalizeSha256(theirs.narHash) === info.narHash && theirs.narSize === info.narSize && [...theirs.references].sort().join(" ") === [...info.references].sort().join(" ");
    if (same) return { outcome: "reproduced", by: w.url };
    return {
      outcome: "diverged",
      by: w.url,
      theirs: { narHash: normalizeSha256(theirs.narHash), narSize: theirs.narSize },
      ours: { narHash: info.narHash, narSize: info.narSize }
    };
  } catch (err) {
    return { outcome: "unwitnessed", why: `${w.url}: unreadable narinfo (${errorMessage(err)})` };
  }
}
async function consultWitnesses(info, witnesses, fetchNarInfo, timeoutMs = 5e3) {
  if (witnesses.length === 0) return { outcome: "unwitnessed", why: "no witness caches configured" };
  const verdicts = await Promise.all(witnesses.map((w) => ask(info, w, fetchNarInfo, timeoutMs)));
  return verdicts.find((v) => v.outcome === "diverged") ?? verdicts.find((v) => v.outcome === "reproduced") ?? {
    outcome: "unwitnessed",
    why: verdicts.map((v) => v.outcome === "unwitnessed" ? v.why : "").join("; ")
  };
}

// src/provision/provision.ts
async function installNix(o) {
  const state = detectNix();
  if (state.kind === "single-user") {
    throw new UserError(
      `Nix here is single-user (/nix/store is owned by uid ${state.owner}): any build step can write the store and read a key, so this action cannot protect the signing key. Reinstall Nix multi-user (install: official) or use a fresh runner.`
    );
  }
  if (state.kind === "multi-user") {
    await ensureBuildUsers();
    return { binDir: state.binDir, installed: "kept" };
  }
  const mode = o.install === "auto" ? existsSync7("/etc/debian_version") ? "distro" : "official" : o.install;
  if (mode === "skip")
    throw new UserError('Nix is not installed and install is "skip": install multi-user Nix first, or set install to auto');
  if (mode === "distro") await installDistro(o.log);
  else {
    if (!o.official) throw new UserError("install: official needs nix-installer-url and nix-installer-sha256");
    await installOfficial(o.official, o.log);
    await ensureBuildUsers();
  }
  const after = detectNix();
  if (after.kind !== "multi-user") throw new UserError(`Nix was installed (${mode}) but no multi-user setup was found afterwards`);
  return { binDir: after.binDir, installed: mode };
}
function readOr(path, dflt) {
  try {
    return readFileSync14(path, "utf8");
  } catch {
    return dflt;
  }
}
function checkedPreviousKeys(keys, current) {
  for (const k of keys) {
    try {
      parsePublicKey(k);
    } catch (err) {
      throw new UserError(`previous-public-keys: ${errorMessage(err)}`);
    }
  }
  return [...new Set(keys)].filter((k) => k !== current);
}
function noteRotation(publicKey, previous, log) {
  let installed;
  try {
    installed = formatPublicKey(publicKeyOf(parseSecretKey(readFileSync14(LAYOUT.signingKey, "utf8").trim())));
  } catch {
    return;
  }
  if (installed === publicKey || previous.includes(installed)) return;
  log(
    `the signing key changes from ${installed} to ${publicKey}: consumers that trust only the new key will not substitute what the old one signed; keep ${installed} in previous-public-keys (and in consumers' trusted-public-keys) until the cache is re-signed (nix-trusted-cache re-sign)`
  );
}
function recordNixConf(written) {
  const before = existsSync7(LAYOUT.nixConf) ? { bytes: readFileSync14(LAYOUT.nixConf), mode: statSync8(LAYOUT.nixConf).mode & 4095 } : void 0;
  const record = nixConfRecord(parseNixConfRecord(readOr(NIX_CONF_RECORD, "")), before, Buffer.from(written), LAYOUT.dropIn);
  writeRootFile(NIX_CONF_RECORD, JSON.stringify(record) + "\n", 384);
}
function plan(o) {
  if (process.getuid?.() !== 0)
    throw new UserError("provision must run as root (or through sudo -n): it writes /etc/nix and the root-only key");
  const loc = parseCacheUrl(o.cache);
  const publicKey = formatPublicKey(publicKeyOf(o.signingKey));
  const trustInExtra = trustSettingIn(o.extraConf);
  if (trustInExtra)
    throw new UserError(
      `extra-conf sets who the daemon trusts (${JSON.stringify(trustInExtra)}): a trusted user can pass --option post-build-hook and get root; only trusted-users = root is allowed (put admins in sudo, not in Nix's trusted-users)`
    );
  const fixedOutput = o.fixedOutput ?? "withhold";
  if (fixedOutput === "separate-key" && !o.fixedOutputSigningKey)
    throw new UserError("fixed-output: separate-key needs fixed-output-signing-key (a key of its own: nix-trusted-cache keygen NAME)");
  if (o.fixedOutputSigningKey && formatPublicKey(publicKeyOf(o.fixedOutputSigningKey)) === publicKey)
    throw new UserError("fixed-output-signing-key is the main signing key: give fetches a key of their own, or use fixed-output: sign");
  for (const w of o.witnessCaches ?? []) {
    try {
      parseWitness(w);
    } catch (err) {
      throw new UserError(errorMessage(err));
    }
  }
  if (loc.kind === "file") {
    const problem = cacheDirProblem(loc.dir, lstatFacts);
    if (problem)
      throw new UserError(
        `the file:// cache ${loc.dir} is not safe for root to write: ${problem}; make it and the directories above it root's and writable only by root, or choose another directory`
      );
  }
  const p = { loc, publicKey, substituter: o.substituter || substituterFor(loc), fixedOutput };
  if (fixedOutput === "separate-key" && o.fixedOutputSigningKey)
    p.fixedOutputPublicKey = formatPublicKey(publicKeyOf(o.fixedOutputSigningKey));
  return p;
}
function ensureLayoutDirs(p, note) {
  for (const [dir, mode] of [
    [dirname8(LAYOUT.nixConf), 493],
    // a distribution's Nix may ship no /etc/nix at all
    [LAYOUT.etcDir, 493],
    [LAYOUT.libDir, 493],
    [LAYOUT.stateDir, 493],
    [LAYOUT.queueDir, 448],
    [LAYOUT.failedDir, 448],
    [LAYOUT.logDir, 493],
    ...p.loc.kind === "file" ? [[p.loc.dir, 493]] : []
  ]) {
    note(ensureDir(dir, mode), dir);
  }
}
function writeSecrets(o, p, note) {
  const keyChanged = writeRootFile(LAYOUT.signingKey, formatSecretKey(o.signingKey) + "\n", 256);
  note(keyChanged, LAYOUT.signingKey);
  const credsChanged = o.credentials ? writeRootFile(LAYOUT.credentials, formatCredentials(o.credentials), 256) : removeFile(LAYOUT.credentials);
  note(credsChanged, LAYOUT.credentials);
  const foKeyChanged = p.fixedOutput === "separate-key" && o.fixedOutputSigningKey ? writeRootFile(LAYOUT.fixedOutputSigningKey, formatSecretKey(o.fixedOutputSigningKey) + "\n", 256) : removeFile(LAYOUT.fixedOutputSigningKey);
  note(foKeyChanged, LAYOUT.fixedOutputSigningKey);
  return keyChanged || credsChanged || foKeyChanged;
}
function writeConfig(o, p, binDir, bundle, previousPublicKeys, note) {
  const config = {
    version: VERSION,
    // what status and the audit compare with the action that runs them
    bundleSha256: sha256Hex(bundle),
    cache: o.cache,
    substituter: p.substituter,
    publicKey: p.publicKey,
    compression: o.compression,
    uploadConcurrency: o.uploadConcurrency,
    maxAttempts: o.maxAttempts,
    nixBinDir: binDir
  };
  if (o.retryBaseMs) config.retryBaseMs = o.retryBaseMs;
  config.fixedOutput = p.fixedOutput;
  if (o.witnessCaches?.length) config.witnessCaches = o.witnessCaches;
  config.onDivergence = o.onDivergence ?? "warn";
  if (p.fixedOutputPublicKey) config.fixedOutputPublicKey = p.fixedOutputPublicKey;
  if (previousPublicKeys.length) config.previousPublicKeys = previousPublicKeys;
  const changed = writeRootFile(LAYOUT.config, JSON.stringify(config, null, 2) + "\n", 420);
  note(changed, LAYOUT.config);
  return changed;
}
function installCode(bundle, note) {
  const nodeChanged = writeRootFile(LAYOUT.node, readFileSync14(process.execPath), 493);
  const codeChanged = writeRootFile(LAYOUT.worker, bundle, 420) || nodeChanged;
  note(codeChanged, LAYOUT.libDir);
  note(writeRootFile(LAYOUT.hook, renderHookScript(LAYOUT), 493), LAYOUT.hook);
  if (!existsSync7(LAYOUT.ledger)) note(writeRootFile(LAYOUT.ledger, "", 420), LAYOUT.ledger);
  if (!existsSync7(LAYOUT.workerLog)) writeRootFile(LAYOUT.workerLog, "", 420);
  if (systemdRunning()) note(writeRootFile(`/etc/systemd/system/${WORKER_UNIT}`, renderWorkerUnit(), 420), WORKER_UNIT);
  return codeChanged;
}
function writeNixConf2(o, p, previousPublicKeys, note) {
  const dropIn = renderDropIn({
    substituter: p.substituter,
    publicKey: p.publicKey,
    hookPath: LAYOUT.hook,
    extraSubstituters: o.extraSubstituters,
    extraTrustedPublicKeys: [...previousPublicKeys, ...o.extraTrustedPublicKeys],
    extraConf: o.extraConf
  });
  let changed = writeRootFile(LAYOUT.dropIn, dropIn, 420);
  const before = readOr(LAYOUT.nixConf, "");
  for (const l of trustLines(before))
    o.log(`${LAYOUT.nixConf}:${l.line}: ${l.text} is overridden by ${LAYOUT.dropIn} (trusted-users = root, included last)`);
  let conf = withInclude(before, LAYOUT.dropIn);
  const untrusted = [];
  for (const user of o.untrustUsers) {
    const r = withoutTrustedUser(conf, user);
    if (r.changed) {
      untrusted.push(user);
      o.log(`removed ${user} from trusted-users in ${LAYOUT.nixConf}: a trusted runner user could bypass the hook and sign`);
    }
    conf = r.text;
  }
  const mode = existsSync7(LAYOUT.nixConf) ? statSync8(LAYOUT.nixConf).mode & 4095 & ~18 : 420;
  recordNixConf(conf);
  changed = writeRootFile(LAYOUT.nixConf, conf, mode || 420) || changed;
  note(changed, "nix.conf");
  return { changed, untrusted };
}
async function provision(o) {
  const p = plan(o);
  const { binDir, installed } = await installNix(o);
  const changed = [];
  const note = (did, what) => void (did && changed.push(what));
  ensureLayoutDirs(p, note);
  const previousPublicKeys = checkedPreviousKeys(o.previousPublicKeys ?? [], p.publicKey);
  noteRotation(p.publicKey, previousPublicKeys, o.warn ?? o.log);
  const secretsChanged = writeSecrets(o, p, note);
  const bundle = readFileSync14(ownBundle());
  const configChanged = writeConfig(o, p, binDir, bundle, previousPublicKeys, note);
  const codeChanged = installCode(bundle, note);
  const nixConf = writeNixConf2(o, p, previousPublicKeys, note);
  const daemon = await ensureNixDaemon(binDir, nixConf.changed, o.log);
  await ensureWorker(secretsChanged || configChanged || codeChanged);
  const report = {
    publicKey: p.publicKey,
    substituter: p.substituter,
    changed,
    installed,
    daemonRestarted: daemon.restarted,
    untrusted: nixConf.untrusted,
    fixedOutput: p.fixedOutput,
    previousPublicKeys
  };
  if (p.fixedOutputPublicKey) report.fixedOutputPublicKey = p.fixedOutputPublicKey;
  if (daemon.pid) report.daemonPid = daemon.pid;
  return report;
}

// src/nix/derivation.ts
var DerivationParseError = class extends Error {
};
var ESCAPES = { n: "\n", r: "\r", t: "	", "\\": "\\", '"': '"' };
function parseTerm(text) {
  let i = 0;
  const fail = (what) => {
    throw new DerivationParseError(`not a derivation: ${what} at offset ${i}`);
  };
  const expect = (c) => text[i] === c ? i++ : fail(`expected ${JSON.stringify(c)}`);
  const list2 = (close) => {
    const items = [];
    if (text[i] === close) {
      i++;
      return items;
    }
    for (; ; ) {
      items.push(term());
      if (text[i] === ",") i++;
      else if (text[i] === close) {
        i++;
        return items;
      } else fail(`expected "," or ${JSON.stringify(close)}`);
    }
  };
  const str = () => {
    expect('"');
    let out = "";
    let start = i;
    for (; ; ) {
      const c = text[i];
      if (c === void 0) fail("unterminated string");
      if (c === '"') break;
      if (c === "\\") {
        out += text.slice(start, i);
        const e = text[i + 1] ?? fail("unterminated escape");
        out += ESCAPES[e] ?? e;
        i += 2;
        start = i;
      } else i++;
    }
    out += text.slice(start, i);
    i++;
    return out;
  };
  const term = () => {
    const c = text[i];
    if (c === '"') return str();
    if (c === "[") {
      i++;
      return list2("]");
    }
    if (c === "(") {
      i++;
      return list2(")");
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i, i + 64));
    if (!m) return fail("unexpected character");
    i += m[0].length;
    expect("(");
    return { ctor: m[0], args: list2(")") };
  };
  const t = term();
  if (i !== text.trimEnd().length) fail("trailing bytes");
  return t;
}
function strings(t, what) {
  if (!Array.isArray(t) || t.some((x) => typeof x !== "string")) throw new DerivationParseError(`not a derivation: ${what}`);
  return t;
}
function outputOf(t) {
  const [name, path, hashAlgo, hash] = strings(t, "an output is not four strings");
  if (name === void 0 || path === void 0 || hashAlgo === void 0 || hash === void 0) {
    throw new DerivationParseError("not a derivation: an output is not four strings");
  }
  const out = { name, kind: "input-addressed" };
  if (path) out.path = path;
  if (hashAlgo && hash) Object.assign(out, { kind: "fixed-output", hashAlgo, hash });
  else if (hashAlgo) Object.assign(out, { kind: "content-addressed", hashAlgo });
  return out;
}
function parseDerivation(text) {
  const t = parseTerm(text);
  if (typeof t !== "object" || Array.isArray(t) || t.ctor !== "Derive" || t.args.length !== 7) {
    throw new DerivationParseError("not a derivation: expected Derive(\u2026) with 7 fields");
  }
  const [outputs, , , , , , env] = t.args;
  if (!Array.isArray(outputs) || !Array.isArray(env)) throw new DerivationParseError("not a derivation: outputs or env is not a list");
  const envMap = /* @__PURE__ */ new Map();
  for (const kv of env) {
    const [k, v] = strings(kv, "an env entry is not two strings");
    if (k === void 0 || v === void 0) throw new DerivationParseError("not a derivation: an env entry is not two strings");
    envMap.set(k, v);
  }
  return { outputs: outputs.map(outputOf), env: envMap };
}

// src/worker/trust-class.ts
var FIXED_OUTPUT_POLICIES = ["withhold", "separate-key", "sign"];
function classifyOutputs(drvText, outs) {
  const classes = new Map(outs.map((o) => [o, "unknown"]));
  if (drvText === void 0) return classes;
  let kinds;
  try {
    kinds = parseDerivation(drvText).outputs;
  } catch {
    return classes;
  }
  const floating = kinds.some((k) => k.kind === "content-addressed");
  for (const o of outs) {
    const k = kinds.find((x) => x.path === o);
    if (k) classes.set(o, k.kind);
    else if (floating) classes.set(o, "content-addressed");
  }
  return classes;
}
function decide(cls, policy) {
  if (cls === "input-addressed" || cls === "content-addressed") return { sign: "main" };
  if (cls === "unknown") return { withhold: "its derivation could not be read, so its trust class is unknown" };
  if (policy === "sign") return { sign: "main" };
  if (policy === "separate-key") return { sign: "fixed-output" };
  return {
    withhold: "fixed-output derivation (a fetch): its path depends only on the declared hash, so an untrusted job could fetch other bytes under it (NixOS/ofborg#68); set fixed-output: separate-key to sign such paths with a key of their own"
  };
}

// src/provision/request.ts
var REQUEST_FLAGS = {
  cache: { type: "string" },
  substituter: { type: "string" },
  install: { type: "string", default: "auto" },
  "nix-installer-url": { type: "string" },
  "nix-installer-sha256": { type: "string" },
  "nix-installer-cache-dir": { type: "string" },
  compression: { type: "string", default: "zstd" },
  "upload-concurrency": { type: "string" },
  "max-attempts": { type: "string" },
  "retry-base-ms": { type: "string" },
  "extra-substituters": { type: "string" },
  "extra-trusted-public-keys": { type: "string" },
  "previous-public-keys": { type: "string" },
  "extra-conf": { type: "string", default: "" },
  "untrust-user": { type: "string", multiple: true },
  "fixed-output": { type: "string", default: "withhold" },
  "witness-cache": { type: "string", multiple: true },
  "on-divergence": { type: "string", default: "warn" }
};
var DEFAULT_CONCURRENCY = 4;
var DEFAULT_ATTEMPTS = 10;
function splitList(text) {
  return (text ?? "").split(/\s+/).filter(Boolean);
}
function oneOf(flag, text, allowed) {
  if (allowed.includes(text)) return text;
  throw usageError(`${flag}: ${JSON.stringify(text)} is not one of ${allowed.join(", ")}`);
}
function positive(flag, text, dflt) {
  if (text === void 0) return dflt;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw usageError(`${flag} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}
function requestFromFlags(v) {
  if (!v.cache) throw usageError("provision: --cache URL is required");
  const r = {
    cache: v.cache,
    install: parseInstallMode(v.install ?? "auto"),
    compression: parseCompression(v.compression ?? "zstd"),
    uploadConcurrency: positive("--upload-concurrency", v["upload-concurrency"], DEFAULT_CONCURRENCY),
    maxAttempts: positive("--max-attempts", v["max-attempts"], DEFAULT_ATTEMPTS),
    extraSubstituters: splitList(v["extra-substituters"]),
    extraTrustedPublicKeys: splitList(v["extra-trusted-public-keys"]),
    previousPublicKeys: splitList(v["previous-public-keys"]),
    extraConf: v["extra-conf"] ?? "",
    untrustUsers: v["untrust-user"] ?? [],
    fixedOutput: oneOf("--fixed-output", v["fixed-output"] ?? "withhold", FIXED_OUTPUT_POLICIES),
    witnessCaches: v["witness-cache"] ?? [],
    onDivergence: oneOf("--on-divergence", v["on-divergence"] ?? "warn", ["warn", "withhold"])
  };
  if (v.substituter) r.substituter = v.substituter;
  if (v["retry-base-ms"]) r.retryBaseMs = positive("--retry-base-ms", v["retry-base-ms"], 1e3);
  if (v["nix-installer-url"] || v["nix-installer-sha256"]) {
    r.official = { url: v["nix-installer-url"] ?? "", sha256: v["nix-installer-sha256"] ?? "" };
    if (v["nix-installer-cache-dir"]) r.official.cacheDir = v["nix-installer-cache-dir"];
  }
  return r;
}

// src/cli/provision.ts
var USAGE5 = `usage: nix-trusted-cache provision --cache URL (--signing-key-file FILE | --secrets-stdin) [options]
  --substituter URL             what consumers read (derived from --cache when absent)
  --credentials-file FILE       JSON {"accessKeyId","secretAccessKey"[,"sessionToken"]} for S3
  --secrets-stdin               read {"signingKey": "...", "credentials": {...}} as JSON from stdin
  --install auto|official|distro|skip   (default auto)
  --nix-installer-url URL --nix-installer-sha256 HEX [--nix-installer-cache-dir DIR]
  --compression zstd|xz|br|none --upload-concurrency N --max-attempts N
  --extra-substituters "URL \u2026" --extra-trusted-public-keys "KEY \u2026" --previous-public-keys "KEY \u2026" --extra-conf TEXT
  --untrust-user NAME           remove NAME from trusted-users (repeatable; e.g. the runner user)
  --fixed-output withhold|separate-key|sign   fixed-output (fetched) outputs: not signed (default), signed
                                with the key in the secrets document's fixedOutputSigningKey or in
                                --fixed-output-signing-key-file, or signed with the main key (unsafe for untrusted jobs)
  --json                        print the report as JSON`;
function readStdin() {
  try {
    return readFileSync15(0, "utf8");
  } catch {
    return "";
  }
}
function parseSecretsDocument(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError('--secrets-stdin: standard input is not a JSON document {"signingKey": "\u2026"}');
  }
  if (typeof doc.signingKey !== "string") throw new UserError("--secrets-stdin: the document has no signingKey");
  const out = { key: parseSecretKey(doc.signingKey) };
  if (doc.credentials) out.credentials = parseCredentials(JSON.stringify(doc.credentials));
  if (typeof doc.fixedOutputSigningKey === "string" && doc.fixedOutputSigningKey)
    out.fixedOutputKey = parseSecretKey(doc.fixedOutputSigningKey);
  return out;
}
async function provisionCommand(args) {
  const { values, positionals } = parseCommandArgs("provision", args, {
    ...REQUEST_FLAGS,
    "signing-key-file": { type: "string" },
    "credentials-file": { type: "string" },
    "secrets-stdin": { type: "boolean", default: false },
    "fixed-output-signing-key-file": { type: "string" },
    json: { type: "boolean", default: false }
  });
  if (positionals.length > 0 || !values.cache) throw usageError(USAGE5);
  if (!values["secrets-stdin"] === !values["signing-key-file"])
    throw usageError("provision: give exactly one of --signing-key-file FILE or --secrets-stdin");
  const request = requestFromFlags(values);
  let key;
  let credentials;
  let fixedOutputKey;
  if (values["secrets-stdin"]) ({ key, credentials, fixedOutputKey } = parseSecretsDocument(readStdin()));
  else key = await readSecretKeyFile(values["signing-key-file"]);
  if (values["credentials-file"]) credentials = parseCredentials(readFileSync15(values["credentials-file"], "utf8"));
  if (values["fixed-output-signing-key-file"]) fixedOutputKey = await readSecretKeyFile(values["fixed-output-signing-key-file"]);
  const opts = {
    ...request,
    signingKey: key,
    log: (line2) => process.stderr.write(`${line2}
`),
    warn: (line2) => process.stderr.write(`warning: ${line2}
`)
  };
  if (credentials) opts.credentials = credentials;
  if (fixedOutputKey) opts.fixedOutputSigningKey = fixedOutputKey;
  const report = await provision(opts);
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else {
    process.stdout.write(`public key:  ${report.publicKey}
substituter: ${report.substituter}
`);
    if (report.fixedOutputPublicKey) process.stdout.write(`fixed-output public key: ${report.fixedOutputPublicKey}
`);
    if (report.previousPublicKeys.length)
      process.stdout.write(`previous public keys (still trusted): ${report.previousPublicKeys.join(" ")}
`);
    process.stdout.write(
      report.changed.length ? `changed:     ${report.changed.join(", ")}
` : "unchanged:   everything was already in place\n"
    );
  }
  return 0;
}

// src/cli/retry.ts
function retryCommand() {
  if (process.getuid?.() !== 0) throw new UserError("retry needs root: the queue is root-only");
  const n = new QueueDir(LAYOUT.queueDir, LAYOUT.failedDir).requeueFailed();
  process.stdout.write(
    `requeued ${n} failed entr${n === 1 ? "y" : "ies"}; the worker picks them up with the next build or now if running
`
  );
  return 0;
}

// src/cli/status.ts
function statusCommand(args) {
  const { values } = parseCommandArgs("status", args, { json: { type: "boolean", default: false } });
  const r = collectStatus();
  if (values.json) {
    process.stdout.write(JSON.stringify(r, null, 2) + "\n");
    return r.stuck ? 1 : 0;
  }
  const w = r.worker.running ? `running (pid ${r.worker.pid})` : "not running (the next build starts it)";
  const release2 = !r.installed ? "not provisioned" : `${r.installed.version}${r.installed.matches === false ? ", not this CLI's build: provision again to upgrade" : r.installed.matches ? " (this build)" : ""}`;
  process.stdout.write(
    [
      `installed: ${release2}`,
      `worker:    ${w}`,
      `queued:    ${r.queued}${r.oldestSeconds !== void 0 ? `, the oldest for ${r.oldestSeconds} s` : ""} (from the ${r.source === "queue" ? "queue directory" : "worker's status file"})`,
      `in flight: ${r.inflight}`,
      `failed entries kept for retry: ${r.failedEntries}`,
      `settled:   ${r.settled.uploaded} uploaded, ${r.settled.skipped} skipped, ${r.settled.failed} failed, ${r.settled.refused} refused, ${r.settled.withheld} withheld`,
      ...r.lastUpload ? [`last upload: ${r.lastUpload.time} ${r.lastUpload.path}`] : [],
      ...r.lastError ? [`last error:  ${r.lastError.time} ${r.lastError.status} ${r.lastError.path}: ${r.lastError.reason}`] : [],
      ...r.stuck ? [`STUCK:     ${r.stuck}`] : []
    ].join("\n") + "\n"
  );
  return r.stuck ? 1 : 0;
}

// src/cli/verify.ts
var USAGE6 = "usage: nix-trusted-cache verify --cache URL --trusted-public-key KEY [--trusted-public-key KEY\u2026] [--nar] [PATH\u2026]";
async function verifyCommand(args) {
  const { values, positionals } = parseCommandArgs("verify", args, {
    cache: { type: "string" },
    "trusted-public-key": { type: "string", multiple: true },
    nar: { type: "boolean", default: false },
    concurrency: { type: "string" },
    "credentials-file": { type: "string" }
  });
  if (!values.cache || !values["trusted-public-key"]?.length) throw usageError(USAGE6);
  const trusted = values["trusted-public-key"].map(parsePublicKey);
  for (const p of positionals) if (!isStorePath(p)) throw usageError(`${JSON.stringify(p)} is not a store path`);
  const credentials = values["credentials-file"] ? await readCredentialsFile(values["credentials-file"]) : void 0;
  const cache = await openCache(parseCacheUrl(values.cache), credentials);
  const keys = await narinfoKeys(cache, positionals);
  const limit = positiveInt("--concurrency", values.concurrency, 8);
  let bad = 0;
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const r = await verifyNarInfo(cache, keys[next++], trusted, values.nar);
      if (r.status !== "valid") bad++;
      process.stdout.write(formatVerifyLine(r));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, keys.length) }, worker));
  process.stderr.write(`${keys.length - bad} valid, ${bad} bad of ${keys.length} checked
`);
  return bad > 0 ? 1 : 0;
}
function formatVerifyLine(r) {
  const signers = r.signedBy?.length ? ` (signed by ${r.signedBy.join(", ")})` : "";
  return `${r.status} ${r.storePath ?? r.key}${signers}${r.detail ? `: ${r.detail}` : ""}
`;
}

// src/cli/worker.ts
import { existsSync as existsSync8, readFileSync as readFileSync16 } from "node:fs";

// src/worker/witness-fetch.ts
var fetchWitnessNarInfo = async (w, key) => {
  if (w.url.startsWith("file://")) return (await new FileCache(w.url.slice("file://".length)).get(key))?.toString("utf8");
  const r = await fetch(`${w.url}/${key}`);
  if (r.status === 404) return void 0;
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.text();
};

// src/worker/worker.ts
import { watch } from "node:fs";

// src/worker/backlog.ts
var SMALL_QUEUE = 1e3;
var Backlog = class {
  // when the listing was taken (ms epoch): status.json's readers judge freshness by it
  constructor(queue, rescanMs = 1e3) {
    this.queue = queue;
    this.rescanMs = rescanMs;
  }
  queue;
  rescanMs;
  ids = [];
  next = 0;
  changed = true;
  settled = /* @__PURE__ */ new Set();
  // listed entries that left the queue since the listing
  scannedAt = 0;
  /** The hook wrote a new entry (the watcher saw it): list the queue again when that is due. */
  markChanged() {
    this.changed = true;
  }
  /** Lists the queue again when due; true when it did. */
  refresh(now) {
    const soon = this.changed && this.ids.length - this.settled.size < SMALL_QUEUE;
    if (!soon && now - this.scannedAt < this.rescanMs) return false;
    this.changed = false;
    this.queue.adoptIncoming(now);
    this.ids = this.queue.ids();
    this.next = 0;
    this.settled.clear();
    this.scannedAt = now;
    return true;
  }
  /** The next listed id that `startable` accepts, oldest first; each listed id is offered once per listing. */
  take(startable) {
    while (this.next < this.ids.length) {
      const id = this.ids[this.next++];
      if (!this.settled.has(id) && startable(id)) return id;
    }
    return void 0;
  }
  /** An entry left the queue (uploaded, settled or moved to failed/). */
  settle(id) {
    this.settled.add(id);
  }
  /** How many listed entries are still in the queue. */
  waiting() {
    return this.ids.length - this.settled.size;
  }
  /** The newest `max` listed ids still in the queue, oldest first, leaving out those `skip` says. */
  newest(max, skip) {
    const out = [];
    for (let i = this.ids.length - 1; i >= 0 && out.length < max; i--) {
      const id = this.ids[i];
      if (!this.settled.has(id) && !skip(id)) out.push(id);
    }
    return out.reverse();
  }
};

// src/worker/settle.ts
function ledgerLine(e, r, trust) {
  const line2 = {
    seq: e.id,
    drv: e.drv,
    path: r.path,
    status: r.status,
    narSize: r.narSize,
    fileSize: r.fileSize,
    seconds: r.seconds,
    attempts: e.attempts,
    time: (/* @__PURE__ */ new Date()).toISOString()
  };
  if (trust?.cls) line2.class = trust.cls;
  if (trust?.keyName && (r.status === "uploaded" || r.status === "skipped")) line2.key = trust.keyName;
  if (trust?.witness) line2.witness = trust.witness;
  if (r.reason) line2.reason = r.reason;
  return line2;
}
function failedLine(e, path, reason) {
  return ledgerLine(e, { path, status: "failed", reason, narSize: 0, fileSize: 0, seconds: 0 });
}
function malformedEntryLine(id, reason) {
  return {
    seq: id,
    drv: "",
    path: "",
    status: "failed",
    reason,
    narSize: 0,
    fileSize: 0,
    seconds: 0,
    attempts: 1,
    time: (/* @__PURE__ */ new Date()).toISOString()
  };
}
function malformedEntry(id, reason) {
  return { id, drv: "", outs: [], attempts: 1, notBefore: 0, done: [], lastError: reason };
}
function classifyResults(e, results, maxAttempts, noteOf) {
  const outcome = { lines: [], retries: [], retryAfter: void 0, finalFailure: false };
  for (const r of results) {
    if (r.status !== "failed") outcome.lines.push(ledgerLine(e, r, noteOf(r.path)));
    else if (!r.retryable || e.attempts >= maxAttempts) {
      outcome.lines.push(ledgerLine(e, { ...r, reason: `${r.reason} (after ${e.attempts} tries)` }, noteOf(r.path)));
      outcome.finalFailure = true;
    } else {
      outcome.retries.push({ path: r.path, reason: r.reason });
      outcome.retryAfter = Math.max(outcome.retryAfter ?? 0, r.retryAfterSeconds ?? 0);
    }
  }
  return outcome;
}
function wholeEntryFailure(e, signed, reason, retryable, maxAttempts) {
  const outcome = { lines: [], retries: [], retryAfter: void 0, finalFailure: false };
  const settlesNow = !retryable || e.attempts >= maxAttempts;
  if (!settlesNow) return outcome;
  for (const i of signed.filter((i2) => !e.done.includes(i2.path))) {
    const reasonAfterTries = `${reason} (after ${e.attempts} tries)`;
    outcome.lines.push(
      ledgerLine(e, { path: i.path, status: "failed", reason: reasonAfterTries, narSize: i.narSize, fileSize: 0, seconds: 0 })
    );
  }
  outcome.finalFailure = true;
  return outcome;
}
function settlement(outs, done, finalFailure) {
  if (!outs.every((p) => done.includes(p))) return "retry";
  return finalFailure ? "fail" : "remove";
}
function nextTryAt(nowMs, attempts, retryAfter, retryBaseMs = 1e3) {
  return nowMs + backoffMs(attempts, retryAfter) * (retryBaseMs / 1e3);
}

// src/worker/worker.ts
var PRUNE_EVERY_MS = 10 * 6e4;
async function runWorker(o) {
  const loop = new WorkerLoop(o);
  let watcher;
  try {
    watcher = watch(o.queue.dir, (_event, name) => loop.queueChanged(name));
  } catch {
  }
  o.stop?.addEventListener("abort", () => loop.wakeUp());
  try {
    for (; ; ) {
      await new Promise((resolve) => setImmediate(resolve));
      const next = loop.pass(Date.now());
      if (next === "done") return;
      await loop.sleep(next);
    }
  } finally {
    watcher?.close();
  }
}
var WorkerLoop = class {
  constructor(o) {
    this.o = o;
    this.backlog = new Backlog(o.queue);
    this.status = new StatusWriter(o.statusFile);
  }
  o;
  running = /* @__PURE__ */ new Map();
  // Outputs of entries being uploaded: a later entry that references one waits for it (references first).
  uploading = /* @__PURE__ */ new Map();
  // Entries in backoff, by id: not started again before this time (ms epoch).
  deferred = /* @__PURE__ */ new Map();
  backlog;
  status;
  failedCount = 0;
  prunedAt = 0;
  idleSince = Date.now();
  wake = () => {
  };
  /** The watcher's news: only the hook's new files are, not the worker's own saves, moves and removals. */
  queueChanged(name) {
    if (name === null || isIncoming(String(name))) this.backlog.markChanged();
    this.wake();
  }
  wakeUp() {
    this.wake();
  }
  /** One pass: prune and list when due, start what may start, report. The ms to sleep, or 'done' (stop, idle). */
  pass(now) {
    this.pruneWhenDue(now);
    if (this.backlog.refresh(now)) this.status.changed();
    const taking = !this.o.stop?.aborted;
    const startable = (id) => !this.running.has(id) && (this.deferred.get(id) ?? 0) <= Date.now();
    for (let id; taking && this.running.size < this.o.concurrency && (id = this.backlog.take(startable)); )
      this.start(id);
    const view = () => this.view();
    const waitMs = this.status.tick(now, view);
    const idle = this.backlog.waiting() === 0 && this.running.size === 0;
    if (!idle) this.idleSince = now;
    const idleExit = idle && this.o.idleExitMs > 0 && now - this.idleSince >= this.o.idleExitMs;
    if (!taking && this.running.size === 0 || idleExit) {
      this.status.flush(now, view);
      return "done";
    }
    return waitMs;
  }
  sleep(ms) {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }
  /**
   * Pruned every ten minutes, at once when a flood of failures outgrows the bound by half, and when the queue
   * has drained: failed/ holds at most 1.5 × keep entries, and at most keep once the queue is empty.
   */
  pruneWhenDue(now) {
    const drained = this.backlog.waiting() === 0 && this.running.size === 0 && this.failedCount > FAILED_BOUNDS.keep;
    if (now - this.prunedAt < PRUNE_EVERY_MS && this.failedCount < FAILED_BOUNDS.keep * 1.5 && !drained) return;
    this.failedCount = pruneFailed(this.o, now);
    this.prunedAt = now;
  }
  start(id) {
    const job = processEntry(this.o, id, this.uploading, this.deferred).then(
      (fate) => {
        if (fate !== "waiting") this.backlog.settle(id);
        if (fate === "failed") this.failedCount++;
      },
      (err) => {
        if (err.code === "ENOENT" && !this.o.queue.has(id)) return this.backlog.settle(id);
        this.o.log(`entry ${id}: ${errorMessage(err)}`);
        this.deferred.set(id, Date.now() + 5e3);
      }
    );
    const settled = job.finally(() => {
      this.running.delete(id);
      if (rotateLedgerIfLarge(this.o.ledgerFile, this.o.ledgerRotateBytes))
        this.o.log(`ledger rotated: the previous lines are in ${this.o.ledgerFile}.1`);
      this.status.changed();
      this.wake();
    });
    this.running.set(id, settled);
  }
  /** What status.json says (bounded: the newest ids and a count). */
  view() {
    return {
      pid: process.pid,
      scannedAt: this.backlog.scannedAt,
      queued: this.backlog.newest(STATUS_QUEUED_MAX, (id) => this.running.has(id)),
      queuedCount: Math.max(0, this.backlog.waiting() - this.running.size),
      inflight: [...this.running.keys()],
      failed: this.failedCount
    };
  }
};
function pruneFailed(o, now) {
  const pruned = o.queue.pruneFailed(now);
  if (pruned.length > 0)
    o.log(
      `pruned ${pruned.length} entries from failed/ (enqueued over 30 days ago, or beyond the newest ${FAILED_BOUNDS.keep}); their failures were recorded in the ledger`
    );
  return o.queue.failedIds().length;
}
var witnessed = /* @__PURE__ */ new Map();
function witnessVerdict(o, info) {
  if (o.trust.witnesses.length === 0) return void 0;
  const k = `${info.path} ${info.narHash}`;
  if (!witnessed.has(k)) witnessed.set(k, consultWitnesses(info, o.trust.witnesses, o.trust.fetchNarInfo));
  return witnessed.get(k);
}
function withWitness(cls, d, w, o) {
  if (w?.outcome === "reproduced" && cls === "fixed-output") return { sign: "main" };
  if (w?.outcome === "diverged" && o.trust.onDivergence === "withhold")
    return {
      withhold: `diverged from the witness ${w.by}: ours has NarHash ${w.ours.narHash}, the witness's ${w.theirs.narHash} (on-divergence: withhold)`
    };
  return d;
}
async function decideTrust(o, e, outs, infos) {
  const classes = classifyOutputs(o.store.derivationText(e.drv), outs);
  const verdicts = /* @__PURE__ */ new Map();
  await Promise.all(
    infos.map(async (i) => {
      const v = await witnessVerdict(o, i);
      if (v) verdicts.set(i.path, v);
    })
  );
  const main2 = { key: o.upload.key, infos: [] };
  const fixed = o.trust.fixedOutputKey ? { key: o.trust.fixedOutputKey, infos: [] } : void 0;
  const withheld = [];
  for (const info of infos) {
    const cls = classes.get(info.path) ?? "unknown";
    const witness = verdicts.get(info.path);
    const d = withWitness(cls, decide(cls, o.trust.fixedOutput), witness, o);
    const group = "sign" in d ? d.sign === "main" ? main2 : fixed : void 0;
    if (group) {
      if (cls === "fixed-output") {
        const { ca: _ca, ...withoutCa } = info;
        group.infos.push(withoutCa);
      } else group.infos.push(info);
      continue;
    }
    const reason = "withhold" in d ? d.withhold : "fixed-output: separate-key, but no fixed-output signing key is provisioned";
    const line2 = { path: info.path, status: "withheld", reason, narSize: info.narSize, fileSize: 0, seconds: 0 };
    withheld.push(ledgerLine(e, line2, { cls, ...witness ? { witness } : {} }));
  }
  return { classes, verdicts, withheld, signings: [main2, ...fixed ? [fixed] : []].filter((g) => g.infos.length > 0) };
}
function trustNotes(trust) {
  const keyNameOf = new Map(trust.signings.flatMap((g) => g.infos.map((i) => [i.path, g.key.name])));
  return (path) => {
    const witness = trust.verdicts.get(path);
    return { cls: trust.classes.get(path) ?? "unknown", keyName: keyNameOf.get(path), ...witness ? { witness } : {} };
  };
}
async function processEntry(o, id, uploading, deferred) {
  const entry = readEntry(o, id);
  if (!entry) return "failed";
  if (entry.notBefore > Date.now()) {
    deferred.set(id, entry.notBefore);
    return "waiting";
  }
  entry.attempts++;
  const outs = entryOutputs(o, entry);
  if (!outs) return "failed";
  const lines = [];
  const settle = (settled) => {
    for (const line2 of settled) {
      lines.push(line2);
      entry.done.push(line2.path);
    }
  };
  const { infos, gone } = pathInfos(o.store, entry, outs);
  settle(gone);
  const settledUnuploaded = gone.length > 0;
  const trust = await decideTrust(o, entry, outs, infos);
  settle(trust.withheld);
  const tried = await uploadSigned(o, entry, outs, trust, uploading);
  settle(tried.lines);
  const finalFailure = entry.failedBefore === true || settledUnuploaded || tried.finalFailure;
  if (finalFailure) entry.failedBefore = true;
  return settleEntry(o, entry, outs, { lines, finalFailure, retryAfter: tried.retryAfter }, deferred);
}
function readEntry(o, id) {
  try {
    return parseEntry(id, o.queue.read(id));
  } catch (err) {
    if (!(err instanceof MalformedEntryError)) throw err;
    appendLedger(o.ledgerFile, [malformedEntryLine(id, err.message)]);
    o.queue.fail(malformedEntry(id, err.message));
    return void 0;
  }
}
function entryOutputs(o, entry) {
  const outs = entry.outs.length > 0 ? entry.outs : o.store.derivationOutputs(entry.drv);
  if (outs) return outs;
  const reason = `${entry.drv} is not in the Nix store (garbage-collected before its outputs could be uploaded)`;
  appendLedger(o.ledgerFile, [failedLine(entry, entry.drv, reason)]);
  entry.lastError = reason;
  o.queue.fail(entry);
  return void 0;
}
function pathInfos(store, entry, outs) {
  const infos = [];
  const gone = [];
  for (const out of outs.filter((p) => !entry.done.includes(p))) {
    const info = store.pathInfo(out);
    if (info) infos.push(info);
    else gone.push(failedLine(entry, out, `${out} was garbage-collected before it could be uploaded`));
  }
  return { infos, gone };
}
function referencesInFlight(signed, outs, uploading) {
  return [...new Set(signed.flatMap((i) => i.references).filter((r) => uploading.has(r) && !outs.includes(r)))];
}
function claimOutputs(uploading, signed) {
  let release2 = () => {
  };
  const mine = new Promise((r) => release2 = r);
  for (const i of signed) uploading.set(i.path, mine);
  return () => {
    for (const i of signed) if (uploading.get(i.path) === mine) uploading.delete(i.path);
    release2();
  };
}
async function pushSignings(upload, signings) {
  const results = [];
  for (const g of signings) results.push(...await pushPaths({ ...upload, key: g.key }, g.infos, { concurrency: 2 }));
  return results;
}
async function uploadSigned(o, entry, outs, trust, uploading) {
  const signed = trust.signings.flatMap((g) => g.infos);
  await Promise.all(referencesInFlight(signed, outs, uploading).map((d) => uploading.get(d)));
  const release2 = claimOutputs(uploading, signed);
  try {
    const results = await pushSignings(o.upload, trust.signings);
    const tried = classifyResults(entry, results, o.maxAttempts, trustNotes(trust));
    for (const r of tried.retries) {
      entry.lastError = r.reason;
      o.log(`entry ${entry.id}: ${r.path}: try ${entry.attempts} of ${o.maxAttempts} failed: ${r.reason}`);
    }
    return tried;
  } catch (err) {
    entry.lastError = errorMessage(err);
    o.log(`entry ${entry.id}: try ${entry.attempts} of ${o.maxAttempts} failed: ${entry.lastError}`);
    const { retryable } = retryHintOf(err);
    return wholeEntryFailure(entry, signed, entry.lastError, retryable, o.maxAttempts);
  } finally {
    release2();
  }
}
function settleEntry(o, entry, outs, tried, deferred) {
  appendLedger(o.ledgerFile, tried.lines);
  const settlementOfEntry = settlement(outs, entry.done, tried.finalFailure);
  if (settlementOfEntry === "fail") {
    o.queue.fail(entry);
    return "failed";
  }
  if (settlementOfEntry === "remove") {
    o.queue.remove(entry.id);
    return "settled";
  }
  entry.notBefore = nextTryAt(Date.now(), entry.attempts, tried.retryAfter, o.retryBaseMs);
  o.queue.save(entry);
  deferred.set(entry.id, entry.notBefore);
  return "waiting";
}

// src/cli/worker.ts
function readRunnerConfig(file = LAYOUT.config) {
  let text;
  try {
    text = readFileSync16(file, "utf8");
  } catch {
    throw new UserError(`${file} is missing: this runner is not provisioned (run nix-trusted-cache provision as root)`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(`${file} is not valid JSON: provision again to rewrite it`);
  }
}
var workerLog = (line2) => void process.stdout.write(`${(/* @__PURE__ */ new Date()).toISOString()} worker[${process.pid}]: ${line2}
`);
var GRACE_MS = 3e3;
function stopGracefully(stopping, log) {
  if (stopping.signal.aborted) return void exitNow("stopped at once (a second signal)");
  log(`stopping: the uploads in flight get ${GRACE_MS / 1e3} s to settle; queued entries wait for the next worker`);
  stopping.abort();
  setTimeout(() => void exitNow("stopped: the grace ran out; what was in flight is redone by the next worker"), GRACE_MS).unref();
}
async function exitNow(why) {
  const late = new Promise((r2) => setTimeout(() => r2(void 0), 1e3).unref());
  const r = await Promise.race([abortOpenUploads(), late]);
  const said = !r ? "; S3 did not answer the aborts of unfinished uploads within a second" : [
    r.aborted > 0 ? `; ${r.aborted} unfinished S3 upload(s) aborted` : "",
    r.refused.length > 0 ? `; S3 refused to abort ${r.refused.join("; ")} (a lifecycle rule on the bucket ends such uploads)` : ""
  ].join("");
  workerLog(`${why}${said}`);
  removeOwnWorkerPid(LAYOUT.workerPid);
  process.exit(0);
}
async function workerCommand(args) {
  const { values } = parseCommandArgs("worker", args, { "idle-exit": { type: "string" } });
  if (process.getuid?.() !== 0) throw new UserError("the worker runs as root (it reads the root-only signing key)");
  const idleExitSeconds = values["idle-exit"] === "0" ? 0 : positiveInt("--idle-exit", values["idle-exit"], 600);
  const config = readRunnerConfig();
  const key = await readSecretKeyFile(LAYOUT.signingKey);
  const fixedOutput = config.fixedOutput ?? "withhold";
  const trust = {
    fixedOutput,
    witnesses: (config.witnessCaches ?? []).map(parseWitness),
    onDivergence: config.onDivergence ?? "warn",
    fetchNarInfo: fetchWitnessNarInfo
  };
  if (fixedOutput === "separate-key" && existsSync8(LAYOUT.fixedOutputSigningKey))
    trust.fixedOutputKey = await readSecretKeyFile(LAYOUT.fixedOutputSigningKey);
  const credentials = existsSync8(LAYOUT.credentials) ? await readCredentialsFile(LAYOUT.credentials) : void 0;
  const cache = await openCache(parseCacheUrl(config.cache), credentials);
  const store = new LocalStore();
  const nar = (p, size, chunk) => store.nar(p, size, chunk);
  const log = workerLog;
  writeWorkerPid(LAYOUT.workerPid);
  const stopping = new AbortController();
  process.on("SIGTERM", () => stopGracefully(stopping, log));
  process.on("SIGINT", () => stopGracefully(stopping, log));
  const swept = await cache.sweepTemporaries?.(processAlive);
  if (swept) log(`removed ${swept} temporary file(s) that a stopped worker left in the cache`);
  log(
    `started: cache ${cache.describe}, compression ${config.compression}, concurrency ${config.uploadConcurrency}, fixed-output ${fixedOutput}`
  );
  try {
    const opts = {
      queue: new QueueDir(LAYOUT.queueDir, LAYOUT.failedDir),
      ledgerFile: LAYOUT.ledger,
      statusFile: LAYOUT.status,
      upload: {
        cache,
        key,
        compression: config.compression,
        dump: nar,
        encoder: defaultEncoder(nar, config.uploadConcurrency),
        stillValid: (p) => store.pathInfo(p) !== void 0,
        // paths signed before a rotation get our signature, not a second upload (upload-path.ts)
        previousKeys: (config.previousPublicKeys ?? []).map(parsePublicKey)
      },
      store,
      trust,
      concurrency: config.uploadConcurrency,
      maxAttempts: config.maxAttempts,
      idleExitMs: idleExitSeconds * 1e3,
      log,
      ...config.retryBaseMs ? { retryBaseMs: config.retryBaseMs } : {},
      ...config.ledgerRotateBytes ? { ledgerRotateBytes: config.ledgerRotateBytes } : {},
      stop: stopping.signal
    };
    const queue = opts.queue;
    for (; ; ) {
      await runWorker(opts);
      if (stopping.signal.aborted) return exitNow("stopped: the uploads in flight have settled");
      removeOwnWorkerPid(LAYOUT.workerPid);
      queue.adoptIncoming();
      if (queue.ids().length === 0) break;
      writeWorkerPid(LAYOUT.workerPid);
    }
    log("queue empty; exiting (the next build starts a new worker)");
  } finally {
    removeOwnWorkerPid(LAYOUT.workerPid);
  }
  return 0;
}

// src/cli/main.ts
var HELP = `nix-trusted-cache: signed Nix binary-cache uploads that untrusted CI jobs cannot forge

usage: nix-trusted-cache COMMAND [OPTIONS]

  keygen NAME                     print a new secret key (stdout) and its public key (stderr)
  push --cache URL --signing-key-file FILE [--compression C] [--closure] PATH\u2026
                                  sign and upload store paths now
  verify --cache URL --trusted-public-key KEY [--nar] [PATH\u2026]
                                  check signatures (and NAR hashes) of cached paths
  provision --cache URL (--signing-key-file FILE | --secrets-stdin) [--install MODE] \u2026
                                  set up this runner as root: Nix, nix.conf, key, hook, worker
  re-sign --cache URL --signing-key-file FILE --trusted-public-key KEY [--dry-run] [PATH\u2026]
                                  add the new key's signature to paths an old key signed (key rotation)
  deprovision [--drop-queue | --keep-queue]
                                  undo provision (root); refuses while uploads are queued
  audit [--user NAME] [--json] [--trust strict|warn|off]
                                  check the trust boundary for a user
  status [--json]                 queue and ledger counts; exit 1 when the queue is stuck
  retry                           requeue entries that used all their tries (root)
  worker                          the upload worker (started by the post-build-hook)

Cache URLs: s3://BUCKET?region=R&endpoint=HOST:PORT&scheme=http|https  or  file:///ABS/DIR
Exit codes: 0 ok, 1 failure, 2 usage error.`;
var COMMANDS = {
  keygen: keygenCommand,
  push: pushCommand,
  verify: verifyCommand,
  "re-sign": reSignCommand,
  provision: provisionCommand,
  deprovision: deprovisionCommand,
  audit: auditCommand,
  status: statusCommand,
  retry: retryCommand,
  worker: workerCommand
};
async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP + "\n");
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`nix-trusted-cache: unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")}
`);
    return 2;
  }
  if (name !== "audit" && (rest.includes("--help") || rest.includes("-h"))) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  try {
    return await command(rest);
  } catch (err) {
    process.stderr.write(`nix-trusted-cache ${name}: ${errorMessage(err)}
`);
    if (process.env.NTC_DEBUG && err instanceof Error && !(err instanceof UserError)) process.stderr.write(`${err.stack}
`);
    return err instanceof UserError ? err.exitCode : 1;
  }
}

// src/cli.ts
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (err) => {
    process.stderr.write(`nix-trusted-cache: ${String(err)}
`);
    process.exitCode = 1;
  }
);
