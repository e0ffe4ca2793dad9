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
  const program = brotliDecompressSync(Buffer.from("mx75FVfQOSwDmGp+dY5tDe3pAxCwRcyAHDLsEqQUv5PttWs83/w3sImSdFeIJfY/Du+qfKvIHxjotdlm1/BuS1m8DNJGqKqq6prkixz5L+mWpFVUFXDHd2e27TOiUPMBVawbaIsUiaGB70hIJFc1etRWBtKN02zQxciqkM0hTIJHpyrdzCWfnj5OgpnJUekwhLpUSbVOikGwixcukWdz7MXaQ6cJDfUeg99JEKmxlsHoQueUw7zaUhCC4p9wmcS8zLvPp2l8MTvytpk8sUYh82x0zVtTemQhuwqGEswcIuniWx7Ce6al2eVSoxW6pEhQU0ePcW9gzMJ8KWtut4ow31nWn1hV2CAORzqEeNkuZMbwXk/TCxpe0H64aURHNtmP4z7PKF2SWhxGWtwEfiMT8U7ZAruTX6jrhOeVic8kMT19KR7o6S8aLiOgZW+uF4efgpLxsKjomZG2SnuXeQ7yFfGt0H2EJA+FOHS4YNdyx748mKZSHZUGXCi1Z+4pkeOcdIZ4ywp5q8uIL9p89MSstGbsjPAuf+TvIJo/ekBR/Ne9wjLR7u3Qfq7a7ZoB/xLj3rq/dU5VCgkAYJKEuwhbZydWpuCsS+NtCHVGferCqB1EbMRIIk3h2x1748xMOpDI1FoqjvaEny/iSlp0w/PdjDnIBemBnhWvnvcnmi9D8Yymn+Y/fX9a1qfp9u+F9rIEjOOpiq0oLOxczIHzLHLy/37qf/3SDSriyDLLN8YWm0MiiTQoqZeM9kFUrKUfo7r2gUJ4IGRUJJFChkBtZdWOHKQqJVNn+Wg57wWd9znjf2azznM5+lWG/GqPG315CVEh1MtGr5umyjLGBGWxKWzIIoDn85fWf/0OFI0pVErSy6bS0e0ts21+O12DZRvHmsTIz+Ck0yB462W/r9rzLIhe6BiW4CUVndl32fz4c/7/+/N1kqY10RD03u0ondv2vpEEyANUHOjuOOUdS7Ve37vupBuULR0hZGFbxQySyxYvkfGaTSQcgZL+v79m/z8/X5zMnYUqkaWrs1JKd61P7LLGkARMNeDjBrsPVPvJ62PUUNMuDMW/41Kl1qh86hIgUKVhyz+JuoSL07zHe8RajEhizio2yW01lIvUVAr1SC9NRX/EE998+2UWoiqjUZX8LT3lHbgsHc19uanxRd9UfacVxzTg/AhDpEi1Qal9DI3j72OGydpXNX9a8252fivaQBCCcWaBAVCKb9FTarHTTC3N15dQ6gLcOxyd1hRJtgVvg0h3CJPaXnl57d9U83RlSpeVIiMvt+1F65dTI/EJWGtwhJ35MEhbmVr+/XnJWRsSRrgUnk7htfFaYsscL8lWYQCpeOH0Tf2+fgd6e1DASEHUAwWNPuVwunVuhM5ehqDKHMrQlqK1nLEtF6Vf/76r+t+frxPqiiBvV95Uk7IL5mprFcZA46Z4rGVqHxqF0NhZRovLInxFTXgW7fuq73/96qTum+YdctyhNx3flTHtjqkDkbCEiCQYgJStDuutmX+6dhSS7fFGVd0tCH0gcMiYN9ll2QGC/3/3voboX0GZrn3KlZ6poQPYtI5Si5vM1gwww8Mf2NHUTImXpk5rraB+2bu2zA1QwTky/dsORLWpshS7tGMVxgRh0usngwrh4lCe1hVk89P8X/1qO9rf9wua9cgpO1wTO1V9qhLUKxR4hUh3T4wCAVpDQa1hytKGqG8CXB6F3KDMP/vfpirbw3bCj/D1vTogYzNmX1Uuqq0S0RNf4C/JGOGqPSND85Yg2u+X6iG+z/7gkqhiukii0NgCKur8//f9L30lX2gABL8xLpMUuSCBaVDeZUqivnuvteeva4VXz3xWvar67O5q0DSAwTbAEOj2XHPv66v5TDVYpsHR7nPAfIcmhwZIycPI+8hlCvJvIhmbRMoVJKf6u5ZHyFChgiiU//++/1m93/sBJCpR3Z9S+crw6GUigWyRVMqmp+2Mvfc6s/DUZSMUGyrIlIOVolWJ//Wea661z73n3vcQTwQSiIiUyKoWQlgUHj2ahpaWSf88ZHEMJJU2aZgf8nH5JMDcXu2kUOInyf/SKgthIPDsP39vlTvAroXkuVvvZb44DVUa6ukFABMw40bcTOmD1FX6muEFIt9a28wvLVQvkGGuL+11tpe0wN1XPYewSIQqVt7oeulMmFPhwFYxlgOhEMqiJf87Nempzg1CD7EMOb7bjGb4qrtONhYhBcgaX8qQk471eAkCX3baJ1t214IS9laP2JglQo3IhR05osjoa1WXxn9vzyH6X6ZZuQ1UE1g2V5vrWVDkcnpmT3rneOcNszLrLQvqptFidJ+Qot7/WYyqzGouUMAwGhjdJ4Qw3LPHNM471xxz/f/XmbWjL2kmwFWKOk0lyQHu6vX77+vGsh2QPTMBXCB87/+AIWAHoVvgas+2gEW7XbFbd7H6vc5GRjFRDDKO6i5zZyxGIr9N4yi92/p+XXp1wZXu0jRYi//f3jLphuSQmBnaza+RWw5Y0Gbmmqp6/57pdsrhv1+/7ptR6FbszaN1ykjDHBI0pQLEgeFf5TQjNGIL6AJoY8FObxLTg0nACUtQysAJY5ASUoE1e+67EYxVV+b/v5mWCgFyhBmsc0GuSJliEF0gdgdcy1lF8aL6f7wd2DMAZzieMjZ2tt6/775Cd1V1E6gG6CFrQ+U2yhQkcYFc003urkAZ7/ctVSrrxXvpLGFc0SmlMe5y/umNAc38GT/t7CyQbJZKYC5Vrf4DtiO6u65dCaQcIPADZXbFJ3x2qfKqdoGFfmCC9NACdeEZ4Ptv6SftWScAzWjS/44zZtjnSCqnzLB6qu7rTb1ZQl4jq7A08XOaWArDnWo3KuPxyfIvNlFfVYalMifwlNLbSmwjSb8/zPr/jrsrqbpZ/7wKixBCLMYYs7hnG/7qp5713Ha7zrwVAiQhfAu06r11+Pr/6s7W7bVrK+kuGGPMNyQhBJy+bSxrEFBXpJ0RSIIfWqXaZ6/XTYZAg/e+mg/FdPlSd9lIQmiYkfT79oer73Wse6Pf0AAlSFKku2cpy+o6zJ50QIwkjauqMSQBEmwzCfffj73+00mb2LtJNLvbwjD8viIq+Hwd+QuE91VuOcu6XZykdS+yNGqZJmk37922WJZl/xBCgsES98O0+ueOj/l2Eu/ubwkKKE5xSeIoj/Vik/exefy2UY5/eHdmhNY5CNgmyKLtsqZtue5XZSyZMUFa8fxnrMX/1zg1rzL/NpwLqIiIqC3buA7T1L2ndl0kaYkxBgx/0rQhwPn/MrX4w0ywd+04/iWg0hGiSRhdvf0bS///p41tb4xx5rcsh0VAQiICLhzeMmpFzWN326+7d2NBgACBwlIRMKSWKG0sV3iQovDRbtWoIbOMZTX22z3UuvdUhRAiIkJCO1PqnUO1/kjSmUhSbTjWMOCF4VjG1D674/bNAwHPvhUbyCDVZOo3q8sPo4uEVegWhZ+hk+/81banHTdqGI/HmFETRoD9Mf2WZ+/ZX71RDAi4kI7kJThwGTODVrqs8kvCDLIczdHpQ4Bsvwf1bObPbfSD8cozymLZaltnL0TyEZquIp5oJrXPtRjTEsKul/5NaSKgF4ErzXnfhurHF7/suv3DYBAj0z1Dz5JIiVrKvvg0GpNSyKwIIiTviVq4iM2qoTZtCaW3x0wAy/LzS7L3hbKROiQdM/+pUnQO617Zxqy2frHtzAQICWhHr3HBVcxkmeM7SDoGTH8haQ3kESIYt7/VaGXEb+OYrfAaUjc0/Y3RymCoh84OyfjaYXtnyynA3an8KQDXU/bZSpiND6URUoF8wYDy0INEyj+CAd98qgc9v6SPRnPFRsuc9Wtjo+ON0r+kG9pFPUUV4JtDsD3VhOETAcDE/HvN9BOg/sS2ZNbw4NAnFTho73j0GxERKhgSKqAfO/SH/oSOh2Qzj4h9hIrPg93kh67Rks53Tg1YTRULbtDD1MXn38lS70+AYNmWnEdd3J0qC2I5nB2p/xo2C25NOL7+CTJv/yv99Q+BkvXf4Y3Ipdq/QtSTphuYg/TfWL3+Fet6zBXfQYCP/+blQskxoWLO51+KajtlZuEu8WOP9LBjXV6vys5iCUR+MaVJbaosI8lnqyHPMJpUfR4KcEEJSseVWKJkORZB8l1+rJc3QEqy9WA6QppELA6ETfCwA32mANQQchFJKpLzezYsqzxPwZnDJQrH2mUAQGOMk/YnYULBLc+IKfhkp6aOWnN7gwSC1KCIhHGCkROwBOtmVuHuZplVbgBcmhBpyairFRPx6jRaTkN/GCFk3MzlnMwllQsxnOhrfrxAPRu+a4J/3lp3x57gwz6Ped3L7FBszSEzVu6oB+Cf52IvJIDbUAFHQnbdCS+6YRf90XSDJ1sw34405+dZRBACZpI5PkmP1xtErrm/xAPX0MNK+4iOS9DQ4XVnHz2oqfa8jZd8UJN5D6ZKQGDd75tV+V7tHbAo0/leQeu4P2qgOBv6TwZrjhq0khVh/DSPM4q/nCTMJmx8v3ziAMkpr0be8uua4HMZiGcDBsk75Z4pJRZq33YTpfMg4O77Nwo/rN+GaR6esTNWpicHJjLBcJhlodIPZcK27DxtifGNOP3revTYvaZR879qfB9jKp0Hr5Ri2yosiZcPK0rE/0yUx8Da01WzuaK6I8k+JM8zDN3zBO0Af71ue0w3WykLXKDkcsvRV2kveLXk1o37UjSjoHMlWhI6gFb9RbPIjfwp2Vs0NjwEkeWYoqf3WCDfLImQ9oWGR0DVmF7XXaCV5g95BmLnnEpLG8n9C0IT97jm/NbtPPdKILhFsDDA2jkHb592TlnFUiXkYx47UeGIEeBv0HAbPQxFc+87uM8fi7BIlfn67Po7fVfv9EsejT93ffpBSPv1mV7ib0jM04N9KqVW5nV7iTFIPEshqdLIXbwvkzjO4Vcs0B2d9rZn25eV2vClDORT4C9zLg/7TKhjpQXqtLTGLJcQnJuI13mObzhxs5UIc4+PRXlw7RJLF6VUh4uCreNABSBiwwEijHiRxYHwX/sgCqzzfMNp23nqH4TCr2TA7A3xNkgriNou8lyOhRywq1kGSI39v4Fhd2g2/V/OMo/Ak9K/yDQj/3qVq74PAXCsOeKQT0x5hPMremb+mtMRHxoh6c551RuxVsecNG6Ojp875AVD+8hdM05z9w7dZB1CwMsnT/c8wcb5TXd8oR4r7HvJ1j8o2kbfLnEKOOZ5PNSgY9HYfCORdPcF2y4kOgviI/v5WNAIBtjqvjK4IJM6hdCe/k0hMjO8+eAlPH0x19kuS+NGZZ6AG4pBH0qHmhZB+PYxEOHby2yZxMZiIAPJ8b747BePV10smBt6KQutxumsoXy7qSU1ywZ7BwJbX3E19cqbqP6jAQmONdJQTKn654QwhrPnHD9+v0zbrsl4tWjx8rVjZFVrsS8DgfyvAbVmIR72EV/l86/rjj10bjPpaaBzMmTo4hzkk859m0CzsV7QlRLEyRhyBU7+7W6v3niRIkWtH3TtYbt89Wl+1vKgaxoKz1U0wmz6jXzyvVQtnfSq8O1FegeZxYgmE26oDRpmNPRROaNYxNy1AY942VzQb6FGR/ovXi2DnEbtohJ78swTZUZEnyjfDKmUwTuJrN5SWuhgQYuPEv1phV/iy18C0QZjwIV+YOlLyX+G418/x3RTrKo6U+vI5EvBbm//DypLZhaCJZOLfHza6JX3z4fTsRONO7Umo90UEK86yDqkojTCxYOvvQckNq+Irbtqpct3GDy1CscD0oxTN9xpmC5rtMsXv58rLaNN3WvFsvupamvy5S7s/VdRM43Um3Y3di6xdDzctGHR+ZX/yr3IwO3i0RjDpnIKoSkYpVn2+jEqYYQHm8e1c+1RISENdpebi7ab//lnMecCm12NoMcIrKNK7n2hhikZGdKwiWPjDd6DqWN8S7cXuhDPlvJ1+a98xOt7Q/yUtqamKjasg5fnTm00lCQkd6Gwj0jozgXlmwLraadGVkLnqvGTMJdRkrTWiTtjqlfWic1ZNLPSfHnluI0Ix5WNZRPiLTkcHYlIwQXWBNlMqUute+JvFcLMk3K9BFSjKjT1Gvb3sTQ/beXoKpO6BnsGGAygJ20aTz1+zdASTHFo5RoLA8v8qHwykf+brHSsnX0NyHSjzM8KzKizoPlVhNuGaLlXRRLkPINs/2Rn/nykzIsjC7TxgxOlJ3YLS5gTtSoeRX5Ho6yOBHs71wngoUBLhCJ6Sjc5tQdXDTLbOHW7QVd6uFiRiVTwBqFK4L/6TdmMbfW+0uIX8AELcs3cR6D8Ma7HBrvXRhF+0ARThzh3IO+/rwIHDjTf49JcjGsnNTCLQKcJIRGR3w/Hxwfnz3kkI+nZkfZEDXne9sggYSBjdWIvNLsClsEyZ4HcMNgLSwfF4yult8x7Wan4atKGtiTdlwYB+Mer3mJBnWC3AGmurB55TrrbKUAq7m1JPCcaNDU5HklrXCT6J8VsHz7DHGW/l0MeNsnw8WOMUbQaeX0vnjeyYkb1gv7pv08H3Uvuooq/naRXhmr9q+bzAQLT4g2DEm1quu2GPqjorXHPLRv3O3r4j0TGjV1o+WaH79Tnrf9hUamS2Dw42eRCvRbEG1qNiQ80SgAHhRHEMEDrGsgakuQRADM+y99IX8ZziOAvmdNEr7RStcZL5lgCO70VabLip7ZuHlNeHpRTPfZlltbTp8VX0lJvE1YzPGs/MrNPNNJ/BoMYfqR0oI6PMHevy4eLsL4lpxCnkXQN2i+RfB7sUXWmQWUwrq22e+cOs7TWO8nB50mfF+8mU1s5lyPsJJbwnWuH+x7H50eI4ZP9tKfM7Uo0CKguFHOZpPbRmk2ldXTMAEIot6Wb4nVHrJAJhzFRbPatmA+g4RyEJYLCHQoCHBpAAPsrgO3zeJ5cPCtBK/Vt7qn5dbpgq3RgIHW4qtT1snp0EKDioOyBiXH9j0MY3+rDxyt18XoZ357O7Hf3NbBx3Hx4xtpZGoiRa5Q29y+uSelJJk53J+To6PJjDzD/5GaMsiI+gVQg4BIhs6sXMur49bqaq+o7HEJlG5KoKmSV+xSWXBxSV/DiE/5pMJy/L8+eCNlvM7YzR052UFxS9fhqQEL7TOs/zm9Xn9bluyiRgPpjAN/scL9oAgUta/CRhnsysfeb7uG9vp/FpdFvJbtLS4qCFXyUIcOLVC7wuhWl2pPKQ0yrdrp/Y1kp6jVml1Dkec9kCjR25EnPtJ2fDA4A6XAX3GkU64UZA8W1Lc0TjdihX0mIg1pXFAUKyeGpIS6yeGgGnyK/OF7NlqKdWOzjkPZ+9f79xqpzmKV0H5J0hjknuyMghLS6IsVG5W0WRJQ3nABgXYn+KGk+9NuUpqsXla89s24aLNYypP3RNOB1auKRaU587Rl46hr23BsbOoty70Zt60yHJ6og6j1i5zobFdkJSyKrMiFauupDZrnMhBR9ABfLDM7ZTxPIaCDg66pp0oop4h3RzXy3w/LsA3/pGzcp7eu6/28NLzgFeUGz8G0kBuGAJHpDL3C8gjqkOeWwTexRBU9qoRGltjAdMaOEAPoxlLcgvNHj+70TN8is9z5tCNYu7QDz26a1XppSkXYML9QiNRlGDuac180U6m97DOIbTvZ/GzR/y0DfnNbBc98NEy6w6nA1vyslWgnNoXy/4zZQulqlSS/5vuJHygk12GkvWDJDnveSTTm+Df2M/rq5Tolh7F25e8unqxwr/cAoqysV5mb3d68FoGbac9Hv8DRtIsgeH0nlVEjMmLWYdjb9mWp09JOvP4KTZoqA+dD0xPRLCn8DY94o8JESXrTSc64V+FdjX8RaT0aejH9/eDQ8CrBPNPjkD09mfPK3T2Z68sf9hBeYQ70nlZ5UflLj6NrI1ISg6ij3J3tVCkF4QizLDp4CcUWObme9tutfKpBZKYkiyYf1xIdAnzj5mZiD3kyjf8p6gB+isJ92zisDB6RDWeAQFiVNaoOp2db20NxcPYbM32YUkD+algMqfK03Jlb+BJpE7LZfzEAvZ/MoAjbfFP/HUSKcbd60Z9wqeF9zFvT2Znb0W3uU/HT/RGeiZM6P+97L26z5yxb2RAKImKDbO2kD+cUc2zWf1w06oGCiXkhQlxPI+fI6PHBzS1AlIeuuNS0wXRRqY+10aoxBrtKOqb5x3dIAEKdPH7vzaYkJjoFqWoX2QUO1Jk7kaR3ebq3QazqvRerizQiLdQRN6Ch28cKoqbVrOkij7nj4q0zHUNzl8DeJstaQ6+/m3fcz9Rj8tdi3Ag59BX3bbKf6YawitZhJJzfsN8ADvibFP4qWLQzdaHqqhnDrpj9eCljOWVv3xLZMBd2cM7NdqJQFFhb6gFMAug/25JTRBYjCqfJmgimwGEfHOu6jYYkept1WhQem/j9puill1Px0DqKHd+BFPzrjX2OL98gw/BoTeiCp+a8B11Uc+8qGnVSjokBVK00XcIiuHyO5YL+x5EIWX2so0bYw27zpi01kdqfQ8XT0FQfQf7sDYLe24M72ysC6SMGBIv8soJTPr5G/hvUn7GbItroZhp2LUH+YZzcaY4zo3uRljoJa2lxt92w3KpzMhzErhy+Lo38GqLdAa9FURKI9Fv9b1O5+bOC+0hNeiyLibzZlG6uKLb8w9qMjPuypH8SEHR8CP2RRFq60iVtLDN38oR0GHUtb6rZ+ZE8AsfZpjfSOGv7vEMjUeL8Tn5SBOz0Y8fFVmaE7GH0xnlWjwfKa1P3uTcgrnkX05DVSjtfNP1v9lGPhhaxoAKwzrS0wlpl5Hc772687qa87X11G/7bDfv53M1D/08+R4s31edvFdPtqTGq4ZF416DLLSkZ/XZOny4C8FWDjnNkIsXJojuV8BFYK4UWO1g1qPW2DMMuqkaFApi4BQhGbaONsg15kgQjTlxIBPTLZHr+P0ASiudQaYd87iM5XVf7HWHWpdOOkBPdT2PJirA+xNGlOliMErMv/oa4q9q8eMZT4GbtjMAzV1vsF7zkFLYXkBnWj8KcbldVKOiY1KC8F3gL36n3Jxgnj6llT/Vq0HeAq7/jrGknP2uu5Ud6xYqCr90CzDd62ai6kMNoDNbPihzZDH+yjpcjFdPlI9V06wCxOBPmacifTkkf9TBW0hbXJpjnq2eiiAvUiV5S5P32cstOVaiOzUdvnjfEmpPkDDoP15eenNcrBujZ/ovi4By2+J59CXs2UAXgbrAzC28ZHp3y38nqrDj7YeJglDd1c4twxR9h6bt+OppSMxdPfAHkxlpfVKms+GHOnQ7KmDLtZlHD2EEUpVbKJwkaVrUenId4ldNqxEHEKwEDt6TmA+lO3jIlCFbZKNW954M90C80m68OcqURAmRFYi5IN0RoAO5ewQVFviSj4MZUIqHgdAGvVjy75nTU+/duUPUC/wH6Bwc0R9KuM4xyUnTNTA7U9MOk3QV5c5SNlIqe/cWfmih1/f2+yNQNuPjoMe8ZGceRekSy4WalGwEXmMFV/oqlIIyb8CXaDYp+/RWaliX65QHgNYkb7tygIfoAQF7klvlFIuj8IMBCVrakSA3Uw5qzJX1CjQJrnQERMU3NzDANtYcdx0HHFQ56gmaTSCo5C0tZ3eeTOeSuPVCPz0zzcP53goSw1rLLILKuX4M5T4jNSq/o+zKp65O3t9kFg7i/RFnHKxUXtZyfZmAqganDxneGkyj6kQbp7agXlYMVjKCuc5xV6ZQWnbJDl23OZfNio0SLFWX4KAhcoMoF6uJnr+FPUBhjDtwcy55haobfs9YDfLm5LuLrYZxBmHbXsQOgwSJ/4NjjRvqY1MEdqE0A+wn8R7zzGxhhDhTHBO39RWsSHRmrRD3VXLf4aRQSBFjw95bB/w87/BWjIA6JqHhM9IJ643MXr+4vVeXwbv7+b2MnHrVGaIsFGXZvgMVxPyzYNRn8agVCIXigRrIi3WtC2ke+zgy1N2PP468nwDFdGm/cGOBiVuQa/iZjMxeIeEjsh0FfKST9+pXHkhyaZnvBwQSjSnqvUySgwJiRhP/9N6xxh95n/+px69lvV+kgYKWTUfAX2cwEywmIowg5rB1OktBH4b3W/7OQmSkCP9eoQHT9Wv8YW8xoDLK1BXpGRzo3Dlr9khBtd3+U5/QRSS1UV9T2Kmm2R2cFIf6pZxnKY1hqGxT/Ut8L+JD6lIJB1sP+phjsHFKpjQbwwNIEvIUQxFsd2cyTjh7GhtcRKV/Y21Wsg1SDprw8mdfLhGtqSYmqtG5GN5P+cwJK2J3v/mD8hmxHHw2VmK8mz3Q1pXEetPLSn0UKbKSb0uXP6eRiDIKjxqEy1WGY7NwkjWNji9ppVcDZua3IC3FLQzHN0FUrN6tfQ3kGssP7knbmRolRHT+WxcnLgJEdGmntlF2mNwduiDXfR04jtaSoMyybUkPOa6GxsyQQsppqlCdYj2ZNkiwXXQdlLs7me0Cis5UHRpaPG1KBjYb0YxDR+6dztDyShmB6T8MsZyKhZSeimQ7VxgAGQAsVM7FogOcC2YDSYKPjYarfS8fcrKSTlWhLpsXppJDuFRHpNuHsEh4WiHiF1RJlCk5QWEC5qhFnGU7phfQAs9DsPZnZy9WGFZAOFsdz9Aquh7+WdwOY1bAUQt6gIc744zEqH1Yj9naOhgQlbtSM3t2AkMkICIaId93EFlk+QwBpm7Gwgx82gq9+ElDJqp7abW69dvnhlbRSuFqE5eN5X44IXTUcJRWh/2R+cmGEn77cjFOWANXc46BEqd9CLpd+sr9iRJeez2WISVIf+ECn9ztxkmmpkZ8bFjiKbMUH+8Tc6e+sCew1jkYq9SLkf/4EcEE9Hb3ovvx72nWRpygOclZ/7FpBrDZZPKghO3Z7F9J7xOyODD9RgG27cC8eHt795zxhWY2XZ8nuuakchyyelZGczzaoZb15AiX2mmV47Yswp5Pux0dheGwPGrSQYpQpn5puLo8/IGBNrtcwKXhIc2oynNBljx329cJ9alc7aPy2f8pJgtsac16SVCPFYkXSJBYHa5ZsFD1UznK7Z0eZE0SAdndbGDHr/kXUXDJ5rPbDq6hAeqtYX3W8SJ9tkVBzBes73ZyAH/P2RqcUV1zNEtZ12lIduAh1t6njOihaxyx7DCNaIfmXC6S3ivsHAM4QpD1m6nWTthPSwBM4gO/7AUyBUbqWBX1ur66vGqb9CS5sHBe3icnfyTuf+UaWXEgNYKHMQ7Zpy2OOSzURsqLtwP24c1+gtme+SmNUz3+nDqg9ZAYv0MCNL5ha3GOUU8TEMv+1iaLHS/QTSGa6fQG7ZqHipaN3j7dIg5ZEd0tIoB7Gd1a5KBy9ZsqRa/PMc1k0OaG5kCTltzCAbZksVJHN+CIvZt8QF+Sg/HdJ/QcHBk6d6FRgT1Txe0yjdSnYyIzjLJaQPUuCweSOBpc0vAK66WaTtViwegBs7WTZ0fd72sfv2o948mcP0JRN8P5+ivWszjsBAL+s/7znipQt2f9wDwO+uvRvAVwXu1MaNx+IGVvurvnCHhTeY1gCEdhqcW+KKnPxZwKtAO5TMKGNf9r0dprCdCgTdRtERuio7dJvcmFwBAMMTPAR1T0ACzUv69kIMINypDFiU4aV93nZQNIBJknp4odz6pd3xa+YDst+mFy2XPUdmOsuA1Z8f1snq/Gqi2PTfhKf1FNU37fHmuuP8qrPeXJqsqS8HwV5ReIch2LasuOxFfugVvCP5BfU9Ncsf8Wiz9snhFckO9LVJIfvxzOJwA6PNaJ/M0mJDBOdyJHVvky/tfAYDXqvJKQolrL0eaSiXYElOtkerqMF4/HOTmqnSnoXOjM/NUaUPXyf3XReGpEe4g4PwtmVmFQ2//gINox9kVHvTyGZn+xfUPw3cNyHax15hlYMuCCfwzxoot9y63cZ17Qe3+VrsBCpR3XoBye3vASfq0kW5EKafq87Zj6HNlhQkbZ9qbt/fnLUvBsrAsv2jWmY/wkng+emX3Bdh0aa9b/PXP1r0jyS/YqLi7e24/GJy8C373FHRTh2MzNlgUth4EMfCcxJVUTWqBFZHFu1XLmnU1aZueUf2hKElvijLXgJI0MDIjK6eNLe0d9VG1coVzf8hCeNlL+BBa+36tRnf+is9dnvQOlYmPXGlfuRR9uSfq+7ZqfYJ8TGgjPXyD79Tb4/O3HiNZWsh0c93G7VVOXJVukJ4cS63muDIqyovjcB4MhmsqtpY1TplcOm8tUvES2+w8l9RJ/hVvRVxXccBJqPufRphZ3cpjRkh47QD4TaAtaCmG3gVwbMk3Q0CsY39dwF8zaF6e33EhMsWYORj0w6NHezN0B+386BUYJRvylzIJdxL1MVj/ZkKt5kITpvLxNullBnhLgEhp+MpWu3Mrdqgu2Jf2zTYrnYmJ21QT7wTcJplAZlatDm5xJl+wqWnn0YK/or8PCchMDIJC3OyBEVrhnjHFN+kj9fzDDn/cxW94VbJofuiH6m0sh143UiilhtmF9HgJZjosIuz8I+SOAkMYWjD+yVkhz0eSeZTa1255U4S2qgajP6eR3ZRk1zu8v2bnz6F5Xg3a4fHlKD5pCEj0HEvTD8/uMX5ITU6LoB9eHy/3bJ5C/wB9Dm3OZ96jIAcr2Vo9bOSEX+nvR5tftY4AnyqlwZ0kQgFFDxtgXWnvCvbrJfX7U49Iq7YawqRla7stpFSSDqs8ku4QQMbKYbMgYWuFE7QwESKVav6JJkGhG9xFo031Nu4Ym5dHcv2iXJPzi9ON/1k2Uy/16w6HgfutRqj/Vkjr1N71w42nY06ZvuPZUH99UNYhHBsWnH96bARSCyXDvoDiPE8zn1TfNbdDdCp7r0ydukL509LxD89GQK/bMnzeFN4Vvjupyad6k54/M4vGcQ1PvN+kh3eNfl8ej5JmYPc3B/1bj6nQXR/0avL2Y54W/3+LYPfIf2pdNm5cs9F89Nh85UzrBnPTL52MScEqW8jiSRJb97mfOahi3de8nWXXm8QkkUJnzySaLG4vKFyznZXNX6c37NuTmdm6bWGpbZTn0VtUZJMHsKSoIklbrji25IWNjymj/au12qmLNVvUTY8mdMphL7FuPgdIJ9VhxTmVSuaK8SYXUwhpySVPzSfjlv8Tbx2KH0EppjbGjNN5xGtK31RfKI3UwvFw0OTfoqHHr/2+Ltr/e/d1xdjqsVD8MuKpv64vrv5XHherv9h3eKboR73V3OPpzi0nlMCvQw3iX9NQHc1OKyWZubWWKHNBdtj4NfW94ig2UyI0j7ASm8kAkBzZhMgN5pIpr/PljVyAps+pPglP/OUW/xgGyBm1fMOPtf6GHdao51W7OMEPs6e7qD4OSN4kFsL0v4IH6wpoCf41y8gEQuGAclG4lmceRVr03pharvaABdOlDPcl/LXTysLl/NIWTOJ7gcU5V7EufbqVmo6FIw/vnCHrjpt+VOzCMmh8u4fOUtfXyP7u388Za0HYrgPLroivOGBPHySPG/NjZst1TPz9eEHnCqBD5avkUiyK5U1TUVVM56wCGX+YuzxnzhoHVh8TPr596W2j8nu8Hu/G35nyj+yHs5u/2VAVwof+3r6GCh+xJ/jx0BtH8c9Po778hF/yx+Zrh9nz+RjaG8/9nR0IKYneDUCPJSSw8A5yJ+2wXxn054/ZiyaUJ/u/1FG8J9skV5lTP3JNqNWfb5HH0CrS16Qv16i7y/f0ydQ3/7KfaD1kALEshDwbojmE9YrWk4ybxRpmpB7eAFSBgbGHWh6pdklne9YHjpuKXIBA7uaLvy6MnQJT4eHI8q/Oz3iousaBUFc/oWHD+QCiGa4qhJz99HLXUpLi5vrloaaAggobLmBs/pMiXvnu0NcSGNilGYG9r1H0aI9hwg8Jxck+bLGZshIHEjU9B9fi4a3TL5lNqB1n/b++n42T9La9V7unQxcvjvEJdjth6GdsKt0SFeKlgPwGOO1JTmzHxoW26nVx7x6LXKgseYvWzClEc31EbPnwiWzfLMgtxGztFDAHNOrcWyebNytVsG8qQlcH6q3tv2Dslg0o+2cgGUA9cainb/hEQGk76CG+8CRB/jkUYBCQj7vqBgQPIU43dJP5RvTdkc0AKiqMIsN0A2bHCrhmvS/b7O8+hF0x3grwzw7mGkcfr0Sfk6S0Fk50Nc0/MO0/E3yBZabhZPp+ZVZCef5pwEhbpuER5i2NrOA5Oa2irIXsKl8evZ0rGC/BJDpqh9eQqIciXFwHazQoRQfivA6o8uHRZ93CarM9LdXTSwSO/CceiobF9YxCvMqLWOFhIwGWgd7sa6l/xckcyXQSgLG7y/LanHGbmGOqKe/Zire9oQQ1O7xEER4THMUgb0c2gfMO2FICpw0GIhn83BnQh7OTLPDi8lz4cJxYS8qwpsuXnRmpZ0fKpPx7ti/QAjAEG9EDg7Kf3osSv1ZZ313d5dbH7AkTmVXMYXnn5VskZpw5Ne/AVUh7CQIgVg16iZP8pLe1dn1kC6A4lS92IMsqU+xf0V1MouIZ7Q2+FJuKpuyr+ZO4XJ8O2l8BJcTO0XS44nHf9NBrGxhtakBhw9JroQsl/tTf4Jk5RkJZ0w3z/ahhdpRPb8U6kZKgbcNW26CR/crj/pVbb7Trd4LAffHMtBqMWJq7UooF9GZs7fL931EcsiM+Himn6KyqT8wUmHznM3bOk4j5u1xd7SY4DAIjyKsMKRceku6oFhLfxSjoQRi7AemB7SNFZLNaAjDqD0p6z7E9a4sZzNVvRHgYGTtbwg6eXupFVlrbcKT87Yl166twzyiMiUVEyAbj0dvOAnv69DR/HDTIM6KBwAGpGCATsihBlwUjdquxA8V2ADh5Os1ZKyl6DNl4DQXESEvopwIcvS5ntMbbHb205eXJNYtE61li1GM8iajk0ofqcaGH1YJ7iWfO8jUPoZ7+nbyENLGQZXtHURnreV41d7nH2MEXld/rqUOacVD3UiKn2hW+mRrwU0Q2c0T2IwkM2fgFhdr01IN+7ccIp/Mo1axyHJ11PM12eJQkdJstOjd4pNk/kb61SbpTrPKDFv0hwBpMYCW7qfoSApYEhuH8NeZjFNkSrUCIcJ2mbqxXBcLaxJcLQ3wJLArvbfBn3MbV2632v7t01inYR+uNEkG6TEhV07ETvJVJxbC+gh+D/Bijkocpb68wRhsD3T9UX97gGCvISW92vidB0WN4x/EPItZbvL9wkfQCv0wZ4GaE/OarGqUQOLWT1oNxCz5YsBNGapDk5e/xRh/cPXu7wwVMmP6dfU0v0JV7Bb3wpzN49YVM6g+ynzGPCv2kNV3vW79wE6Kfz9XLHwr1sIrmr/hM5PXmtYxJ6mJT/Rs+zuBREuhI2JsdYz+J5KiudOoudot5/qpoqPtl7l9ZluvQcPVl1kDn59iHlfSPtO7P3/bbdjN+JMHjS5ZwKqwNc/epjDlTfETh8HCW4RTb02upYDz1pGV7Hl3VfID7iwpfXVSZYHQxv42yHBGWpYImjxFD53030oPWkcFf7f3mru5eitxdvM9xi2yEUulo9o9h2I+/17zefrtnUm/sFTXdLGra00W4sWk8pZgi1Fc/S43jVYGn6d2/1th7zHY6tP2ztlz/Va+eERPtfl9sQSWgLRbV76MP8cC//xX+jlqPLiklkuyzrcRDsIBYfSqBPJK+H0RuyqfiBdR/mpU9Rj8rdKS+qcYpt2Ge/e6WPKtx+NPPt30lRx3kgzc9pPjoPv1gcf44ZTJhbWZiKnaPIAFij2bBnBhosX24fJyvtJbqpFflkcger5vI9ijaYnEIde8GpIQWLL+q/ihF5j0+E4FJj0Bv1H73lYOpE/NNT2iUFymofJml7R0ALf4mfb5GxA5ij1tv3LPdyP5jNQ5k1KaszGxBHQIlJwJDJrbQftYGuUm4SPpNV3p3NI24eGzqCRMlSf1Mx7eg/F6F3J9hayqMYbRZsxL9bz6/pPQcCGOyprn8Nh4taweTCWWQChwm4jtD9JmuxO8AllAZNStQB5QGiVL8xIquoPF6pr/w8TghkyCgITBDoUGL0QKjHg5XKToS8NhiCk1OvkW2lDAaYwl4s5zKBGBwIDIFJLQBavgbcRWkfIP5pMgnt/8fXzn0gfj5Z2/N5V1mZ6bMuzKGGlmm95OuWk5QFCDiEeedXLOXGUrDUP+KI+CgcnU7/UzXc5js45r/MKB33pEAxvJWdGVu0p+WXyZOhP+7oK2En6tyx7CTyDylyKp1ZjfFancQwpTqPo4R6xazOgStCRPRXd70MsetBTaNL2AmFQDApwbta1YOHMSEWKhSRmshhvLpVwqViHCiCJXABCQfR38YwEHOOGLsXqg1/OajYVlbwIbOeRGkIl+1wWrO4nOaqM04I9KmSCw1vqY8wVWZ5eWYjfIqVlkwyH14Cu8hJc1546Od1EYoHS/cHJIX+FKF3Gmk1jp1L7CJ6G6M8WZ6U2hTIRlfxZGcsfh/p0RcY1/3h174icuwnVTWWp89VWInteWbMAiPZ5r23gpsBZrC1nmCJbIuj1qSTEwQVZfMbOgmpVmZcFXqCjE2Pl1FXBZKYLvaH1urZpPJj3s2AtmZx3COVQm8ZCFaYEdmM76rFTgbToZBva5m7h0nlpkmbVGJj5NwiX9urBWOMEpSRyejsAwKEMDx30DIcT2wcwbVQlAAau1aDqjys8vhTIB0FzneQg8H8L8GywRcSv0IG9PKrAacUh6GPXBI/3hI7N+G4Na51gb10DnDWbSTPOH7yuMfKu/w1TUaWfQs7BV7m/N3WKKB/AQVekbWN9MYb/g66J1IsXKhqiE3IxNmceml+sdBJISn4CRkrWJ4YHM2xQJfzYPL8VreUhj0+beAjZiBDeLkxTR3df7VtN4QQnXoaXFXpEzNyKhxq5KJkwzc2tu/99J3i02NgbCXOlRh4jO5ot5KEEXKbXBhw0vLA9WtNQjtCBMPQQOanuSNUPp0pTOdjog5i9wHb/ZYCJsqm5acvI0ibzQiU14nC70hg+P2ActSK+FhW3t4l+/Yf9KDJOrxj735jORhsX9RcC5204FlONFdhI57hNc5zUrqtwjoRlq+LRWo9iNEt49jNxIDoHDi2EdZKZdcabkqN9zZqYfKm+RJqfWumJr99J/tMzRp6QdP0HSW6NHkhHLyt0FJOnQZIrFG7yA81bm/Db9/OuW3tBcoSAwuOhBnyTwsJJuWdLKtOx/2BROWInohNiZMWAcK/BpXLnhhGbMoVZ0Nt30kKRL8l/zzAtAu9eMsnK8HwfhHxp7g6X2NYS++3Q1nM5xOBSIGYKHaM1Sc3LgRr7S0hHytPmfgulkhh6RZw0vQHw3mXq4aS5Gg1ZbemfJn2o/74F58Zs3lnpYD5dq8U8cHALQg/pcxa+MiSmkk1oPbfjPYIY/+NyMsx8d3kb6b0YbqdzEnRuuNN00lFaKWGHmOn0iuULbyiOpZV2uz7c+aiP0wKNDdl5aMYPD4scjYpPxo0WwXLnck0sFUI/7bVKVwrhNrs4aGYMu5xW7FvAaQfSBAtuyEwcQvkEAvmcHyBwzzVDeY2xzvSqB4AcvtLL1MwixoiGoiw50+IFE74MzusNVOhB4tmjQ3yRRCXvOLfEfVog5MZ/oTJE++OFg1PVkmdM6x5nu0rwqlvWgnXS0LubESM6QrZ/48HTCDmfwvKaULwFSHg2xnk0mIh3a/hbnhrXFMiifg4iJ8auOAciIQqaFcqm9aQGxjOTMoFET1BRbqm/3AGI7YQD9ArfNNtsqmGZ7Jvc6hwbiGhrZO1sArLfqQC3tUH/qrbeWDkdFOo5747yo6SzZoKvFUKrrt1Ig3gNEGBwVYT0apddhGYETfbvFsAHhMRknjv1uEmHE3L7pIOnqqlJx64dGxRoGens24NY6eo5jEy49oNMuHrqAQm0PuNw3ONkKAij6ohQ25kHplyqYNGxlflKnUqEBKzwvYz3SaCjVRkGvNalDVUYObB5aNQD16qL9UaScw9qBWTjytH9vL2zfb+iHFQ4pfnQ19DP59xkuPLYpU0yb0y8tmiq2H0wLMZEgKcEMCdfhCb1FQLJ6JBB0tDaalvFIS0C3teGDiRPzQZcMNBJ84zur6FoKnoaQhEdNmz7QOsJAUy7+RInErBLNuLTPuEFsiQ3wTT9dpg6D23gIgydtdbNB6dda6oCyyYvYLmuk1E1I7R9U5OxBR0uwJNuziAlwiyZ8X6IqVccpSINk/ScUaXbHsuTq27Zzx4WvF7f+6nDTIqSrJJkxAKO2f84ocqOKg3Skg+Gc6Zqaq11qcINYFqZjC9NCrN4XYEfsYkWDgjEe4Xqcl92gXhBigFj3Hkq1CUf0LWKTVS2xKxY4Vn3pMewvPKFVvR2k4xXo36E6KCH0ETpzGoccR1ds36SIEjpqYTtz+twkyPnaA3UBMaWHnFmq+xzpSlPBZTHxXCYiXmW7xIf6m2c5JySfh3ql5crDZ1w/29q183mEUzaltNGoHcXd7CZv0/3h20/cKd1z5G+67gSDuiR+3wknS6XE7dk3s8P55JJ7ejuZNJ+MQR7vOv000hMrQoIjbgLo+r8Yp7EqZX9RsfgmOPFSXux23r/QwIpRtyS8Tu6HzAHBswXNfhwX3dtsse0PDe27+qhqawJ7k6q8x0QaXIESeUonm54hXF7QbwjgGiUMnFigdV5pSUfcHbVUVlIm1C4sGSryxte0GdxlAzi5QohatbOzbLoNXYJwh5oJcI5jk2ykHr/6iFlgBz0/hWYdYOQcoAc81sUAThP6CDMv23pThwB1A3C2oz5vptH9C9Pxy7ekIXw7uzWvZ/d3T8078X9y+9STdtjhQJb+n97VEvQfcG4+vN9jtQXzyGTrEYuWXXJHvyfeyyPbuZPoHfSBbF58OGzdceW++sXh0/i1j90eqKCSv5/i/FA4DrhKzQZFLO3XP8KXrqYnYi3sn6ddbp37rsoepaPf81pcSbuQOCVT+C1SJ0NCiJMlLFltI+IXmuttAtT5mjcCoHw9SU1cvbemQ5KVW5I8EkHawbuG45ghQ9BC43O6iRN09ChHBMIA3nb06TkmzGkFgrwDG1Tg6YwCly7ZEcg3ibCwSLbt5so9AupDZkMk7kV8SO4JQ8+A421EG+UYuHC1xjZ/JwTbmFNUS79hxck+OOEnBd14Jxj1QRRtrX8B4O03UPhORCsFbg9RPp+aje7xp+YtDjPU7t/JYiX+DXn01JkkmT/IAKTqTM7uGJYESnSwQu9BhzBNxokVIFZRVoIYgg6RSJEOnCChA6kmCK948hfeKmaSfn8j7CO80OC5LHeyRvMXJCVn4T1cnoJBS+Um6FV8BOmlchD+Ps68A1QeR67JnbMujJI/17yR3wNjBxjczwEFj+dIKQVjI+aQxHnBUNh7LNLA1E/izg4AThFgvq5tOfXfBv9RB3Eto9wC0MBFraCZzrqnUyWbBhB2UUEv0gMFnNFCPzvA3lY0XTettW4UKQos6giz9B2vPPRsGlHUHCjPHxWlte6F7yFW8z7eg+N/wGc/QKZOKfmTRTKDG5tH7eZihYOjVpkJoZPh19VE6OHvgT1gPD8qE+HLvy3zulqnLhrxwItcW7K753E1T0463mdqeuyAOX2d7sHjKEjix0HjuxOVL8ZeAF/aeeN1o8pUCIVcMjc48FMufjnw7nsZbMBmCC3o5QsW0YE9bTsY7MNRpZHltSxdlDQm+4ZlPOB87ZXBFVp65AqS8ndlx5tzQPGkGED7whH40ZQTrggHwHe79fANDf2WWP61/9pU2rhycoIqLaYhRB4tl8aOhOcEJspJhOHgxCVjALZpMqedIv3GtbPwIGIn2xxuH6uQz3M1wh4Lswwn3/ktXgPEjBdIi/7+DqKjv9BcOsor2zKjrxqAbEyNvuoyHK09AP4APqw5nrfoaGZpxgD6/IuvQbKVlW8Jb5AIb3gP9gZzxA2yA70h5nbzPOmFprOBWfIIwTVUNA/9Q+kxsoFdWs+QyRoD5qVE907uRPV6xUFZ3dAYBzi8C/WLent1mVWXFbuH4fHP7jW6onBvxULd409iSbnRYktnSdErNQulzsWbrvXkmc4GEBN74IGbcO2uuIsgYWAWaitJ+jHq73qMrRurTtP9yZSoyjUrkpwHaXjuQ2vdu76rYr7fDsMGNTo0b6Tu7RDt8s3zfMrbcA0wizDCdtkkAcJpyNj8/8cXyqJpRNnsQz4HLd4p3Mm7IZLrj1WQ01hwROsfLAV9CYuyX1KRkW2Fi9RYKdD6C+4N9IR9xvOfpjgkKTY/h+6pHDnqHTjp2rYBsVEj1a72YnTJ0St1el6he3I9MG8HC64YaIjiowWaKuinPjqDq5xBK7FAG4UZLDfQcINNorCDcPfuLJeH+y+3D6nzfVFdTQDfDhIx7b7Sf/s/rbhzczzOemX2uCpHRg3WCU/Lf8Z+Vo6Y7LVV1GC94BHRw6MUgJCrCgXDdFplHLmvslMc4ptMUwSxt17CaK942QYiPIpyC5WT3FRFQQEw9jG3SL0rduh6X0G2JU8pBX3nPYNnp/VCMvLbRuo744Ew5KxXl1mHlXPDCc65bq9/hIG6HpPldYz+Mxt7kBnTAoNxGpcOrKYMn4Ovl/3I42jxQed4mtkAyNN9YAMwobRr3oWCoS8wTi2wjdozZp5KMz8q7nPGjOhBCRqBDjImmW99CWC9VVWsjoSFuobY96FD9H5FWSNRsju15pJ1nr3lTM3ES2PkkTBdmHfTgg7u6crcyaBBM7cYIgjv2LedmXC/F5GGhfCRNpZhd3hvKrPqwXdowi6lj9+xlHr/yVxN6rQ02V2EBxXe9CAp+RoYkm1dR7hbvYRuXHwyG0K7uUSFJk0KLefIGQQqCvJqvl5iWNvYZqWMxKj9q8WpOTksoPwhlmRkmrF0MPIFRLCwZxb1KBwkaqvjglzhEB1Uplp1wOANLq65HcRDIgzg+Ggg2jpFJ7KZcs1Wn5eJ0G0CMPyxCpfGCrAg9dw+rqtr2IpiOEMCdIpt2MOE5Jn8nwjf60pB6BU8yaIn0gMPAprTrklpmnXV3p3KVnBj/TJ8GHyiFYY1PmCVZadAQ8v7ik0RrVduYnSQcxCsqjDEvLoiU48fR2aUee8m/FEXsOpikg9OvoVIMQ2WfaecoiExu7CagfMMm9jPON/TE0kQcI+de3ikgjlJI6nZSZjTylMfz6QydqiM5bn9O4cEx5XMRo3m8265LZltnoS8gDyuNklkAwqcmpGK6CBZB7i3pUP+Wsoim9sxFWzng28gXqtlolWrKfaCv3W1q1ZVZl8qJtJUytX+X4uiQm0HLbu5wjUQ93WIYjXPakkZId1QrrNTtpbDlSx6rColn2p4h8W0Ejd8LPbcaK8i8h/TYJZv74oLt7rVRZnuxKxzDoxy+28LDz/N6uhqD+wprobXIHYUhNQ5ALFUBPZrcUtJsvpIhyNzHRfctxLzMIHw3waxZCl5QTWlEOtrpii5OtskOhBcA/KgiqosPuJFq2q3NhB/UaexeHOF3jYLHNbwaFXdbnVtTLM+ycyMALe0En1usamaId2X9OS0td7hTRtHTrTvYgc36Xkr29Vw2Ip6w3gexi4/hkQJFbJt0/LxGhoq4cK32g8jsBPMF2n6PBKIbxZLzz6qOm9uYrb5OkQ3IBlu2xjgPo6nkp3KmkZy1sDdWzzDFRZmeAhx9wYS/+SVAofCfz1c1S3vpTpj231+smjXfpYwQcA4LhU6ZiStm4m2RuRShEl3ENTeIvAcPWxpXGN+XcmgrxvCfa11/AKThwtWvN8jn0MRsx1j2RR+GQD0tKc1gx90zpbnwTVl1F5X0DB7FbGvOtvWIXDxgSIs3gNCuz1b9m71wrarkyRszVoK9vWdJB/2wooD4spQxhX4a66JCkgqPboXBoS1qeTShrZLaN7gSOYojTt1luy6XkQ+rGBSAXrQLJv+a1LKVuvHe/Ga5JXptf7Q0ZB8ijVoADX3aiXDZGVtYPvq45OfiszU3Uoy2vzQvO68P62ZButLLF5YaX+1tsIuhNXSm4SlCk2kegvIITovqgtUbK62W2j7PdTqXBZFqGc4or925kUTTBvTBsrK2AW6ChvGyJ8d8M+n7XLtFS6wAeXnFmE7e1KSgIFJUzgZq+DrlfoPTt1qC0bCK6Hc8EeWEdiH+VWgrrAJJFdhH21iv63YcG03UcdK+oedeLAHRzpcMk80UuywB6MYVHVSB9RTXRChEqQaSpIo2xQv5iLsxyf5mX5DXulenTEbDE7afP/amjbdwcTaGTY0ke+r2HGvc5CE2mNxBxv8Fu2j2I/2edOWrSuTWGkdrcTSw4xS2LD2rVzfMxMdCJeAjs1cyUav0ZoCAcY03MxS91/xNZEitd61QWlC/d2CdL121r0lKa+wHa4B8xRS+uQ23CSP5kLyeI9QUBslbQbOh3g13/sTIwGMJSc4mDwqaaFJol9VIJpDxijFcKn40hZ0s6k6+H6PKjPVJ2OESjeHUjXnhO9hPkKz+BHK+47ECYWqU810TMgRVVZx6v1RA4AfUkZhxgHX8FFglrSrRt2b2Um/XN3z/4LqLUhbMfRVucwkJLNmWiO+evMWHMagn9kL5NF1ZZZjGb7Re7C3yCjc+uM97TkgH0EPAhbBrzqRqREwGFGyKkakhliHVueRVJC6GnbZqTKKaSnWQyZHtRNTi4qaM1regkOGjTNzii6V2B4xtdnF4FqaKumxfxSmXTlFWG+ZeZkPkunpeThlnN8InspvUh26gmY2yjHNFse9uYxh+z2/Hk3F/qqSiidotcOqWSNpi/dXSs7sewRtve9eWSQ9Vz9WMT6Pyxr8PA3FV27Xxn3aqdPnERSvOe1g4N1V8a+4/q73V/yfgyOMwdqUegXU/t1Dlb2fmpXIxG2bnrzLlcm7E+deakJp0A0fXUEdaQ+s6U5X+fiIsMKnD85p4b+Hx0fJdW9d4RjquUgdyvl7iNZ1AzgMa6+MCgGZcpIiDazz0Bzd+g6qo3xxXcGLrs7W0B61AB6NdJComIcylGT9A3oDZ3vvI+tOO4sxjothtpHw5D7UxfrzzAF3YR2TqJzW5nnTZ06asoHV6+PYvky7pFBj21rI7Texi5GqGBooG7flvWv5iMV7stYHjOuK2B/7D+HWnkzs9zuaHM7KlU9ahDFmtS1qKKk3tggjr6rO0rfybPBe2IZ/AazEyUrknFPSMUouvnpI6VRpfsoj1VS/EICfbdTShl0Nxz08UG3WjTVCt/iFAFnX+j7EdIS0AelMdoHKV0+oILsngzN/2hYaTrYW60G3JsGFYOi5exHA4mhzzGubRKQ5YqDCWQBZfWALkMMNcd0sW+W/jYcL/3CzYfjp0rSCZNPauSRf/9gFxz7VGBh0mnLaqVQKKBCG+CBDXpghgltUjIUgEhgfggoAaDRq0qSoo4qmk+0xo7LtqGKrBhxJb5jw0cMwUjSizig8Wf8AXdGlbQY1/JmDVQs+arcjtUN8Mjr8RA2C7nZcZxgLe4owXlpjSWZMl6nJkFx5XxwULt6gB2Hs/8BufB7SMPo2bTj2cXC3FmC7P0d1wA9JaFAc3SR6MRJOfdDC7Bynq1G8ULSZArWJr8EZvSWR2A4bLsgImP89otwhZzrLXBi10mW6wzhX8o2G1uxdbtlG31742dViX25P2p/96dITxon+R6r5sAFr8YyZ97Xblr/Ykbvh7oNQ1vCKxi1swqQAzpvzCINSv/22E377sSQy/L+um4r8r22lc8FWd/E9FVpuPABlrUA+3cpaif+8saAD6HBZrhKv2ZVXOzRlEcGy3P5gWa5tZmmjTsbm6REn6ze1ZUDJxOiGtXP8n7IRyxPDj1Ng+Qf+zWsMJ98i5pMGkUIS3kjc4Wv4pcPEjFpXcJjVPZ4hIZAYXCAIOsnwD3I66IMKDvXeXuFTDPBYnw7roGz4wRyMG76/xXPFgZtm3Xd56jx+oRkGx4qOxZbjjZN0IDY2nyW0otOj5+XFz8rQ8ZASVGoPn9GcJihAze4ZyoSHi8ymV+Y48mhXmxgFPpHpIqwZmv0QlpAlLbfPdj6ZVmJqTWTWykZDuWF6KX/E1HpbGUyBLDkOw3SRh/z3jYgJKrUpBqyvK3DQx4t23E7CcN1h6EU/psvn1ntDih2XglD1Gyl3w+InQm4/P+d7R3nZbPXHVWKrQIGUhXDEbInEsDbqMorYODQWt3UDBYCblJRB0z59wNuzoWLqaQchMe0dGTrQellsSwwrYvFutTiI/PSPY1H+PHIuwCL/kF96ulqyTnmwJpH5rnz+EN/muopodiGbx+yEJVT9ZHJkARv91OObueauG2u9CbJDOCmnkt0kEtbfVvDweL4mCB2WmpTC5wW+1rRN5W0fXXG8R1phMNyAeVgWCA9VkXK/D8V/EY+ULbfsW9nHNtf9AYXt/YrEJ+ENQsFS6rM4Q4WU8CIQ7NIO1EBIhHwNjISxoB0sN4ETnGcQT1i2OUxeKTMsh0H/1JhbMJQGh2vxiBoTuhBhjEFJCysYHBs+upAlprjdKMucQ4pShbWXbeRsqfkLv5bhgBbHUW+jpnwleYkiojuklofNhB2wrRIHXutAzgaFPYXei410IYL1zQV2Xm9p2mk/61o8+YAmCJt8Hr8/vkU+rAU3SzuZ6V3FO9uhJJdrJZubElzYhXvvRviAkm55/4de8n8giaTg+BbjGjwAp4fB9flofCXy0eyPbjDfC83Sn1oDbLmEZe0qojh9Qi1OvYqQUIPfejwWLEKlTZYwFnoTzdpn5p50q78qJPvjTcYJMShJtMalbdSaVPeH1mhgLdFmo5Mal0aAOuKKP63gKPA2S1za4Swp+DxjFUQ01GFBiu4RYEsBUtUtwS9dyAPqPagiWT04kJrCus6RSxiiOUtjs+ulOXweKW3A1C4vOjehM0l8dpMqL+Zikk8uH8Fk/0oaw8kAyQov5EBKVdJB0D0SpBht2YZZMNl1N4Wddx3Pcf0+N4cwP5xfzkZoC8MmrkFWzXFstatenr2VLLoPx6OxV4Emis2VXnnMILzr+1vI2kgdFm6Jx2dD7hAP5c99ATEayq2KQgdU8MD4tYxwI/LB1kJm4M50tGMkilW0qofSkZWUs4MG2TDBUlskjK4dGREDd2eomH33L3NROBMP7C0UJjGdM4FM4Ggd9+YM/LOPOrdf6A4VzWEVxmce9PG6kfZbhEva3uf3EbTgewXZQBwvzF7slEcgXq5nXwsbaY+GJnqxT2jKgRt6PEfOzZ4XNLeMwzNVUI/EckTkECmug7Z/3ADw3W5lYdttlel3VeOYhNLzSmYWN5FCBmRcZjWVPkgJW2k2uhvKLDVw45taDBy00XgwdTT3U1BYHY9MAVZRBdtOxmACY2Ge/UM+5wlewZytNV6gnkAJCipscIikdtePuXqMAXOrMdsXw9ibvSfMds35PO0vfNSWICCnzXpk6Vyv05DIDDt9+dOO6QNKj39Ks8C1K1q4lIR0gmUSWWpNyKxDA0Qfy/QC6QDDmDs+bHEtmzC05EKXxnbiyvqWkFog4N+lF3JE72KkDD8uWYWuseVHgvZ9RNJycKqrHUr0OBkxmQ05bqZGBGiw3v6XVRBUNjkWF1cmR8sdF9uIIIwvVQPcbgAIgU2mKFdB+yPXyE7rph/2ryLpTpOqZXGnIdnOb1Gdk/TeQCkzWonRqy6y9UeHlRAhsfYTSzWhUq96xbrCdcWrXtW26QOx2hpoZfrwALWhArLZNTwrrcxYIa1If6FgTgbbNIxJQbZA0xfz7u1GAFF+4ibrNx/Z1+LiSkWxz1Gj6jVbEGXGxCJWk/Wa3PQQV60U9SxuDiXGA/EnJP4vVMCBEwtTakbuw9qehh5eD4l8AoYYlgyYJGsynjfnBhwtAsUOaPxeOZ42FY2jddHmHgJae7gFxKMhXUnS+eHfmmoaYtXuQPqhHMZlMYWvh22Fh0Ni+VpO9Azd7KCcBRYJ+Job7I4dD1uiwTI9bKEd1Z3jrfZZB0YfwzNWm80mxjdi+apLfRW69XP96Fj+c6swCn9Xlk+Wo2Op0I3Wgyr/R0pxhix3WoOY841yJgUmV/tagY/tLDXY06wTuNUXYfUq0Bd+SrWO10fRsqdhKcQaydRFT6O3WAaGFz8j6ahDyAgO9foHFL/Hk6jhcOtAJn7gLR8DxEsRFdJ6QW06PjPHULNaItoxtdMmrN/KYio8rt99G2eJEuRLldKxLJMw0Cjuw0IL1FO4NR0N+W0MdKGoaxo6eCruikNmot62KHm+jA4sXAhZw+ahPxGUtyWYAS0rKcf5rf3uqW5BdAb2G7ht6N7ehSA8h8JC+eO1mE6JqXNPvtf8kt+DYRI2mPmjmIZeBogi4JkF3HfNVaW2WWk9gwIug14eoFH8g6Oi/VYIaAI+lwM+MmfPRvZLJo+GtI0uXTUXTzW5DcCA7vYbk1qHA+6hpCU4Dr4xephxKIt20eMwEz3D2HuEj+tf02CtupHEsw2HaZTkP1m0z7tHtZ+v438hlobFz6DxvxCLXHwYku1hnxoePsC69rd8RnMCauX5QULVYyuMkHy+NQ8xPpZAaXmiQTlXGM1KUomjG33aT30c6lXnohZB74bCQeIyA+lm/3g6jiAR9ywewCbcb5Sk12X4/gCRClDUiOWVmezYEPU3kiK1BtVE0XbKuMuIxYeEd0BPM/wZ7MFGfIKwL5M4jBueHqjpJzR1Pz9a5n4BC+C20sRf7RbSOwOZ1uEFwH+fpfzu+04tPNZudmEb0KbjjX92Yhlz7ebTDJ1r4ykn6dvzzfrWh2pl0kBbXe/7H3PdL/3LfbDIkwV3bYG5vapDazN7QIuBXc5SR9EsaAD9XpOlqox0gQH5hMNvfEi+JPe13HyfT6NEXqk1lF3OpodqmnoWmJ7TWJelDQ+gSNFhLFKc9DjeCimbN4gd3sW3fbyvQctadO4qILTLDxfnE8f1EAiTEovyXNN4Hxu+VqUTETEN7G+k1fgpq4g0P6S4L3sUNyPmQ0Yw90jNMpaiJGqAeVTsBXhMt2S5d4B19yBibkPyrDE5RCmcgAemxRnBeFTQwD+lb84OLNVQVNHXgDzIJ9hTfM3wtSlp5x2wzqyCdrPh4Lj96q/EuznP7doEp9yVjFh3MefunXJ1iC/gWuuO0PdMQEPGYktbvGojCxUKBpPL9G9bK8Nhvv02raZKHXW9Rf7bh3TRfX9UTZhph00lEzQGxwUA/nRfl33dFGuzeRxJ5kSgbFpRE82usRNVCyLtTodr5CsdWy6hVoco50qFPedmGy4xvhwFbmdsSpBO5OaQq3kUcdwqbgo07UHBPEwT8YJP34fNWNgGo7In4AFb7zplnsYUZwME/2m6YeRvzhMuU/PF5ou04rhHI7jKH8kH0hdQ8n6ajkrPUTVICZ9igOjAF+8I3yyvlbsAK31VVVpzEkLbaD37NoQKLjIragIvNYaKeO12F7baPKMEwNDcUjUo0BuRQtEc1EW96fEhBeXNQt1isJ2bO+3qDttfcW+S0hw326wE6FCqdzPpypbOtkPLFylBNkanuV8nDRE+JTD3b0SzPGvTS+N6Ug4Og2osPExbyHcT8J/yJW76IRStFQ1I3ahHx+1ErAaNLX2qcctKmb5QHzZHtaG5Lo7IXDB6iQJ92Gtet4A2+7skxl6nTto88cUNfgF29odQ0TgnT1HEPagnbdICNw345zW69qIGCMAI3xLSyHzu0wR31cHDCHYyPFqbsnvTwthyb7PaE37p2fTeXiX6FL+5uhxoXZ/z5KE9TMuboSqQ98ElZt2XM1Zm/fAhbpu7NK00QXFcZRDROUoEnwU4XIN6SH9gWooJ4naYPDe9Gdln5LYUEpFpR76iMLnOJuC1QKKxA4beMBEIMHLhTAnMX9M6aygfpsWuCYhpLmJA+YPS5Gqr444VsxXb0fkoEydzyej5PNQs1Bw8wj8cQKu/51yudOlSbXkXIUukbX/IPC1KxHMg6PC6ucYpsa/hiKCQWpf1zNzPnvZcGDOAx4iSYKAfVDSXOZde/drkeaDgLLz8FwAs//W3FmYsy1+Y7CE1VuUKuR5hZdI9pIVqM1kZmguP7vlqnlKML5dB5dXbM8QMwsO34eCyDC0dZph68GKZD37GRpCiOowhmQGFMwScHpTVWKIADu4a8/3YVileqvNq4kqMrkVkyuzKx/nu0QZsc2Mwc67YlusK91a5K4+mlKYB18jGk6XTOnJ5+6P3GkHBcSK2MB4eqQnazRqt9Vx3b8ddAS5P8hoQAc7N9rbipkt67w0Abf/OIq+eHTcPnKCH/zXwFFHjGDvzhnk0Ncs2RmxvadiUSorcLMKuLWqekjlbXf0jZzqZW6/7YLPLXVOTTTYXMJRyCqtrQ9BcuZJKA84nkm9hlrFMuNoza4hwTyBiBcQZWqUwsrgpdxQ49NW24CzhodiInw58qJaDZ/WwLcl7awDCj9ootsuGBxScTFdH0t743n86BoJBB3YDKaJgCqdewMXRbKW81JGbqZDR2urNRZSmK2J0Ejli4bBMRsfj2T5W4hiVZrYvN63UpM8lNnfG5gGbQXGXiUzG/gAYsTrGXw8fynyebUk64aFCtW2xQlk6gn83Zi4aPMouIsLE/sNEpvMnweeLaTHdv/AX/MDbNarXvr6oQQ4iaToPmR3OY+RLnaMRfcuUammoHwePqNf5hFTYaL+isYDAmsYWi5w+n0MmUZ0YyBdHAspZK3DoyERxmxCzCluG7sryrcXgfu0dqnJU2L0GxIDDDX4ulWAW7PiUq9taBBra/85LSs9uOgwPIDwdWbnBRNkhCgY22NXArGzmGjg+GZyzKk1QjbbttiLoOlRL6Q1Yxa/AhegK+6r4rOid0ORwmaSdKamHzs1NJqVZrByyWOxDsa+pakR6vahFuDRu9PB//nMtIfeFBZ1RAtdzrqDeRrrkMNZBvW/Jn3UhGa2PgvPn+pbfK7qxMRzjFtgLGtzqpsEKgprOoaGEam79olb0Xsgp6L+dcDo19k5NiNUUxXuFVNVGM4UhUWouzvN57Hvhvq60g6xBOEPzPGTQCC0ChIv54i8D5DcHZ/T9Sc6lCoFcMNqkIzp50qGSe3uyrpcencLJhmiZ/r6fRPxUJDqtgfTkQPuCAvXAcFJilrXFo3foCET6/+faSG2w1mA45QN0B0dDtSPNLqkPKmGSdF328kFBj4qwMRYPEyt46VFhIO7WqnMvQLsifKzezZVZj/JskXR5RW9PV7zUy9r1UpN6qXe9qKeCcpjUnLo6PvnG3vgf/pmrH+bqalqMPz9Adz0coYi2iuhF39MxT3moM4WGm4JKvUGcjSvhUFtSr7qa2p5bYmY+53EozUfX+AphWL1lC5ylmRlwMhGPYh1AGJwHTB6gvA83NiM13HYEqYbzorE5UVRuUXJQxDEKIFeOO9DO++XnUuvnlm0+A30ldKwOtT9f5ZLfiqcmQhx4ILuLeT9oN6HZcnUIJ91jOAGbNEOEZz1E9UUHylpxO3XERO00aNjIZmWHFYp53Pnv4AnTVLLv8ikV10nbWRqC3dfGa+d1UBlW5uTlZQL1y95DeMFEfplouFmNWzGHrKePXGzJO+/jbZUpnfLDK84PMHyq5HKLXrGabsvSuuJ62aRHoe77qm/zaOoYawYR7WlBj6qjSCNtWGFAFlYPoPLCO+dBCVBRiZEpsBMOOGE3XE2ocYMx2S+k1WHHUQNq6uksXPrrgAKfKcQygDYoL5CW0QfeoBKcIBlqDwHZoXiKCqwIbE2qhJSumPxLjRS6ouMiWyYGdacUG+qccTeKKYQ4s/DxNTD/YHBdFPAIBWIODzszBZuzngl8ftgn6lFTZcbPsCLLl6bnIPKj4XwPGajKPhD7UnSD6QG5gdwAtevmaukG0cHcHjSYxnwYjy5OAkr6lpjZfoNp3SyF2ypueA+exTDL0gGjRTIPoI7boGBQPEewezkPOkL+g9zAuPA31dVsi9RH5oL5gE8jC37B5rr5TDMeDFLs9/hvYoM7Y36vA66DTFkmvVjNeVA0qIVg9y7QES6QG9jym7AefNQefT4hSTSlZoIHGTO9OLmb+ZDMXWMTmzgSxq5s4SW068B4M+8FEPBlLep9a6tZEvKDYUfA7WNF6S8gDUjEohAn9gSIFfPpX1cxLSkS7AgsNCsalZd+u85KM1sYEgYPkBnX2daTsDo0LPaspkZ/ssaMM9Ei6TlNef/FfZyFEjxUb/+wrgR1ZoENGquPtuO3G5CNtm5eQM22GnKDOu5duN9QJwr6Y039koXS9Bg3htgAyefTzHqq2Ce12XgqqcSXa+tjU7uKFM6ejTXBfa1HbLu+I1HMStt5meo8zsb2jwd8lG5xI03lGDfg7n5kfyUYwdzra7f4pPotT8UCdeW2h4RHaDnPBySVdWgVcclAQqwINoVahA12CRiAh1gMD7WFwBI+wr3mlH4zJRRywF+QIu5ocWhAxMucqxOZtD2EGOXr9dt3ulNNuW1BF9vL7Ew/O6/7OAu120FrczF8AEpbIwkKs3zKY9/jXK+ayuxau56Fr5gQhxNkJwhZ21niTL5Q90AYMARO97pcIeJM5Rt8yQShen5fvYdY79lK0aefPuO1J4lQXomA8EAkiQKFg8DzKPl1U3tUTGdE/KFkvUl3R5+ofOUXSQDQAws0CxwQ94ucWOSASm+jcmeBvbknoMJQSMW7Ozyws/cZcQFaKzYKMkGq0nUZQDqOzWwHDTgiistvtvAh5RTQJkfkCGvUwnegcqwMCwqG1MjZzkEJ6rQSX/zuOGbZc+xfwNI8VwKC5lZ873Eow7Za4aSPdAfA5Ng188vRj4ig+tiPJeWxy1A8INkYEgnhdOfpcGh8JGTjJWMMt3O6rIDe3xWu77P3fqL+pjgm29leQhuHk/J+nu5MEqbDZG39GXMGWU/aINL9yF4aB0BMm1KQ1CmRAceLMDsMBbjZ3d1++haIMYF479zvAXLkV4hGcLcg1lxXWuFtyVYZy1QHS632K2zE9w/BK357WRSpa1KMGgOZB7XB+YcJVKp5aXL9u7NsK4OLXKNSZdTyhtjBYOzQ0WEGaQmSGcjlG4usDsLZnrprV5zsLcaL511/o9y99fHzndLHD6h0EFNqC2yoXepp3K+xa9v2054XD+EQebZtmowlIBnpk/3hh1qR5Lp689mnrqCwRUNzmK4x0gd40sv3nPkeME58gUFK8FNW+DWVVRhLqlrMireGIxj05AJHXL2RVryVvCFIiZM/F9jmitbuH4dmKaULQALUSNOPmY4TEwKLo34nt0YtaYKNeGXfuKkEXnIw6NOzbMHeyRnn8M6cgjhTuetr3caT/hSpeKTkHQhyWJIxIQqB9tAqmK6VqRLSnWEq76Yl/FGv5/iC2cYABBr9y5N/hquq8gpOM1mGJIit8SPGjz9xPMWIf5D9pmIfxPAEci76Ei9NBSrSDmzn91mkZeVDVnmQkwuz9L01t5WPbOxmBDERn3X6r/UwbV3ZCYvIOJyJqLYeauTXZ11NRzWJp6GHhEg3NhcSEck9gAgCGHmXSRoBCEUOOpy+YhBBiAZ+PcBMfN6tIlji68ICYybDHbvYYt+5qBhlNPz+5V0yy+VjSNsqsZI3++fVjjzIs8EAwuEjy86qlNM/biSXHZnlbFo0H9sblMAVNK5pMLdWyRfOEAfSuOKfd2UOjoGbGiAfHo10Wcuuu88cZ3/x22y+mZLkckZA80l2WirESzj/2ErWMh87xJePBPwy/yj38qE2WartFFJHnkfSZ6ngdvUFQ3iy1OVjrI3mBYZLJa4k3BUgphPJvZg7z2QTnZfPwUb7jm2LzVZ8B/gGPC6KXH9oQqRJvVryUt6GGEhyK7utZpU2kcpICwtFIkendb6QWLnGXCS2w7woARdYLuu1nwX32m65hWeTJoyYctSbj+mQ4YmQY+q/HEVvWzkDWWPONMkql59f4oexnt3MyrNNnPLPQfAGU8guaV4vcMA6xGa1Ww45xGaXU4HTB0nhF7SJjjEID4VNfFvS5R+buAxznhM3sWZcriCK0U4345TcEp0QwqZfuKsmT2MC63rhlKhloiFjCGrpNiFEUvRjpk9c8uzZKpBKCTy4UK4QJaLFFlMxpiH9bmSY3BBQqjHXnG3qNhO2WiYTa0b12YSegGGO1T3KNERxB5GZj2CVnDS9O02nZQVhSja5hMM402IffchMXPBtGzRIK8Y6CjeY38RDgHBy8E0Z2s2idRwClPwMA77MuLDAS+X6av/SzkoXNosJg2QYN+W+rwyNu8vEOIg2xMQRYksV79itm9p/NSM3sj+jaO52Y+Guq3QhkWYYMTLmlu/L/CK9y3DbKoHDVJbN1WhawsjsjXc7z+8ny1bPTeSrfvvrEGm9TLmZbyMF7dgxGXBbXmeFAGF7vkKw7b5lNPF4BUT7hiYPtS8hft8szumUwCQgayNEbuiX7WA6lO4PHHmYkThEi4YbyQt9rbkyyxy8SHva5wdzRyl0nyreAQU2/yfDpTu/+d3xvtUum2s5auufePePqRNv2AiCbA5zoe72/YLwLQifLazjgUl324zgA3zjgYWySEy4MRzSu/7H2+hnNOHjLbmLTmZaNcT2y2VC+X+LW3mBcs+PpRcJ5wJN+X99cvqoTDmUDucFwL0vKKcXJAb1+lU+hjWULYAGFBoLjF/u4w+gli0sLSVyYcSK7jCtLkW3jkO3FyOG/scExYHwvJ/b2M8F8/HH/gFs1ZwNRQN5ASq93PB6zf/HNS4sPU3SCGH/SLTSgPua5K/M8MPD3gtB09dfo+P6JKb5ALYnAV69PbG+m8Lbv1ywEbHRF/939/Xnf9eWE1h1dHxX4gxjLXOF+ogpk87j5JamXDZpTqPilVU9YioUvIy043H7l8V1MuGZJGL1hVvtWWaxwKIw+b4UVCoVlw9iF9TUwlU/Q4wwKDq1MC30FsvKzGaWIbkqwOPXXlwATLtkG3jcMaH44V7a0xOwe+pclbGoLjYsEwhTSxjRDmTNWLQrjYsWwqQLAYtCGVAIbA4lZLqgBmZOnt0CtLHabWF6lGJs0/e3QYrlZXQWkdnYkVbkrTUa+BFlPhJUYirrqJWIQyQdTMczyibPSL/MynXSkkPStsv2VbQMtziTqtXYJI3S4Rj2g5mNphluU6HAfkxgBfmGfNsbivrf/Gs5W8fz7P8fr8znCIr7iS922jkqZxdlLU8NhAJpd+4Cz58yxZTdto0ZJ3kzMoQ2DSfRGFO0eWCZ1aEYQkwmqLeFF9i7l2y81d/vqqzYXRqRxHog2+hRxZy1HUCwjb2hHOzp0PremVk1Ca55x0JxdZ5sUElnxboOZl7RLHMxIY8q5Vqap1ZgjKTTzVENDVGlYx3MrJizGdPdsCE2toLUNmBTHKJVWrDNGPBXWKLHf0crAH1ElY5zu+pMCaKxBavooLTwyoZCPijqZbUPN+fF/nmPapQXB3IlqMetMQQ4aaMCDte21W/bSEREk3KW9p7pbBBybtbg0hcARhJ9lhy0fGFrhCB5hTcBReGv2XaZ4Yvr25rXKOQ2le52ywmMsptfm1d373xwtlW3/cCGrMXevrTOjRVSisphwGzx1lZobTeTCZFG3BP/PH1aGgYNgNPbE1cgspYdq5cooMtqESBSH1eEh16dkiYZAp8P5qWwO03YxBo+GKyFMf9WxIZg9yo474cXk84K4d4z3gLZGQ49BBLtl2Sf8nvpz5aCW7meSZwqZq+lFXMh80RxpJI3/2inAcxdqsS9rpFp+XbAwa+YtRhNV9GUxg+fgNyUPggzmWXEr58ion8FrEUJegf14Gn/MWE7bw6wB9DsTGgLKbBMm3q/b2/rEomexdR4BGHjeO8tdt5663HeBjlfwSMIdFTQEbRA0PrLKs7xiAyxFhK8XEUERDstKuaPAQgGWtp6w9Ep5Ozcjtv3BjRWYwd+Ky25yYtpb+z7BMhaA52n4SQLXp52AYAyyVaDlBOym/Gm4JsjJpV8qVnMatYpn3OAFJkQOidFR3mz+Fjm3OuzUQGGQEeJjkkGagzUJE/OvN/ktOJoHpBA9TneDqdQR6JjZ4AYQLItZQFFlYO56ix5hCDdOwVLPmI1VcDAMggQ+BZ56/YaeeOqRFgqDEtYXorC/fqrCYnyi3v3kxb5hSY3lMO0ufsdPKrZ/+Hs30bSHvDb+IFVe/anCcHAbPIoiRnOvPIS76O8Ue+y53uFqFJ2qD4iMglnZPAU+dpmKmAFJYBMu79Q3ZfdzGAuwJTQ2bVW3Y1e+7d9y2QrD/AY09JaDYZ2JoUORCiW5iih4lreJWlWFJRaLVFMvi6A10oa21dgaFTUo27GZbVFdRLWyRnLAZGdxTRqx923NLFe0u+3vnVRpWYbwG0wdsHwWLge8mQPT6g1FAFZaJke61rirr7khxrH4QJATvCJG84Kt2sSFYMvQkDDYy6TrwZw987kF7xODcEYYbQGNET8NqRwU9apDO8S4/rjCFir1XosX58cFiPmPUVDea9DW/Yg9coZokkqevSrwdcZ/0sayecXRj4ZdXibvgMfFIX91daJ1I/zrP24n5pNlLSLtlJpOfUYHnil26fyd54cfhQUxH2ZRxzlVWbM2mDtXiBh4L3ITdX6bnzMwFRA4XWi07zFb/IJooXjMK8He1z9xpk+y2dzF7bPuRJEcwR4iZuPyhUwakmjq2O0xid+DESdtqm47V6QsjG+/HBATIimM+8kb2tb70BeLbO0rEIgcsncusV7vh5KdpmDk5FTaWvjToK5wx0btr/bUPRd0S+ajUqirHrtPLsE8HEYUJyMQFiIXCHaa5AlxiEJsBDdm5iJVDWxVbSfRPwgJZ2U2DFaGB9SWoGG1UrdBhPNSFsZGnuAWAE66ffSKeXQ2dhRynMWjzh7KoTOw0XK0MW/WP9+ySg6KLg2plYCI0hfU4alYO/gyJrNt9EsGqomUvjXLYjTSXhDuSYAe+4YNOavkSTcCD7YZ4c5cbiAhp3W0c7++Q4gJhAqmx+iKlPxGmuqI7Row5DrbupRLGN3BAzToyFmf3py7KHwaCR8yz6T+51n3+f/xzz//FOscfWTj+NGjTOUNZNk1H1vvp202mpG34sb5bYfeQhoNETb7s2blEA7tk0XjzbSIfbZgX7CpTGn2mIudN60eKi80hR4Wz/WbVFUDNzGaN+Tc+Shm7jDyZk4OZVPvI+4sYew0QXbl04mbGzTBNB5Yq2SOv7BGFCaHKKr4BbHJ4GRCNGFbEucFleuNN0yVbfiKjPU5/gPkvf4zO/oqFB0uPuH07re2lKofmG9TlqeNHXC4nItnm8wsXiGGsXQzIXate3MN5yEZp8dl8mnd97q265z0bzQ+YWufuOOyvKcmQTtHqHg1mJhZZHvLXAhSlnjZNieSTFU3rjfMpdVS/7VuEulsXC/sfcyLdcWxJ09HT6HxfsiT1sL9KN0tl36xHpilj3CEXIC1UavXEuGiLd6a5JdAlPex0geXODInr/63A/+D7amuuMlDFtIZAn4n9kQf4sbpJFrWWnYe/Nhe4vmPuTQ5FixN5qfT1ueNOOUaVk59T0ByJRatsRj2B3B/+AeHQ6BMwBSxqI5yATOEQaOeIp1RSJEFOB95p9S+uRB5BcGNM1ja3aDrKVwvqfFWSHQyLELlXrVlf1BR+SaTVYQTSHY31brdcLzNceqpitNbvOk+XA/3dPaPmY5pck9Oe4f9t0kcY8LDLRn3rRb+KPxBhkp64FBt7FKijjXNG1IJtJVh9f1oxKPH2Z8dNc5Ae25AbX+FkW5voXkyFslJ9vyh6y2rqz/PocK9iMc3A3b71C1/LsBaL9zgFebzVKRPoq3Y72xNL/vyfg8hPnkdUREYBGKVh/EG+JY6cNrwQoPcY7e5rAuF6h/T2UZ4gBOT4HOY7RdwduPtCjONJgZyRVymZLF9VfcABh7rrUwdJNghosrCNqC8Ak46OmzcQriu7XbC7zNDW1YoVBU9uce8MUgofjU5X5ysUy7Zg6VbfP5kMDNDWTBXzdj+qX2QMIog4mbX9nX6hXdaBRquMtHfiEzVCWde24e7Wjp+rh0KW+elax8APQCK09Uno2lmDCkre81/Ra33iBnZ1lGO/GXSEoKBCXflI7LFVZ8SGMfJdlbxEiXQSBel+HVd06ZfZpqULzcD1R16a5tjLy/QXNty9Ro2hmTVjq5OC3bhUejQalzatl/AYqtJELk0uvJk1Vm4l5YS1gI6v3dkvfZqbfyrMjWtyRdsrWpTwB8euV7a2/3GJLoZNdtiumT5ibAOvFlWxf46wGFLhAKmE/tg6ZcydzVXvax4WXSvS8A7X5pjQhGmx3HtCzBYa5kdB1d6t0nD8qkcl0LKv6DSbHcBm2H3amB9zd3gFnNATW8DJmBstWAk3Qo5417WOL+DDvBKLeaZJ12qSANKrUC4JzaixGt9uYNFz0ql8gcqHbaadsr4aRSifNpidf23/4UJ5vcbB4ZBKhZE/5+vRyO7Sy4oHESnRPYi7wEyKG1lf0Do1ikP0Z5xoXJenwquSb+goCaeGMjAR5FLHrA3rjXwn0T4Wvly+IXJLpfeg/CaJBgAEOwVVvN+QCXFnZhUxkknCJ5i56QBxXyO9ZogaIx4TgxoUGNnczSr1gO4T3LP8R0hdwq3wWU2JEr4x3TWBipXaLmCzekseKvfgBqT532IyWQ1v4+bYQrJH6G1uRAqHtGsN03VzsiHmK8lYuFVechaoaDfPI7VIZ77IqwtGMlY/iMX3C68GgfQGBxaCDTf1QK0CVZWbup/Sg2bnmml8IrGKW5L9vTtO/MOC2R00/4hCVa0tT9irveiTeiqr+044B52iFm/yNdrJ0XJUdqoR4HzwqWNuKvjmtivLJ3gy8SXNp0p337KXYCBlCYHpVAXS3UvEBDkzwDrt+0Ea738b8f+icnWFYuGtajOdk1JmPxMb2maBQ7pHoIpb+Hz4n4wOwli1C0JXtzT3HKZxS1VB2KC1ftoLgedZVfL+039mWKqk4Jel0b9PQ/wMLqXyzaU8aAZeXYFIWK7sW+IZW6ydjQT4M8UIl/aIBm83KT6RWIOQaYKpQPI7hQIvf3HWJjDb0jzgdeWWHmC+D4ipJlqU0vFeWnn/aqvC83t7dk8ZTCxXqTm/H+5oPNgFahtEVk+XzQE7taxZa0IQCw7SxlEEPSudEC/VY6OJtmTTtSbbSh9L8ikZcGi1iQp+waQKJWNd8jiOybK0Di6aAl2p4lzPbJDkGNH6lsflrQ5Pz9YeEPHhsZ/DMsoLzGB8Tq4zyk8mtJWIw9KNypLbyak+3IxbgRy+BbDuM2TqkgW2CkWaHJ7TU/df+8xuAlb8neeOyEp5KdRKPfRMOfrM3TD9XNvWj1UwHDkPd+Nt7O+PKv/cdpR8ly6XbA/f0XX4wI3UworT/fKp33WG2Br4mtIagccHix5yeiF+6wDlW4E69F/3D1TkOxout9ohlibAjCEAs2UufSMSTH69DUxK0IiJIaT0ORxz04HDla1xq5LLGSPzE/idG/mtTMSgtBwqmGF1+lXGTKrw+EV6ljwv/OkA9FeJfmJOCE+/KzejJp8pzL5vvJAE0kNDN3YTppgX4Keo4Q21s2aNhmUdlGlvS8HNAExiyk3cVoZtkkFs9pakmYmdm/NAIBBbnKkRtDvuF8zaw0gn5wGAu7weEskwatT9rMVD5mKmtlGynGNs5uRRny5FTQG3tXzgWEoKKwWDhYtBi4A9b+aIYAkGONe6in57ePvA2EKG9Kx9JR4KGnDi9UAsVwucJEyzpzBI0UPAaa2l3mGJh0sT8hvZz4B3NjHsRaRYbN2S3WqysKwL1G8eA6vNWZ6tnErCFn6aOAwtoTuvqyhdNA7BgE7CLj+vDFjwHeOIoqmuqvgrCUt+NXqYoNssnjVbAtVqbpjFyju4eE3MFPZc5avh2U38o8q/l9/QxfqyP2EZIHfPQSl4dpsyBrJrw9WLIXl0RG5mJVtZ4rqkmfIBVPojedkutI8HFBs506kVf2CXZMyLBfCUzSIZOBdKC0TcmETu1MeDIyZlmvgJpngjYngH49k6d/LEvCtolMbRsYDr4E3cOyy6CDTYWyHj45swYo32gOaDzbUF2vDfR1osmyfNDUDWuxMuvRz07HBRowKHjNyqWDb6HykK5M6WEPq9rp6obHjIYBNWWb2anwzZIiRzWnOnl58vqyQruNHZaRIG4skrleXSFoUOKkwXCl+UDzRCv89zAphX/W5OZSxmdwvqCi2H8Rv84YJvx9YOx7rmZ9nq3NMlKz4U/gj4QY/7wWtLSZg6sr/uo9ItZnDE+0TzRPNOIyREo7Z/+lJbxvfOVg0jlQ2aB9/JlsVzL7XfWcb8ucNjrft3+mWvS18MZFTWPvdhUdrwFNc+tQHuAV78kTarqNF7VWzWFYo6/TOhKyIUYqt7V8uy6Pt7uByzKPVHXhz3oJNfn+mS0UCJAOofpA+0SjfPpwyYZvb6NdDyMQ+G2vD2RD5HzVTOPC52pizdjqNSg2VsiZaVARdWU8v5bWGiz70tzjAkIpi95RcEMpr7jYEk26D5D1Fn5n/lQ64JZK/UtgUs7c/gEVt6f/sdAx3fB1eGb5BFtzpVy2hBonKPpI2O6JkDKVbEwI4XxwQ6t8P5t0HRBuJUhDkT4ASIL0RlVuLdP9/lNt7BUN+wIxrUbs9eQZCTPGt8koLKpjkrUh3OQumaIwXsdFyQqBUPoi0pY1tXNeg7GwKBCAzSV2j4H3ScPQYtp6g3uwzDbcFbRHNVyajvJwyQ/L+8BOnfqT3WM7m3jK2rHQ/vodv7ANOMY3Fjw+2AwlzlGBrzNTUtuvksoyxNhia3gEFLWHJlV67DhtYzzKfviHrxGW10xrKL51WJqdye5A4ptCTirJlz99nr3Xw/fnprSXzAebE9sAyBu5wT/sE187EDOIZNjiY+iLHI+1o6MWNiIV3VGvbXWL6aNnZZS63yQ5Mms8pFcd4bYbNLOMMiS8T3ptbD8mXHvWBGVscPGJAQXOLH0PXm1+yAAuueW4i5gWlZOOk9gwzgVaWJGcgcCbHSMyZNMSv2e9YM+5fL8Scavx3GqJSq6sc8R7iLmiObCNtgFMiA9yzhWdeYuNIZN6e5sIw0fPjqLJN3ECiRuT6fZRhjXW+qZ6YzH0kc1uubTQBCM22vAJR/LyNYuMTDoeZ/xER1myoBkWD3pbNB8AvCY4n9Ens/3ewOeUDBVO1foZ+A9lrU6XNPvpOV1ho2V4DLUYBVHUipzCrsPjfsY+oFvCtwoedh3JYh2t1FWIMXNyHFOrD2sHEBcwyo1Bmfcuwk6ASXKM7C5lHBu7ARGGnGRAXd/opmHousXDhhkbt+6RycY4sKnXPFd2rNC2t/5aeF+9a9WZZdRrB27kPeHow/SZ//gstVodx24kg6ADv1g1zP45x7BsaJ7r/MbGBHHc/k0+KAGpsUAcjPGdsyJGmSgNRUkk7d2kfV1Hnf3MiBsGqhCbx0Rh33ZAkSkLs+RRwaXeXwSiU1HG0Fd+2/+tv/Etv5mL/WjUvLi5VXO5ajgj/TgVt/r0ma/14NDnldJG5VDHP63ifROtc1QY6v2GsllbYs+6vW6WCQn8qwvO+s9ZVxVOqhmFpzjs6l5XdOMAC0kZv3M4qJ1wi+xc4LnIKiE946ILAfvqz+dK9mQLxt1utCHwktC60xu+G9riXO86va8Ey793KRUmhiM+ZajRfcxc4WtY0+szLoqlwybqSjpIolGEm8QAXhVPIpmByB+bJFYb+iaiskmICk9wFF3YFcekARXlyQP02yJ6dUHhrPw4VXw4QotuMia41bkuizVm+Zyn+pgrgtiK2NAzUXRPzOqOF9M1nJFrsFW0ieih74XvyjNhrlnt+a72xByxi7SXlYKf7xfg3vm3KBbZ5Hm8EdoJqNWLeNCI3JRcrxr0TDikz3RNgaIXrSoJJgmUOBP7fPJ4uWLu2y7u55aLDEuWs1sgbSiSx/wU00fNw1HOdZGHTGUgT0j0AR6F81gYp8YeIyPvXkWS4CVznz6BFBYReXyqAsZotlU7HJFVnOWgKnmFVc02Nh1I5IgNB9Lc90//Zy2FQsBWqHPHSNvTTjdKf2wDK7f7jhP7yKG3daZKZpFNts+cuFqMK88+ZwBYYe0iEGF/u6NtiVA4FluCzCJyBIqvpubwFNPGrXxYtZ0ub/GWg3jzBk2TYvvD7uN5sV5hC7qozJJ5EQlHedyawY6ZumdpPqWq11GpKzRNON4Ofn/OZqGpqBKkgeeN3O1KkAPs10Ps1zkbnf0KUgOnVjFJ2EdGa1Rg+abf1VuWYrlT+CssnIBKY37boAbc93KuZhJ7aA+ol3xyM1gd6ptfrVHB8O2CGIR5Dt/drL9ZiK0+e4JhiIycH2I77sZ/9q0i2/VM3zFSNfV756uThgeSkzgah/9fhl5GHDvOjpD6ahH/wNikrhlyayEBWVP/KmMuGMSbLYEMaVlNkgSt+kZEHL7OkL2/Hw1xPatuB7G9kdchl+q1t9evJv8+fOL5poFQZ2mHz/bNaCNfC7DFCV3y9AxoKtPDPlt76XaKN9LQc9/hEIxW8thy1j9/spi2XGmcGY6JGGtRlCqSITbga0YMihfbR3TQzlMFixm86Kdl1DC1j49YIaFCxmycu2xPIQEA9GtRMLkckjOkatoR9mzqo1kgfztTcy5lYz9nczGznas+lhTudys6kxfdzmDEhm4RxE/psC3kyK8Izw3JDf5nVXn6DI0Rw9E17ISzI8nsSywfy2RymQlka2QXJaHdiWd7OFLphvuI5tQjDh7bG88t0+hksIaaJC8aSoeVOs+ZD9PuYl1BbGQvJcy3J/jH0cTwjmR/YIk4VzcjdpyRjkIhzkehUVzb8VQ77+DxU9qIxUqj388Cr1HxXuXhkGNtxtVa6gLEDGi6vcPm8zOfAkI+7drvNTEvROkpMz+4gQyiUfEtIWW3l48nM1k923ARvEu3eLovQiauOjAmAgqMFtCkCF3CDVwD8wvqrk+70usJtsqebVafs7Aqmw0rqDmEc2XFVhyKXTqJaNqThMlxWnfYuHhMLpZwj8ekCTcA+uEpotszvHYXfX7r0E3/ErNv83zGe/QqaqytbFehW/unZgyf9rbu/BByDyt9dGb482ZJqREYtYcFmeoiym0/IgX2ka1wXhMlSeSJRdIoc8sz8snT14Z1xkMR4dpOr0FS1o1TqM/pvH+1UDJw1ReEhAm1maRC5fCZppJmxBT+qhl6hujgC2atKaNDLwSTq6a9t3KheUiD0Nn6cbC+2zroKbqrAXZNSe1E13hYn3ViK72FaOBiDjspDGO5a/gaIYFAYfIImYUJIwaCsV2a/FwEGJXmhBeonv6aIQb/767j5yQcqlno8DI5fqQ8K7dyy1L8qe9/Kx6wwzocptee6Np80awkF9KrnsgD2tH4ztD7dSKR61V1aeQ9CosQqzr5Iw7vfhOhBGSoMBAbjc4/rYFIPP9iV3JpekL/TNLsY40pXp3IhKRmRvxpCLr9yFcxdznWOOYygeQZ58dorupi3fwhpWSPe6o46HW5pPExM7WJJJk0+NTrZC2PKTnfYpn9r3qk/z+HNb9qm/1XQdH9YetN1LXZKGOgoVHb9wV1UcNM/xMa7UbhOzzC+ZbDt3V43Hx9B++p9RQTL5f2Hq1JnnE8pNNaQol2kzvHIocUOyiAEkEcSQEgfakICiA2ScZUgPJpdJ+t1RrWSTJBzEo7BdafHti+61qjz32aftB76f+lBiGr6hbHMU3hwfmbVV0zvnFY0funCU5Rmpt+qpIe7sYXK94pYjFacp9l/bOfkixU1QMql0xSU1eQccXGeeDM/VBYw+qkatBfY0FytcK5Vza26fbfsD4XCRAzjAuFWsiOSB9ftpj2RWJU+7du/Sq+uZq7734PXrUd6Z4wd5NwkspmyPwwPVYtlSnslN5HZ9j4EqQrMzWogN6+DMO8HPvtq6+YqSWmg15QwPnzTVG2V83d5veKE5/263nL1kGlrhD0SmmojKGxKDBx/+gOedZjlyj/a58VcgcIGSHLBJg3DkbzzMSO1fbeafp9W6PrlakdT+p/btkQDRxYeV7MAzUuD+niImIl06rrkTLV7gYyT4H+DoJw3vLo7GeHH2Tmcycdb9EjXzH8oJdXFDCrcY9p2NT7I4MJK0Yd/ow7DOveGIDJ7+zrULZI8Sdu64uBmCKJYUeCid6uP8diTRrMmGgRmfCTlk9dW/sRxwCN9i0yo9DLKC451i6ksGnwuLsJlbyZJo7+tRV80zPk6Ltfk9uv8RCvxBcNXF7et+Jteof3mEov4Ev8Y/iVCa3blxgMIRVr0x/Tei9lY/pWlv72TCfT47jX4emD+lwvwfkw56Q/+5Uy/ONkbBIWas6LzCpO5+G7nm7mxq71G7ltEIaHH+IOtHIEgjsmB6EMr4HfYVp8hxoFEupuZZvIS1aS+Xdgbkbh832foh9GdAeo2k049p6WiR1yuWnqNM6BE2B6dMdr6HcYJ+6Rd0DqBl3KfegJpVODdYZkw+30ELouECQaEhCWSte3RSuvRh58EAih1ex/xvgv8T19PPj3eenJu/Pzx3Y8DD1DdlhXsItaSAxV+cRLP4dPra5BkN1b+ElW1F6ETeteycpoVYstsfSWUj9kqlaQY1regmAzTmQO+btIVzEChYilqOsfPBdpAFvIv0b5TgppgTsExvJcFjlkhUSPQRgAZF2ooZOsnBNYBl4UthmGhHP18GPC3kvfnSQfgkhoR9HvE2Hnwl/0hehKGhhN5XKPoc/PYn0gG8Yqy6ek4gIpUkWL01sgOO3RLxE7DZxufjSSdoa2f35Fay04SNOKmtkbu/5ygOzWd3muHHqPKwQ9k2dZC2uKqTJGa5qncJ9MolnYOWh/MV2qzImN8BNClfyDeAm/MGxayR9IkjBEEL7MGCmKg9leve4fOpnqjhyAXggybZfRvENe1VbxmHu4QCKsWt7wWLj2/JFQ3JWyuPNr+HcyU9wFUdXKjrVjnEIvzsrdscQgXp+XB/bRlnXwy8Q3yozYHnOlo5g42/q/icQZXbL9xWyDAtHOSa+BO6k2VzurJG5BS36qLgj3UO3XvPavyifG5SOMQC2FYxDVMzlkiFykSSS94a8AJiE+MLETyOInQNfroQlvV7ChVP42hrE908TcSwNlJGIL07zvBpgwURApsOhySQ2cmoGB8X6+NBl5nMfgulga7QoUJKAehQM8hi38UFDmJPHxbBUXpFTqRiA6gsYaDfWAYzQ5IvWDlB0VTGWdGMDCkXUpbMG0xaSLHDerYh+25ysR2UfvXj8FM4y4BHWQPVZU4nBi/Q6Xj/hUTXonI+wcwhzOkG1QjlN2rugzMiE56ahYqGh9v54q/7rIqDGTwO68kyH+jFp29g4JyZ4hx0Z1AHBDHOVK1/jCH6rrS++fdO+bIa5CQGyIx8Y+1v2lIYELBVFK+EAEm79xIAYMjbI7xeNRmd8OyFi5P/mGAcHS3rWNfrtxRfSfEdYVjyOpfSxUjupuMpHjDpyu1sG0i1iYz55dIvFbYWt4KLx5B6d2EW2u0VIaTeFZx3YC2p5pqas24bJIP9dGG9JNTSCamvNmS4j0oo17RZsRwZBZd1H7ucy2z1oT040ZnN6FrR3APu0Q8b4z2MuNVvErFFsaokFLbwwG0DDT/PFn2W8Z+qrf9/hhUd7M/XmeGGJxX6MVRc6voUA+Lb3mheg5/3j/9es1xkPhePoIc+sRYWltX6fIgbQux8caM0zojIe0nWYYGCb7BYeDoegBipU9o3UZO4PVknaatm+xm+qFuq1LYq/Vn8Sb9LtLDntfLPAN74A6vmdovcvm+O60oYYQL8h2S7d7HvxUbL1xwqHecl1ZpJP5Fxih+Jk22+2k4L6eqxTkfmeZdGc9H0VvM9QP7cbZHvTGIkch5Bv2jDoi1qS1+sJasPULHqCOW3ROBV6ZNEYuDFYvNM0rL2iR5dbBLEOj4tBlOnRZ1i0LCHq/Ftr9DtnVbJVETSEi2yc/XjCRBRJRwpFrY7aM2xDG35TuEyojQbV4sz2dgfqj1JsgZYWfYcT/bhtHFn9Gk6R1ZGu5Nr4meNEhAwEWOyV0Vj42xHgazqkZgIswD47ER1MPH4ICeey8T8AiTTHvvA2aykWIHJ/WDNFzpacWHNW10p5Ocil2IsWTGTVyIZPn4RDmskSaixQz4Czpx20iUxh1mRdpOqNgNlx7h187zvddd4e1OYYxh4hMLtxhNNj46PcVZvR3VR9OYK3YEySt9iPol1lk2T6fEaI83y8gnwoZXGWGXB5nK0L8M/KlzCoBiVuE40w9qTsjn26cIBFoExD1eCWYdsSrtedKEHpAjYhTSoOFxlRqGGoxFCWcqBHYEUc4z1YQwYMr6InHy1PMAuvzxiBFT5Ob/Wpa4QFGFM/TEIpmAovqztuOOous7j2pN2K9Uc8jqa4eC01Lw014bkmIHB8uRl+O+LkLR91EXRWGO3or3mXJ/iibIweU93IQVyYSIwge346JNOqCAzc4DOPP6nFj4KHV8uPPQnFI/kKMUY3F1uWwtkAckBBbqMlnE7PzoPno0hwaQJCrQdcgTT9iEglfh2KELaG4hIvCXIJkUpOKXezwvhoSrUDtSDTqCWX60ym3Vh+5lrXTJ3qjaTgqkEG6U1rHef5ousRSxzUSQkY8w7eaLqlEeArt7EXvfOMxoIg1FFruNC13wC0sKNXfH6+syUFLL3ZH2YcjnJhDzTp8xDwmTCly2z3DIVpMX2u5DSrUN0YIvLUNDkH5fsMiyXscfpyiA6MM1BrRY8JV0OulIwqk517Hwh2p8qdEx00yAuKdySXq6Si/cGOOAPIu+ACU8XPOtKluk400n92D2qWlKgcTISo73HlcIGYpNEk37q9IZWzjekzyIHivmVYnfOsHc0ACr8cGZyrH07E5MLcpkiBb4BgdWNopfopWGdw8f/Y9OTzt2CgRfJSvxQU1tVRZ970HlSBzS5VMLoStHKdj5oyT71xfRIOzbjlBCS7nwiQW3YHgMwyZeuA0ziCxfXkxPmfV277WKGLjMSD5Sc7DWJYZ/fptSZFfT9TNk6AHejPdER9JEKtuZ8YtPylPs7Gm7qkbJ/hptIXpK03lfqXJFTyOX67TTDuiIRkrTDu+IV2Nzw4EyfnkjzFERLhrdbPy5HPK+8Lk/N3MrAMmGzds4JqKZvESEkyxpLuGDR6wpEpKr1Bz1Q0sbtXcUwx5yXTNGlhkXTf+C0SYO6vXdCz/nRa71fQ+hHqzmKKtYmK9vPKSa7E0vAcZz/D/kx435wXew0TK5AS2bhO+xOty4tNo4dmbFl9b6Jho75sxTKs9vGi+9/BtDo+trF95uoLN1KWs1mZbjWYAfFhQ6+YW+e0g+9+NdPhnU7cvNF2cgGqN+PHOpISJ3Y6IroK8JxN8XQn0HhAjF5wqs+NqEiJS84mw8Mwr/EWCz9Grgj1H75zYmISfV9Id7xd/+wxIVSoYMfcWk0oFbMZE+k62TdIs+4ubVGZiGDcZNUR4LXqRPbHFA2097xVxE2LKy9vd1GoobyroAxbSz3a+6hadafe4vmfk9edzs8GKlKwbXewUhWk1c3+pN25MaovJt/72E7SOOSOttM5BFBm1CK3i4btZGz5JruIW4i1gSL0V5kffKfH+erzSE2DEZgXsH75W6apt/mck9RdEBzMg1yrdJ6hkloiuZlD8SiCnDmFT0aSirC9tHPe8ynG9M8z0f0z7oo5d6GBTt7VGu9eMH6nRY7SHnLt61tqpIayMqlTcYvhKw4Uz/vRVkZsI/FEZxGk29K1FaOG5W1ebSo5JKtNe0T5NPd98HxCAdI2CozndGXgLE3MlPIIG+xrtbUptQ0t5/m8erZC67SFq63bosdxuB4/B9DmU2CvAzfVbgXkaptFWD6pjRF0F6L0U2uK9rzZVW5v4kdfuC98dbIYRwxOCa9OZGDx1tNscFDplNtJU3ax+H3ATi+D2ibq4/JaePBg1VkbperegGqVbhNcUTDOjeiBW7z9oeojriU5pYSNnNkM1gwGPeCMQ9PB9jR3mL4qiYY9mbld9Wj2p80toKGAr6HqtRMyfkUfMDdM9c2RXlPVqpQq4rVzqqig/yGwnUq4oKC+a1yIQz+JAH2U+fx+oM5jYyT/1wh5nMfwvAqyH/X2mw7KrYfcUy6dvAM/fXFMXZW8lFS/3akm0VIPtoiuLZ4fhHUHqxQMlVJaVqkb7zn4z9SRIjWU026XGVQQS2xk2Qnf+6KQXsgX5Z0JekEoAYLoYUHDD4+yc6S7Vatr+U9AviPn7jjkidFVuQYdJOaMgJFQ7tud47bryolEhQJBSXCAX0teqSYnXU3m7SotpV/i+EPYe+Cf4fio+tYVyTtThHCHCtsczHXXVLjdZUfW/fytXAZwX6SDYO0DhslhP9kB8u3BGgvDavIe4d0j3ce1isfzTFy6aPPqAq2grHLDqkVmBn2zGuLq4NSJ5AuTtJe4+Ao+7rV/oYx5k6nRqT8QYEEoQJJ6AHgn/6WJ7wquGlsi4IFFshUTNbODyI7gBl+6O9frLrrVXmueYB9qX5aV1IechCQ5bZ+H9gVKhibbnUwBavMI/hODeSrnAq81YdPOArBOM19qdhSvO795CGimn26T8PIjb1SHGdlcf9Q2biE+6HILAUcbEHLD9+wYYa3Ksepd9VxrN7YpgjyoWBcoIf+WJZNR8SjPD5U3m6pmilJiMTrp7IUbwniMlQwIWiTlkN7XvBrZrc85XtGijDnQExipQ+15CLv1wDwGfS1viEsweaZw/tnf9uHS22APbuMrie4QBwl9/z70QYpkLFmaRq+5UBleY/AWOLo0HYD1jAz6kBchD9BbzyR7FaF2Kk5lynaqlGw5FP3y6sC0OhGxGVy1GmMNTlAC9PbL+fhIv4sECQrrtk4mIP2cAJ+427x7kPE6EBan+Og4soeFm8mqwddgk8gG+mbYwMJKXc5b22XLdHZvPNf8kFj67y5zzi8vWPAMHgNO7a0z2xS+u+mpkBT8AghsLvbgWeHGtW98YNn+DhvyNZ92Wr5gYnmOz5CeaCP9YlJgl3MrPJyos/O81U91jgE53lGeuHIoCgfY4G6zcVYbEbbnSx9yt7wwrog4XScW5tp87onPcwfvhyixT0ZONulbjxNVIY8ShOvFTFCMBjs9pxCbAu9t8704qxJ3ix8nDdGrXAjiPipGW2Ltep0x2N80PKtTrdNrUIlDTRmjaV1YSqRFYdBm5y85G40b+ZLtcFN+neyHjRV9jMrKz4kRNPL0BbdRcUVOtznIrR9nxI85lslV3Brj4DUFK6WmZR/dYAR2nOCz87GWNF738hLsdon+8D6hl9GjqnlvS/wf1/nFJYbtgIXMN6b4j1XWPcwuQRIq4yhkyAAzuFtVoZLjWcs3eYNEPpm6iZfdkWigYYUlgMmnVKZ+8YmuqtMi401UOwpmiufdr3iF9MSXwgPts8RZJsDRcn+Yr2uECByq2SHmD7BTT1foT4a0Fzea/w1a9tf1IeiBsBmVZU5ED6t7JbChjdKlCUybKYOUuQ0EXTf30nAYuZhNGFgtkbQnPwZr1dYZ3zXMh3sa17dOPX/YuAdPLRng3K7haaz+q8ra0auHOQjaqQVd3mto/iy5M7daqgQFTU+XCfT3bssGiUQ0owb3cRZ36IEAU8vdtWyBYZ7Sjbw72BAPyDwk2hGd7OMS/XGJMaQ1NaQFCuEoYF6A0mvDyrNI0iOZxwoDYhAzrSfmQthTHOapkOERquVW0Xq5GIEot2uK6EAWUxw2TGQhrrnGRYo0gcuTFOniPCyKbpqMMHknDfGkDO1+61Hvlsaj1OX015dvk3SbdNWjj8cTX8ZMyrCyF1+p1/kC/BEeHSizfNFB1jH76CW+cxIr55AeO2s9xn9t0M/XeP926bw1/aOk2U2BYn55iT6ZNHFd1Nnk0Etstm2pCdAjwRR8V8osBjXiYsWn2P1rFMmVZxPOeyzVjOxGGi20H58Nz2wEWFwEwERS/zdNrP80v4ZeHRxb7YlYMW4ZdTjeZWnay7rrt7B0UsGMX17HfnfTzhCpDPzwi+dVi/DUAnDy/bXk/aZl2v9KFSTDAvfP+WYkL38uuInRn+lUdm34Rv2gWvXGn13nDFWa9CqKeh0qKn/hMWOXh+wEss2vTcdHkpA76QhvN4pehSGTRoh/uHU78UyNLotdbK8JA9WIFg4Q2NA1FztCgdQjx4XnK2nEhO2eM1+b0DtRF5GyoFxqBwf3rstU8PaCo+zq7VvPax9UrGS3ZsuakSbrry9gZQ43Sv0Xrt6MjtH4VCFwCoSLqfR8wtYKRC6z6j4mRlynnkxcIuHVdIF/xhBNYQJh1ye6cehYeXDAn8nLcNQJqadiIjlcAHRnrvbj9jH+2SxyEnzP4mipCDhS4Gr2C6xh6wpMr9sKFBbeFp0cfeA3sosmKL1DERR3CqJaoljYJamk6lM9NGPm/hcRd5AZRWek9qVxv29SJnwPM3ufV7ew/jhdmbZ9S+z5/DY4JTAQ/KnMX0PEeTfhw3Wr5o0RDmBVJOKW6xE7dFXRfm5iy3Q3Zy+mSfYJXjDS81WrOkJSrYnvQ7cJ0r/3pc4o6X1ZMY2f4+zTn9peAD62tQIiN2nD1us/0AM5gxQu7VR2kyPPVjHignolNgpcaor9R0UVWGqgNdWyBMMqlA4GPGdzFW0wXFNHhzFQqnGmBqGOYlpdg5JCJZtY20vXeC+nPrYVvhS7FpP2gsJCmE+PoJdg1OKKYRSEFlvOfXa62Y7UC2dScK7XXIHlXZH+Fo+4yfaaWzxrxdX539ElvKHvmM9EEnaeCSDSBy96n9UJWjvMKBYN0nWLEAOM5mETvRhOp2og8hIruMSOV+hG9hvfQpOFBGbcSK0Y6ilQetOwoMZnpBCGkwRlwQKUPcq2ctV2GTxRJ2EnAcv2mdJUG+GDmZfCqBpErOpjbE9q8hhFRthAgu2IzcFaounu1tSJFznuOVdluBqeblS2OU5roqENtKl/U4v6oATE3O5Qs63s3VRa7QLHLUy2JKzi+vQr3q3ayFVfekPVPwKxsyQrfJ8aDOY+j7ZU9e90oLOeA97F24dTseATD/7Y7YzUqYoXaRLyZgL71XaANy1OGG9tEsYyIXYYcq/TEJjqii2KaWoIIcQs1ZTWWPgHzi02Dr3CJj71a2enXE9Jkhtdyfw0fXXWXlqsEOXovy4PPbxXQ5iQDBMCodwYRWPMvsJGockyqbsO7Lkj+LrHUWGF4S+PDznSgtx6NwbmrDA/Si35aq6Rf89/1b34N7heG86+bSI3q5wM1GCYbtng+65PBTZ2Yailh2fahkYvm7E9eYQLwZyBfZ8F8cUbqF6d24+t72rNPJ5V8zLle1++0SlcYy78XTbpOoq+BBpOjRT19r932n/yhQHXWH9Qg9b1WEPfB0QYWgUAt39g3WhtFmPeyiO+9NPCXST8Hsq+XJXgsTxvBBatvSVrO6y0e2SCOHQv3SIyx0TNHVG1cCjLiaC3qxtZ8R9oWI7p4R1/6sTs8zzOnaZSo87uQXNFRu3yZOsQniKRnRGnvcXXGvrSk92zHemW9zWiKEq/1cTluNP/wDROFrqsaD2SR12optmwWvLWXPfSt/HMLt+Awol2HfEgW1MWzI3vLApgMLS/9oynH1WkYGJ7RtQAv9GVrJaPTi/BH0tlDkPyX/VUL7vUbOKJJb245X137xqZ+rVVfh27vrwvGumyKr4TbTwofMUYMmT4rgKUj605ptj9+nI/n4vZLFcZevkebrpa46GiCC+yFjFJnP0hCP/IVYStbImmagXdzPNzIqT2UAM425T0/RSV4D5zETtXsK8pwhVuivBmEoZKX0HftZhmw1tJfDXyNIl/dT+Ns2LgGBlVzgvecjNOXpSe6ICn1mNq05ZGWHLtzQMpEwtod95RJOXvDfF8y08derIUDVORMNQClXuXKkef0TOeNZlfq1iYYgUjhloeVicbpUnQM/U9BWwXhuwn7zx0od1/WXvoNdoGTYHyPDF5zB01vPAJR2n7FP8GomaDAlgm30xmjy05ZnHrI8/C5wEzIl50SLbv839WCtDxFil8dqkjwmxJrD9ZwQukPyuK6xMCOSfgownhriMLfTAz7atLJiWqlgX4EMxOnu+J3h/oa3SDDQBn/kOM5ZkGDbAsQB098hvoEN+ETdI/7EzvjDDUrZPWCzyAX8MEL8eyZunmsGacms+dnOrKhZPgaunylMbwBtz/IEkdd1aD5YeOr0Gx++xvH306np6aPGxrObu8LXiVEF7Jy3iG9dZKUKlauWbEEZlo9YnKkqQ7Upf2jtuzuYPd3EmS1AcJnkDfwwTdQcJxE1Rjv9FXV8v8ymtSqXKxzcIqSHAL+ocUJJnlHXO7MZbYzLtST2HhbYu7hD03VVV7/iBjWG/zJN+f5IhrKuY0ykRrESKfs3oGHrd6btgHCcXeQwzPDEjr5TAd7hYVN7WALLOyliirEdLR/6Y9J8YS9VcEEmL6idEpsDhxl0pcgYTEthcgNSnlmM4J31CZGUC0cw8kkBsVYFKJsIrDUhqEQwxyUBUZgiC4olLkMnKUybtpgCiIqekafgT5DztqfSmRzGg2CbY3QBdM5PR5xzVjw/wTTsBezK08jl/sVZ4OXT60gcrfDXrbJEMcWBB0dqVYsPm730lOjc0MLdsjrfhCp5DvKQ1d4xFMrjmWXgk8L2zNneKhC7D91Xug3WQHAoziGSZ1qdKVkfFKhsAzgxjz2qxZEA2w7Npq3UP0gZvKWNABoyEDdvhM+mjy8mAK409ILrYEU3J5yw6Iog+8b54Co4HL2ikxrMiPXBz6RxfJ0s2QP/BlU+XB0ZoAnOqKcd59KXIInkQNTeMsV1QduDWgrkezKyzp0CyDmmKQjuY9gVJGJfv3eg6MaWqye3Ov3oXqH1pYuVxLuJVkhHXmI4Weor5g3fkmxTMjjuhTJC4S6O+0uMYQpEABEGET3JYceQqnGhh1+YsoJtwIWe8iUx4NarVmCkXgNVujtpWnaSwAz2F4KQIfP8JTGFd9adbAHdebqsSHSO3XX1WfoQuEZH45ala1JIONqOv4dxWcavCGavgSMj16yfwjlafi6m6ukkXVrqbz1oy85Wk66J4WecbtRtx7gr4fAxhqDmEGnqNrEZJu9fmY1sdUV7j4Fbj854y4etOCktQQwO3oDIqNwVqqDIKIM8QRh0YEMDnfxNzgfup7LwdT6UAKxWJIRxluvt8fM3NgI856c5XsZFpuJprefOEYcbh50UaHi6W2ujiYE52AJdqIEq+aHIrYtDsXt6mFKjG8SoDiE1IavMmGK1zMFxS7+wVvfzTof8dG/oRxmlCZbJ/3s05xsZXLO6qPQqJPajVOwkh8WH4CFyPp6TVbBPLpv9KfRMbARmx0LNnIIzPxWyRrSD3RKcjIG7UcTd5wuCLrherXgSHuyyrK/xym4gvMhFz5BJ8Il+Az9Cd5a1p+iSYZTSNkLnZQJlYds3gcAq/coP8GIbKmDHJcC3i8EW10+fZ604UqTAfuwpfSh0Y2wwBQwwzY2DbsmUhUlcyBwIrGNhyOGq67tSKp5YbDOIzh5c7fRAF5qBMIOu/ce5Rt74dMxzGwpUym13zPbi1DH+0Ns0DX8zSDUo2bsZ8zhRtqGjkYz2Ex5sT9Ttot7SPOOKeklPuI1XFG2Rx3a3bpLQfw4L1NsNVtO1pXtqVPYN2SMPm/3cL7eW8Bgb6ZH0mq6r0bfrHgXSOx88MtGdWA0Q47JZpcBTy9CdMogTzd4466/CtWx788cqS7W2eekGK/pdQOQ8uF4CCL1Zy5GXBQNaD8ou8yc9k2gsYczGcCw7RCq1sVH0+9imtkxdr6uD81efAYtF/3pj2I3yeGY5gTtFq6GDBennBzn8recAWyzq/Mu1YN1wgSBdRosLdP147T76NeL1WTARBZqKNTmUhQCPKUoGLCe99GeEsP2O0vR1j6znnIOzYCQfvjlBX2xIP0Zasg1I/Q6OtUwtSuGG9JJBYbyJ4IBTUVhYUykAe6THCLzeCmdVM3vW6Ukc7JBsmmgkU0daNeliciTNsflpdXicQma1ENSIKBoa9HPkN1JcDWAoAjEza1MaU/HAjYdCAgwoa6cNJm08PtpItS06FUCdPHxCgm4aOvdg7r8NwaBHqoJSrhxCvjBxcVj9dU8fcrO8NOfWEnKhVPTuYfvbeoknMHmxdgAWyuCc9tg/1WHCwBqWxHQDe4WcNJnH3Tsfgm2pSnewRDaqWptTYjTumLmfbn6wF+x6nltlK2Rdqv9cxp+84orJ+G5mFZZSfVYnkOqshNHuXOzr64TPESxelQ0Io9SIuxXyHAfbknDPiFDC0zCDgPj92KtovIb5byCbPBJBlkkBDOr5HHSrlmYP5oekFLdC+0Tyk13Jl6R+QwFvdHo3Qkdz8dO/Ztd67RkqtGsfkwb7gf/MaI0hlYRP1xei6+SuzDjSPxmXWcqCSVm7qYarnVgASznwhEjB6PoZxQ9q7DNJXVhT9dJA5DOcJnGFsiFSSlb8jIcMi6G0y+TTwfMg0S8eOrFXDTlCOYhS+U6niZT4ehQ/ey40jLT9yh13RY7yKDIOwif7m1Ubsyixn+3eTBMuVERyjkfU65KI/fVESn4sg13LEbkiQxCZHqHrEZvuChw2BJWcL9m+JonMIucywpIIOHdclKOMaeOVBgq2S8nw/DwzvbFqdtd2DpWlPb/eCRX7xcfe8fH/1biY6/46Pd3BUZOpba6fpt9vgp699KT0i/afIU4Bq17sQ/mnWOmJaG7CuVFJ1DanDw8RXU8GDeTlZyEeyQSdy9HcteBZzvLO2zhqyEFd43pwLoMnPYIIG1xKNYatWxeoZuLBwCycG1YlhZ0Y/no+tP/zYO0RH/C/YiESuoHENL8OzbwCPVqTcz37ZoII9mmoMK901gdcvjFhfz23LIVmyW1cNr4M+yZOVz+/J6PsYYW5TlLGVF7jIFrtC8MzUVhDZFOUGwYjalQC+JGRPyFA4RJ5+2x4OCMx8J5z4jDPmblNsd+QaQkVKumkBUr8tLyIG0DQAiUlO3Ko+StyJIsoCLfsVCervTRYXhtCIE5qfBbXNtHXHoqWzLmrRrPEa2huAZuZQC+UuR+/msWd0UgtFsgMLIxb4+H05pDrWIBnVjwGf4C3laQQPNKxIeUnEWOlugYZlazkIJn9tXxvIs4hxDZu82y/DjsmkZdY+n51+BtVDIYES8mXzDJjXVxb880/fCMGQ3YfoGn4dit2tHTMLBiZQklfUDL3xU1dUxDbWzT1qc4RdolxSj2iLQXRnpnlx64O51SShWzb/3Ar8IVqVVIAYfP2ZGWVXFJb2FVlmLOov5dssWcSpkR3lGzfXsVK1+4ox0CPOBvxqmUgEoXi3LFsTbzayrR7QyGV9yTVcp8meLm455VwC0kaMw/RfwWCCz+JC9ldq/E90QgThhTcmrsnytcVTp3MXvARQe5o69r9mvUuvqVam0z+NQzq8f6yuC62w6M7Ch5cA/J16UsWlj5LRnmS+HygR8Q0qnm9qHhuNSIuxleVpg8DttkY/RWmdi5Ie7HRT1teKDuXgtKRTgZBNFOtQGnk9vDRMIffaB6esmA8dgD6QY8TwJezyqUIseMpBLZjJQ4fDgeQ/TQzY5XdF06eeZtYhxdg0ZyUflhj+rYT+MxsdClBTyiaKWNkFWgBC/H4csEz9WRY4q1cUE68EmbIH2f3+WSY5JW+kJNubQU3SqpW7SR6NOl+os9KYnBKZdWf4S7u3pZsFMcAU7vNuDhzX4CAkDvJlBjcr2oTQznT8mMlPr7AVn+s+7TnOONI+tbR/QboLnXoewPNhv8BHjD5pzHmWjlUOsxlhxwERqaarcdgDGfvJnV953p13VuTvRlMMkH4Gzx//xa/5rV9MSkgliaTZkcsXEUCzRsK1/giTIzeYOzsEwwCKxrCgMoGqg4zzNz4OhYqHVTyyBdd1srD5Cpth4sDIr4w9UGo39u3Q58ahe+IC1N+vQNyOdeO0AgqOEmosfvcgyP8k2acswqZbRO39ZIRzbSzAmNVdVIDY+OeDEPvSH1Xs27yDakwWn0AwNoVctWPaYdKp7ZcWLKwL3gV2uPsuJwXCpbjir20l/deYvuvZVcW5kN2BXHkEbh1Kezzfxkyxo0QmH4cm320KhiVYNEIyoL0VwdYtae5NQ6IGfQ/WWTEztm2y03DZ12doarIp/2PPdG/IKek/82crupsN+POzs8IEb0ElGM13PRUiF9Qn1b1eRmCXGqIfg653Pe65s283z3ijPdS4YoOE+805wDX0Idn5/e4J45W72P9aH48SeezOlas9Pbe7gibOdWY2ZzYOxz2qtlEHjyNoyvAC7Xu9gp7P3f1ewBTU7vcP+Ar/RHsBHOU/AwTDvz3n98WdMtNBbhUAU8ekyv/e7Anh6Jb6MwgdOaTU4n1moCaxqHaLFAgFP3314IR3zV8A6IDtxrJDSDFDP4bseKCuNFl5K8XsHi89U2OPmEOpR9g9Dd9v44uWf16BswbdzngJ0uS4/aNxEdC0zr4STVUb63ofdcCBLlshUTCseMWccNmlDg9whEAaaG8QigFm3ueLgJ+fje1ycPmqzO9iTAkOw2E3hWucDCCVxi5WDvU5TgpXHH0irOnZnA5zKTIj4PlGYf6SKV8+rxq8fONmnCVnZZauy5lTodc3KXxhtJbFAjuA3HfvQoTX6flFSyR/IZowsYcG3ZAzph44cnUrgASrjx02johtEZV5aAj7BVCYqf3JmMU4kZS1lpumCDrXciMyoYJFYRAFyPDFhuk4M4rTbq3bElJDHPC8aKo+3WIootzMMlSE1j0LV2OObE0yZEe0F7z5gQafN9we6QBDnyMvDwjEB22d4jMXTuyfmRAcFTnOpL52ITlQZAoCLnQZSMLQYnYhrqwmiGpBGjNQG8Tw2kdQ1MhIlSUq2PBYPRnKnhXu2Zs3pYhs09jTdpfiYfjufUv3X+h0yGnm1827XcvsoSBzYPi+R1DjjoDeoMnmG8nfaevDNeD13rj/t/zqtcEX1L4IqEkdRfwTyBaHz8HoC7Xal0P2qpNZbyv4amanCy3JOfTxIQIrU0AIhbjdWVy4A9nRHiuPCatpopvQJKvKXu1M4W2N84OF9vdWC/07LcaL4+PTZYNNEbaPlzxAYj9duKwgNXg/3+QxybisVRohikCawMXy5AEDeKnO08CmRjR40k9w6kscEluBwwl5vkYc2+IhswbfzmFL6h0R3TGoav7o+6Ew+IhAdlw27XR8brP6cvO2whLTyANfg1CxHWbbwl6UKax01MIOhH8fvouG3ZqtgCHVugBdes7ksN6EYNre5/N4o2z6D/3e8ztCNZsjexqz7uGFA4V8nhhq3tt7Evw0wK+1xtp7uEGf0Eavi5e6zD0sb8ieb97WA+WnAISLMI/T0lRnTYFQIwdTz1nFlLLzuOUBjV6RxgRxt6DWBN01zNci0Zo6WsTd1FapCh+IxlyzsvEFOCxdtxDnac//kQeg3H+9+u9Jh1cGE8hiESXiAcLpFjHcz1ll4Hr/gGRfaHQw1nsP1ht9++ki8UvXJd3YwHIrt2shxfzAPLmoh9U/AvXbjER3J044PExsbQ6Q1mqnAbAxDA+5oGDRiiFKEPJs//FQW4EUNPMQ2313w3ljqxfIPavNzn4OF4et9Zh4d+oOfRh8jpRTSX6Xiaf/PTQs7svSq1TmdxO0DBxLaAM7dhfXg/izxAnWu/G5WrnsP/qkuozi7UoUNApmUjHuXO+jbHfneQ/j0LmJAH+pjg34M+7AOhT9w+nzJy+xbzwgMqsHswBcqBFLiRHlgI2ECCLY56dX/3f/ObPed1Nnq8bvE2BLlC+PXBWyX0LetFKdCMXIPufBSEB/9IYulOYnIlfCwGcOBUDU5AHR26G2pLfei74cepxWLCc8qECJ1KgAboO38/OdwWX6mDgBjs+6TC55lLPTMLb/4sdpBuy/f5XGy+XZF/2pl2NkP7VMttA01qjyxcZrshSGMhAhGbfG7u7vIJgP5mgkEOVEAUuLTsRQfgbthOF0+gZrEGLSZJxbq3Z/z8VUFlVKAmEDT6WHWQeH6qLUHh36lKahhaVbltq42TR6h0oIxjZ6Oc8Whm/6rUCgiMn8CvZtsC9MCHZqSlEWXgJK28ad9i2IfnfxX8OvygAy8eOpceLIAGn94dBbyiYGeu4itgs5+mezco7rBFDrUWwv8CgGD7VgMSDP3yKjYbqkeYTC6EAQzD00/LRunQVQkmdovmcdFNyanWU213YXl0hJEBtLyAQ4rkFxGQoSAHb2RgTMpgMMTjMc420CuvmIT21gyBXamGUwzYPuNC5ZQ0TU8CaKuCxUy/0tB1YvLwAeN8/X2R9ZQyXdu07dyWiq+tzBeNKb9EY8S0Kr9l25uG+Q2OJIgnMQOfJWFfzIaWd3iehLrS19dhfEMURiQww2kRHOyGcZjEbWcq9fISqGFa2pKll5UizdU//AwpYV55cnRjSjTuQjOyAE3MXSevg9mWoRv/EDE1NR6EacqD9MvKMUxYuOUNN/23AVBIJd5/MQgVC2AYFGgdf4rA/Vh5fhQZ1Yv1BEluMF5/ol7obGdMG+J2QwE013YPAqnZQDdA3sW/B/2YeMzwkJfv5/JbLkMM7aZhsBxNfchcpcsNC8o6LCQ+w1FrwQMrsIBQxa1u73oLWuwdpRecEBQFsrH9qAHG+B1AXAJEwE5Tzh3bb0FYCWmbAO/IexWrxrumijh3fy1csTrguPmEGFL/Jd+KgNGm+sYyY5X1NzyN62f74S20YgxSoSFwKpXIG/LeiD0ov/FHKwBvOrH/Fp0PUpJDbtVpZjljoZGaOKns9eVChbTKYiJ+l1HMTZt/AAg7M8SsMHdVrQTpsZEvopNOJTQ8nOOXWgTNWnzrq4TbE568ldgp4BPZnGjZ72YzQkZp/JSedDOjo6KIOlsN3HTuTsk5qBOfJ9istDcold6YcLwOyJFq2d9BPz53ukOtF45pwkkyeElNVxplMii8itiUbhktAq2mHDmIY9LnA0bFdW2jJbTBuVvLAmvZIqYNkn1TcHN+XF0mLKGgwFiys4WknN3cnS309sA8WLRXLACWOZN4pzqAyCx7O1QMidBElUVCcHTxlAKAHYRMQK/WrVykGunCaRlrzausAdHAoDOdkaH+SoAy+LQ8ZT6uYYyhtg1nVDFwALYajKhIfFwdNhtFrnidukcqZwKLSfOVE3fWdz63cYbT+lJjoBfnEBqkUTQ7FFmoUJGpE/7Wuqv1NyNR9SS7i2bdlUcndxxBozVBG88nRatk3q4xxtr/9YNxw233EULFwxt9vhacKCgJlTDFgx6t1qzzE3uOYg4e3Lk2K4/VizgCEfkUhj/hxA4FwItpNAEmufBEJWALSzjMEcVAn7DbhCDqF5r8Gf8zVFee4s+NZ2hhSahon0Ku7dSG0lS60C8/WBjbGxPIYHtKHrlcJLz9k0QBG8nXxOvyWEKi3wn0PkzmNc7LEZ2YcClUcLybpf3srvEqeplwowgTHYs/iwnZhsDH/oePFzqz6263q/g1UVeZnEamhpWl8Y0yJ4COYtgbz9YQilmFWaFguePpmkrGZ/Nz21Wk/QI9ouc62DbA5HPNW2O6uQqWvdcpdNsbqm0Pz/qORLaEgEViy7KDzUERgWe3Ou1BPYVRrOaw0McN1SFYaSL5xSjHsHWW5iysSbiSQPYyEPDgQ21A9j41BNmLMjccbjXXr54gqLkb9myd2qdaJ80fafeP78kr0IlJTpoz7WMBV3cos3la5rT8qV1SCLgsO1i56mnJ0+M/YdLTyowudhaFLKA+ZnE6KrvMqX/SUgGwEH/IAGXqITWzRzUg/F3hPN/V5iEP3SPuWRdvT310etl7I70lZIoPyO/P7XK93nkeXY6Nyk42lD1oha61rhWwITQ1cDmwprYyyRWdcsij48X557fZYrgF5JyR1Dc+Nwtnrqe55EJaa0hMRukVtPdmsY5UMC+1EMW5+DxAx4SoAhApxGDW4g1eLPiaFs8gJ1rIYlOQ7CZlC3Qm3FmW7axT7TzqflKDbNc4vRUc6VTXVwkRdmTPIy1APJee5nkJJHC2J2F8iTYu3Vd+WDWFOkAvadhCQzYlYVKRgC7RXMrQIJ1Jg2o2ircTnYCF/9yekqqTbtqFvZ3bn7qNqFFb2ZIVyrDCgCA78/3f47rmIjO9eXmYsjl9+V9c8MD98pjWEDGMjgWCiYoLtouxzYk2xXzMnOd+p/lxcnqH5OySg7scx9bMOTJLlY62R9Q/PHPTgci6kRhAtKYhAtSA4ehs+jV+lsxkYUwyE7PxVYxM7AqGjixqWSOYnJIYw8UuCZyPLhQmuEpcd0EYvHOY5W31TVQQa1Y3PvVRfGwXI60Si5iA4JWJEesRq25j5etedYW31+7hrdKraxfGEv27fpzM4K5VC0TCdJ+FX5r2Oaccl9PM22N2r0AWQ3gsYgY9cbyPO2vl4fGLyaUpHUXELTjHZ2uAg08fjeOIKvfAh1E70jXFEZqMA9BtZRXyyb0/B0s89c2dTwnllrwoQA4SYxvcbV96QB26MNWANVTyO1TFT5htslUkHwrWVxyUj5tbB7aQeJZRCaJAHvlYIx4/yjCY7DEW18WIScAqUV5OJxbV3bnRlGDKk26mTuWGhEZSiTUnHj2KgfGvghwxjuoZbNtW4K+G8aTRm8AqifB6M18Rgm2OAAUTz87FG/j4A0sywOQK8CBSJwbmHLTXfnV2gvmRCmUoK5hhqUO/W/xxT2j8MxAVvpfnJG+gMA8hOJXx+h/h3VmIRqi0Or/w3Fd5QErdTKM3pVHiI6ABN5M1LcNSjia8XA59oeC3OpDGkKHgC4fAs/24j+5UnMSTs2yDtAs2EQ01+KaikclvyeRYQUJLMGfBlliOMdQC5sj8GureW9/a15zoZTfIw8XBBR1dr8IhnGayKanIVPjxue2f0q1kUtVQ2FrVinOs8sAAxNzBbdX+ZpkE23TJFFlWUoeOurW/gSj26/q+PZ+eGzH4ogsssY3qb+qeYISmn81ZNEfkyRENvVxG2x1nqfK6YWjJZIkKXiqzNqy6Oi71moyC3kY4tLfh1m8XyJ8mGNO6pXaTX37JMkh8H4iUlZwMtP4gONitURQHS/OmsQpxqHxT6ndWeBW+pc8yXeamkhNJIRecauBF+9x2X2Fkh0dUBe8O2vBjOWX3LuKRoIIPchF01IWDyexPGrcz5gTrNZliiAAkAlnQ+uGFqbX50oWoSDrdYcFQclUhdnuq4GA2uo2BQBcnAWr72mFOB2hNj7rXv96hNz53wV/4UdeiIIUVTqj/70dCFK9nacAFcPq0714FO77DUmoDK8fjqzYcI21R+czhsL61rJa/TjqPHRHQCY8Rc7Ph7zd63cr9DAGH4Sd/bmOPNufZyKXHaqHoxm+R/twbMMlbiM4B0qqmaTCVDa2MhFN5UtC+CS7XYkd1abvyNchF663sHVyOPQzEKkrbGqu+KG1PwiH3js/XBimb7vmnNOaKUcCjvarRGmlHJcK9mi7DiSxqFJxiZ8c9lsg1ix0glmv2a59f6W9Oyqdrp6Oit+Y574+1ArQfeHFI5RDHju9iGvlZo+CBW+/WD85rPs77Y2BCCWsfeP8mRHjhKH+8Ij/duSt+Sle2Cx8V+M//qUc7XMbvrArGXLOAb8LwyiMuUEH39XQjJny81PzLfPUtSoGwP4o+X+xeeDlza98b02X1k7J+8R2uIo/wkYxnjwsXUsA2wO8f2u/CgF7SfO5jgJrdhOMeqkflNJdUROhE8gIx58cZ8vY/4ePFNLWayqhXOL+OGed/GJcoaWR80vSIpnaxbX070W9zvsZXvBkzBcK9doHaIXdIAy+DW8In7V6LtZp/XNiEdm0sG+xVewGDPIgUc9BGDy6K7PSJ2sEc/4Of3A/EYniBhhaFzmVlYBmEpBfK+Mu7rwYfpC4rO6rwFgvB9Y2lVnYRvguCFJlKS8scVkY6b7TTTAp/wzTyICk9/ECN0kwclckkjn/Qp+NDqLGC/Y8lIkVZm9Mn8jR5YvsVfaBZZmG5KECBXqa5M9h9n+5u3stIcHET3/vdj9Xb+55CNEj5GZOiDmw6XV2n8M4esTcdwjd8yfqrOyWaf6jG6+eNz2dcyA/wi95alpZLPpbfK/5+s/I4WB+7uQ8r1QgF7I7Mm6cYCaDykd3FofFpAoN/qgO6PaE46oOf+zSF4PmRx4U+7vkIqY71YRuEW9ktwLKNMLdI2Gsgd9ei4sxPIlQPKT/ZRha9mKDegsrGlGKJ91Vs7QjZ70O0Zn8/2PjF4UWeOiMthMitNTe2XK5AniWs514MAS95d4zYcppXl5t6UFo31ElhrT8BgmOiiDlSpJAEZheMPIqX05aOlx35henplRw5D4NfryHXnd9XuBGAeMX1Arph2onPshT6AN5La3au7wCVDIC+mlg6tWNKAy1rZp9hv4RgnuL6sqOPeLyuJNEy7gjlVbrNOmTvw07XLnjrTFda0VTLZmVPbL9cyiWmjOsIFR/ohtMG/AzcHujlp18+EyZnlSYmE7p+w2fAeFvKQ9eI2hUPHH5NE/mGTuqPHg0xbeZutW9r52Ggv1Zs3fX1QFxxD3Aesf0LXkKng5OI5l0mXGuw1l5XZyCrt8e4sTvo8QyqAfVPRJEe6dVGDpD/TL2D0Tnm3xFFAqUBNuRvJk5XPRDAC7ymTxrlOOfyp6bGs3GYaQFDz5ALu4f4AQpJnzSqAd7jb0mb31XqiwMTqQG1DM5sMGmCyQj0Ou1YNEC1aEOkqceqLxoWjs4kpGnsFQ5gowFW3pscskh5CKyWN5MDMOsEFhCWBaOMEt9EXn1OFjB+IGMAIMHM75NvUtCasHxjWIHiQ+TVx7aZxE8nrp7mEvuNv+2GASCJJ0jp6UaAvrHQaOX0LyJN5yhi54AhTQG2/ErAgTCB+Ag5wmIkZYFQ8Y03NonkC4jSvVw3HsKOOOPgbSDGvG0dJXwaoWaKpaHPQ3Bvh+ABfukLkaa7NYrKZyfIVCgXD2ondFFcNkiLQO5vDzI6hBMYVRDMBFD0lcDFWMP0WVFGM8te0GkGsIySNjOik2nkBEnpeNoTn7T7A6YZuTP+hWerL9dyl3ewUtT6pf3FznvzveVOA2/NoYk0AQXpmP6JKLLaN3saTVPn1Dg9kVVj7QpsQAgQliKRAsikwzfYpzD3DnNE49A80OpwC77pGdocQUcMInsTU0lw2BpFGTGp/MKIQoAGiDGLN/mPEU30TX5XTGVNJ2LvBERG7V6JLf6mtij4NxM7mH85gL8XZ1yN94YgXuTfIMpxiIbGUFz50BCGvkg5Ws/HbM5GdX7T2hiSt8aFoKVGKH7ddoqHj749iZxVox2f8oNuJ/1khbsLZQ/gMvoohybHEV08aQxRwgiAo9MDBPzsIzcLqBBjxNMOytZSJMa1ZqMv8sB5fTzM908bzMK99cKxnXaEvG1rG7ZGsYRqg3vNmpN9vijo/7BzKT19LmrfeKiXY/UiZ7u4FgFwI3ae9lLdqzvdg43GxY7epcDZ2aaAxjyPWnUfsO0hKpdWk+v5CfCCVSWUlf2gPYqponvyXy6jWlJ/nDZFvtq1NgpoWtKj3O7Vi0UfwCpYFhJiuEqGE0crAu2gIyTmP8RyKUNcSRskH5j0NcqGAXsMkOUiD6XVsG2zbGhxGIbQSKcogKdE2i+MnPFKvCC/Z+WmspzlYhtHU59jRcuuOCcJnKhbgNVFAeOs1R7n9RP9UJvX83+eHdFvCcIeVMYyqhhgd4eZd6RzhMn3rTp17tsy6n8U5V8AMTvXaf+C5OIiV/MnP8fall2rKqu3ge3qDru4ag1OyPYDeORvHzxKYrayrbNQy/hbDPJrVabJzzLPGmgWp+aeV/TTTawGhEB8QEd+iwquTXwtFxRgS1yThYnFiquVzNW7UKsR7QKWoeNOZvEypPTC0C6K02GklSYku82MQZpMakqocMo7+sgyvltNxQJxQttM5rwExYb2dtE9DWM8CpsYA6U2gaQSepckDSAsJlJrYrFXou+Gw8++qxCpotIZLonbUA6dxkbor920gtcz3uBYfNqHL2EOd7NOyljX4xxEJZsYrs/kxmw27572N9AyBs0culxVQTqqNZXqvIrcTAXrc7nCugjvmOb130Btf14ah4+Phvz9eN1KhRruT2rcYWpM1i2thu8uu8hLvZrnSx2Elazh9ooEBm+jq8bzcSYLUlnD/WM11O8CPsVmdcvbjY2ZPRu6JlHLrhT6fKVTeoGSRiEUmTYWyaM8dVbKOJQS9aMX8okcJJgQ+28ZTs6lEP9mUipQ+Z3PY44/yVPGa0Ftl6lGGr11ahzedYHKCqHpqLsndbgk0F8oSSClL6yj45gCwWYqhn9VAy3ZFFLo9fn+Zthcap/s7zRfo2VVoptmZD7Jq+RMfz5vkdGaQeb4OIo+d7LcdRNmM1M/x06lUvxpKDhNBeGYYW9Baf3YPGXd9E5U3BPoeJ/Davn14bG4PmO0+fW+hjfOPD3UYgW8HnfGCevfNpwtb5of/vmVSljAVe8sKN7OCePn9RL5XotoRufLc1D+5FqoctYnzBgQ+yBYbnyBXgVQUZ80H4yb/39qVUTls3VoISFMDzK3ApU79CfnXvQw2SLAmO/5I5h6QWZ2bq1UziWFxgzZii5mXNyXD0tkRZtAQSHG0kJxovMenIEpiFlsTuL9uRHevcuI1dtj2C48J2MDuc0WabckzQxSQpTkO2VekvRPuZ6wq1qACtmZaCakRNglv5mzLfGcTts5Ir4D8ErcIFXd9SmtBaKIRRu8KCCztHz4Zs87L/Bp2F60kwMI7KFoy8fBKY6PBIeoIBQ3jnkZSaHnCWqD5wHjFkYQbyxf6wob+fiwINhoxhao17yG+TyeSKEbuQ6eJdkeSJftNdLjIrTJwu0IpI09oAdhRkHWvV1Clpg9iCd6Pt2YONeD2AkodZiPtSIFE4/WnH2M6c6DR/N0cS476lv514ZxFroRGllbnfz0WEBE5doejuU86I3BE6QXNo1aho2mBNVrRwbZZhTKm+/WW6KYKg6MyAkKDMtEJT/198xuWHezFH9k0SWoskitgp3Goc83xHPD79plf5lAg1F9P6RiQS3/7RreXNUfFATkTIyR8ZYlGdNy94ffuz+Yjs1S+PmB4kMZ80e42VaiKD7xzoVHgMFdiHxzdvFU80rwWMijCU/lp7BCCobVTbLVczpTzyqbG/xIEmA5D+m79tFtlPIl0mZIeH7ouToOtuQjMUaN3c2HYcC81oGDY534sUlypkJF+yC/Ii7UMYL69kS0bYsUB5lVuHXsoA86p8vtaC8JLYFUHQp5F2LZLQLQB4FhqMqKLwaKjyEvNA10KSXTCjYiPCzTzDhLISKDaHEQ5QuQmRAF7a0dPbMYoJDnCqunVnmO/NYvkxBPZML//GfF02CQ6xDLu72LbupimvIcdHFv1pHf53lL63PYh4Iu8/7r6bTjMA1nGZq3cCYOR1u9srablTiCW5X3gga6w+pE6UzpwvklLBcewkSDSibb8U0tq9hD99sV1pNVIoRGLmQi5pXJZ6iFLf0zIpOpeqXg+H1iSefyHKc9/MBBg5xttl/pQozkjiTEef68NLvqdkCF1D7y7DQ45rropOfgIbdyA/x0sPej9ZvoZO/ATIN5R26hLKJLIGHHf+LTSBz8yAT5v43E8GjmETMfrddMlWfErJH5bqSYARFXWCn6wFxSQhrMKWVtFHvz4Gd3+xX7S5Xlt3o3XkwSx4aVGVqE+wxOvbtGbJ+mG719zqxLEdwzhw+e6+YTX2XxgvOOJ7ky4dSP8C1zRwBiy2M6M8Hv8Vwy9mvkRu8aywzWloD1ARuQuWh6WX7HEEqB1PybJz0LBZlAksZlYIspVhSSXWAnkhJRsc35aXvLQCCghugv3wezbgOJTmRZ3E2T60XK9Fr9MmTCyQuNSU2cffO1enmEMiBJYKLhhmyAQLny+k7qhq7YSm1jXxfX1FegKybrrYYTgFfgm/56hnVYQ26Dd/Cbrq4sk/q/qIbg6QCQ2HrfhHlNEc9IWr8WYsIe1QQcqW/YPcg66uRP457/jjSucdPIEoKtaOiasoCXsharRWsS2Uo9ZmZQs7JrjZFPCx5W5jPFwtn+RPOBRvjjYbowfPiK/VQqoGlP33h1nP5te0orgbiaWP9WL/E7LEoQntscoCQxTFkYCqB8oMynjSYsKt+OTr4iX8HOYWGGt31BBCndbFVqYLGBtB2EMLeIeMXxMnPX57+tEc7vO/S3h4/26uKunDM0eQBWE55gcJS2b6r98Z/zWkJsQm9FWh953t4u6ET1qphMazgtUeuWGe8rbr1cqNiot6HP7i8bjr9Vr1jBjfEc8P4c+n3KceFbtiHCUGe83kMVYGe8aVy8U+foY4AePDJHPkB+47mvJ8Nj4byySRXx1QA50uqvFxBzCsS7dULmVmgZkDh01U214Xb27xCCtYTM/7836QtBRBNYKhK+2oozcLrlleZaV3Svu6+pzFRHTSE7GwDliTzjyhCjErMCuOv9XgmgWP8cPtLUBAaWLGWrdSOxARoDOFWjIn/h406YmLX+SOD8h/3Fug2MakC3bbAyJxAYfiXTatTcemkwCFz0az4HC5XlKEdLUZOvi8/UrpPiCy5Uyt0h5trtiYBi5wVLri4sUYF+3q15vEO2Ia9GgDYmM7UljqSpX72rbZX4TYuf/9E/+On2k/zh+tf6L/ihn/EBj9vwZ5iOBPO3fhM+HQhlebnpcl35uS2XVh2xgdGXvZNR0/jWSVZEEbLriNnNVerVGtGJHI3hQmm7z7k8963oWFjV/R7+sXWylVNZO8XHv8QeJXe6JonqbVEC1fYUZhOtCN9M+W6fi32CwT15FSjMV7ARobnLHpyzaQPXaBhDFckjyob50S43hUMmRxz9IughjVWkQvJPKR7PncDKVAG+PZacLAXaqfl2MCwZxcCG4uo/NhZ/cW6M8faICvGForzAeevM/yIKJ9o5lZ9yZuJJlD83o1+EzV8X5WUOCarCums7/dcOppY7P6Kg1sl/Dya20Z5sUq4UBKOqjG3NDNQxg+EVQAaFqywNC9dZNZpsHMlTWbJtG99IdIev8RP+gQMcMUOs3PeDze5ZFS+DxamH5jihNWZmrOjaPWLmqB5iKclOjtVzjy0dqho/mpPlbkKkv6kGzjcZg9Wgo4ZG003Yz90gGo/2Lazh2KL0kh/TR4oZEpOgVO8Dx3PmARsCu1AYVIJRBJeEeKB6XXFnakyYGvoiY61c6f1ws1ipWm3j9MbMH8TxtTfP5zzzH/tkZx8tf7k7KZB4mdswox9uPa6oBBdvUWyyr+oI/ertLF6ecuV+X6xlbnWUEatFCPEE9cmyQQvl4AIuLZXdZM3PSCY/anUsuZg7FLANdP52rf5LGCvdNPTJC28Dw3WTPl19kp+mWe7D6ebkGdoWX1ML5A9qdEmFOISHH9U163xCpzH1ie9v2Kt9wgRI+FmnXqID2cUnv0vBP5BVhvZvZjq97NLQtxXMvl8N2ocr5IVSoInp/IRmcmR3ve7rE3IfyzLaWoaz0f82Eafsk2Sl13lJNlhGO/0y4mQgOez4XrL73u9yCGvV0ArACd7nf/Fki7gdOWHrYgqHe1gLs+DjphC2tfv0jJvrbw5m2NhqbBJP/jg5NDDbx7fx9Zrg+88X4tIEIVQxgQlK6JIFKkihSXivvxecioty3LF37/n3uZrJ/GmwmJpYjbYgzlrC+0vf7IFMy49v29OqV9tTdV3TMKaVLhRIsGhlZN9CvvhjvexMmJqZb47ul5VM4G3g2F689l6EPwGshZ/tYqx4reNizwExuTYM0wyKxPswJNkeieubJlbCM9QzCmC2r7XM5/xmh2fe6EcOlvaBYSN0pScO0BlPY9VXn589ZBkkx3QWH+ExqLMv8L1i1e7dlezsFrxeeineegu/bD7tPW69NlMc//KfPosifikMqDcbRjjnTYsDMwkGXikCeu9Hn3N0+FTCb8RtaxO/Z+b9+97f3Rd5PQ2+mDLZ+Nv/Alq6M1j4REQ9dXSpxWOQ/nK0m2Vjhw/GgO8kTFXBlZeDZyLedWp3atlIQWo00tkMKmAB1K0N1ft94hBVuX280kl8IUId/8VJcQ5bjU4eqnGSah0iknKXelzcVdqbRn0zEQq97kVFShznA3db8R4LzvWhsvtJuETLLWcKgmk9h1uzJsciFxx4l4+zv4sGFTQAIszKJEM7zpX8/Am257e+txGCPFplojARUragUfOTNxT5SRg9Nh485UIOUEIVIvjO15NxO/xSVczceM/7B/Ga3Hk3EFCF4h4uPPj+RR05oJ3QOs8eEsEK8pX0+IhTv4HoRO0UaiYZd2j3rQEHQMmOTUCzz+2Se3HvTX+Dl1z/G4Xx9perFSeCaVcq9XadIii8ZLIkryA31pZi+JMiP2jpRD/7k0WbSjVsknhEvlBzsGwekStXIGkBoMVrHrmPn2hIFF4iZBfyHJlPN3Fy33f3Lbk5yY3Cmv9AxkiRbBk+YrtSuPJC9l37NbCvTNi1Lk4jIgp5qG6hWujidXWlHWPpN1iiisakDdZ7LkCrQOM3FP6vWE8GqfHBl3X3f1c1haaZpUegQ9EwTAXXaV0FvYXDvuZB5zilz74Eu09EVcC/cgO8Z+jeFAH92POSWovRkE2uGTQ4wgT/ZLhI+IkioXAyYJlNcfO1sqihfQz+bMN0MKaf9P2TDx2xELzCwHgLqHaOxJzcVR/R2F8nPq8T5O1g8bip8k9MKMpdTV3FGk+W7xk5ibAyLfdaGtcrvQ30lmeOS3bQ/Wc/O3Y17VKqOPIIOjFGsgqsmyaqzIGzx6pwtlC2u2XSlQ79089pVoEZb3y8FAxL4Ft1xkDeoYFcKtS7Uo5/gCdhkfI/JrbMTbshzK+3Kiek2KaTL/k5gUDEWKQr07NV1tDACVnu2P7yVz6+kvZ6AZ94z59UrGOZOp+pl4LlDYncJdUUGYCzu+QJOZ+XBClIhyggmn1/Zy+Mvyig4Nah5mwriD2QecVQ90WXh2he+oPZ33+YVvOxgCTsz2uRxvO1tItV66ZCDo/I2VRmjvHm5QC5K3nkJ3wzA8QrwYWXwQXjtHWZ4LRTMc403jvWISPmY5U0HpHmAHwqQ0wqJkbb6r8KrMsHq/H8R4x6AhSb8vyKYvfvDupL8Tz1/qX0lZTKqtNVTspgvj6GzxzAArR/+J65mWC+tw+kT7H32MCD3r0kHBFmZRAKIDnMOpZwo832f+hpwDWP8trt4PkZkFBnLftX7fzCYoXI3gBzd7p6TwGuG/PONooiHGQtFVZtiYWJQn2Gm14DJzx79rqtxcW3xxGpaOB2OrbTuXVX6pUxYxk3nskmZ8q+Eu49q/HIYMlCBNFd9NJ5enB6rE229bs9xKAYXRCIaBTUDlFzdGMHer9TPe3hVcD9I2cB36+mxms0lQr07sd9nPdSUxzQey6ZJzpza9xdh9VK5dpVIOcsMeU5N5m4Cn16AOG/l+7+93LxXmJmoqVWDzUHcwWaFQZP4djti5yn1w1FU6XWBGzO2WrmksLx7GOlO52PzxYzI1lD+aX9nhZGlvHEf8c8fxL2unNJr0ZmrTAS3We9behWUhcXoxH8xCjGi4cLV8OjaiZf03xMyE2IzF6LjfMyymPwmJ1ZBJMgFwkerNp2ajvwYL1iEhUrcbGTFCdpcZMpnmSf327rcvl+8W73x7smubkr7MMQA7+ZCR3dfWAcdBFFcX6983CrSXr6arJ8gSdVGayec3w9t+0TZirNtb5R4kkfMObkehS8P3htcglpyILUck6RVwQ6Z/e17DuuFzl4PbTmGa/n8uII4y5IdvNV/IgHbmL6AmYZnDQ6nJeifQ8DvctqcM/vSa5wT9jJZZ7T61XfK0/SXIae5+5ZI4GeKXexajnOAaM0iim/1CnLPmimjzvZlHJAiV+Ns2dwKypEF5u+lTOR8J74E5/jdFIdeQ88D7WyCNN7FvbO8XVoXripn7yv0NV6X9rc4FPQPoRGdl1LmCYbf4Ga6mpuzjflLpnY41S27fD5ANLF211i2EQaZq4HshS3hhc6VT0jb6rs+Q6GQjLDYnrGA77N3OYmOVzsPN7kAo4LiBSIZo5Fh25S0s0DNWwoUGtYZdjmLdc1Uyxm1Ph5bu/dZbvm0Z0jA4X0JPE1DfEuCuEu2+Xe+a4sFTOzkiShEHmcJL4PkAGTXr5RFBm9eHPJdrPn8B2TLRCYubpUa9TXTKGkaPBrouLlaOV7zTgH7fIDehnNyphub/2fnfxt/xQkpigZKT7JYtyaDfVI9EOBnpJwzzyFffglKT9a4zov1aJghMVuBC0TJXK0flTcUdszvb/gnqrI9YPVzIUmVuwUMIbkRvyl+pwrUes12CkTCMDET+TCSJ7R8hd3IvondTdeVZUjzl35iwpIXh5KWGEIAAOcneW0cgQQZuczrSbANAMnMq25aTFY0RPgXm7+0DPlL/DyiXTL15WzIJtZ9A23AYzlDr1A3eKmZ3VvoF6+9+l27Nuk8HV5bO8S2refJ+Eti4o5la0PdSdk1eZF+w39sN2fbHOrnEx0ef8Y8+l2+gY0/xcr12WwADyTbUWbnhvd/a/gmszYOoO7NLD4+5+EBuV+HeKBazBsS5FjyaCKA6YyJlW04DdkIbI7dVKy63TlzE9Ci/4qZJVQBVZjK7QnnCUVgRV+8IT3vGpRLq61TnE2GatCJZVtZnzmGPZtdCz4p2gWjAlf4o21I98AYVrUHYP2lK7pJvmwXh6qykJC4szpjvNNpFJROxGYZ/yppzXs5LML5FEHpHgYNEhRrYChqtZ0FsPQhBp64WKstFtcwrWXstNchUgOCGlv4iFckbhktYQ1kTalg/V3jFguT0Eud4apnQaKNe85A/HHd4k/0lF7fJ8Pdthx67WUfrIief0V7ApdNJxEyDb7OdkShMPOd92JKOIqU1dMMyuQPv6k7gVfVH+bf2bxZvCiSL/A3ZhLW4+7MTMZj8nGIVxxrFWOuXSLuPcsMhsOJCdh+UWODUNMHk/6KKlJLWz+AT52ruQhBYPzB/OIzLXl7OfjP5nkGyA0gOIMT0Q5lD7yUT/ClFwB3GJab0wtfe8bBah81/fNnTWtN46Q2C1vnUU4MDzatQ0dOSzHdhB4DlLIXS2L1vSRRrGKE83QNPPqLQPRhTbDD1SvJRr2Th6o3bjzXc1N6IrJdwJNj4/LxMeK/XGhRY62O58wnzzdF1S8ovOFYY1/qJdzLjtLQ6bRFuDIAf+utLV33rZrJg01bRwu7GznanMoxwxPMWZMvOb3edKnJS/L/3Pla8N8/fiHf22fuM8q4MFyarV3efy5FiNRldObz7oobjbnR198g7AywyZPk5WxN4XLbRHgX2RGFAfgDWy5xNHmPDXo2OTTIoYwJcdBcCVO3gglgoy6HzrsnKeP6//nBZdtxX/j4miAe0O9JqO77gPlT1g8x6L5jaDpWQ7S+NcT9nlnPN/T46vfWpmrwbgj5ZVFudLiqT97wv4cKMxa6xW8iozoGOFtL5E/ZzP98c06KJrbDuXvMT3DDV0b2YpS9O/4vetI1oSA/fRlj3V2sOXbesA4tKUBdHt5v9niC/4U7DSDDOZq3mc/ekm2InqGiWixaTdDH7RuMu/l6fajW5OHOteJ5QyqQTPI0+SUPnbWnK0p+LdAPOexAC09P61tZVUtkCIqc12ny972qzBRKbSugkR31enwActayVXrEQTpio1z2D8JRlY8LN3+YpM2ulzuf9fuhef9G9PvrAZfjg8bFrHthVEG25YUbn/T/QV9zVg330k2bRu+d89dya/VaXdFS7eZko4JNLtivy5kNyIM9EHnEmccL7wISTV4fP8C9D3HmLsbTMa3dBMYz4y3zzld0Zlf4oi39YZR41sYzB1Dkq2fZGy2B64DR8yNdmyg2O0HZLsEfdB/q4OZ+WGvygbrgWiF1KiJeljvbzvqeJv8Sp0bueLqA2oVh+9tPhAKQCwmUO8+lsWxaJKmk/1QepmQvbW47jZlxtLZq01WTHRd6KQH6rJniiLBMh16tghW+iQkkBW6P7sHwCN0Yrk8EP2BWaRD+FSd+GUrZf996Var5Iev0Q2elc++I97eogC42G3E78cofyTAOnSd8fJHxjOKiUQrZ9qEq72NMxVP+LmTKMNKBTeueEDKFquXj40DQEsHVao12oIqH08fzi6veTCu/L3XmOH732uKm5eze6PlSfq3qB3weTh36Sg6WLeaLg9xBtVeklpOS3fpAPyArzLWtRGCxAwqFyLABQ8EKTxHfZZHs4cnlcw2Ewf+BsWvwFuzsx+Rc2aoDGKnrHkr9yJEIrkm1IDy5fDMDDZRC0GmVSkgYsRMENfcQgYBA0WOhrsjQm2SkMFC2oDyIa7t4gccICz/2AN8b5kJbCBO0TiTCc6H/4gM+yuMJhrMI9uhhQaDfx100iNmY9BmSjOMNhSgEIafpEAPH8LYl7rGtX65wujb44xEqS5Jhg1wHxfNuMY3GftUuF+Pem/OonM4s53ENwLy2bNdXpBhJ81dRzNvWguZEZVdEmMGcFPcfQ0As7XQzlFVtPLmeN5vBV4sCKkrEMaS1FqihI5ycVeISgagsbo/6O9bhJnsTqjVvVNRDLA6yza1W/H/5YlssC9FQN0NiBlKlEUDET6PRElpexDOQZMAfQ+GiQLhUTmwAni7A8sRDGyHnJlgJKfv6iQTF4oue1rxjmSIlG0hrs/iU3E1p3OW15f9WcmTwguZuqXv7rOI9cv9HOldQ16PUA/zklJCZpN8IZTPl/3Fh/Zdm/69p/iy2Jf7JdIcQ6/q6lefcE7358OrLPEvS335lfC4WnQi4PhqA5YwUKMVF2m4wXk+RWVZDvtitkNU+nW8bsHm23pD8njwthJPlGU80EiD8Shlv/A3dhpZBHFVwcDgX4sNR5B4jZb95beJIOqM0rg5yoR+2KhHDYNH3/WsNrQ8M8iFqyv7CzXWfkDdiW8k3xnfSL0zPQ30Uf9dcAUc9AkxVD9fpKZdVR0/AcblLjk/ncysR9+Qn0nXb0pIUO/7kbSmNtcLe113yfXB1wUPtnr5rauPlwHiwa/7b/aoXmYjGYjFEqnL5WU1opEvS/6t88sGwoFzS2It95e9kYxWluoiVFSfyyAeiq+55HV5uRjZ0AUpGfX7cxXEQz8ltlZUL7dGggFY5LMp04gIChqMRRTb2abjem70FunwjBiC+K6xseCybwwQ+PS01kJORtdCKzZ3vr2v+OzxKQWFS0yKZDQuK1zHCb+8/va7/v/46xu1DYilUyS+shbF+P/Rrs6o0A4i2wbrIWdDo3UfU12i+0R9Y09IKlRH1e3Y55nuKT6CK6iCRZkjaiINeBi8iF8fz/dA4w974pBWFXMiN3Ao9flV8gF36tkfdl+VmqMerwgej6NEhFkLvn7napsUUgUKOBMYQ4ipfSLueP/4yd3buhXIDrIDEXMeS0/J5heGJP3P+lWkbhsTPv0tTFdIIQ6JUflt6gYei/PvdCSbMZA5WGaeghc+DTdQXq0IZGR63vysZdDLGQo2qEXRC7NqY+AoaNPobAQjVZshmFcHI3Rc9sX5yREW+Pu9bg59fpGKoQSuGmVIOiqe2+rxhygFWUi6EwWN+iBE3jOhMAuspZ5JuZKUJi816IahmfcCZOZxUZz1KqfrJKkWCG/nIR6R6GZEJbfAGw69I+4SAZdxbO2yJW/HimGTxWeoVrEIWMivBXbGkA6W1d2oflOt9gFHyTVSAhEBD8Y99HrTIvFanz8aHAl3Z3rTKi4lX2aBVREu/+oa6WIGsHwMgUlUywB+rcGOfuTOHs37TZkj3VW9XrrvteqnK1pWT3UGSax3zeK0zhXLz4+41ANt9zNs5EQarTAgav8toIc0R55FR0x4rZ7iNLSFvLIsZREplnGoyNgntHTUU2pSlJY1r/yzE+gATz/b8FYjNL21zHTvat/poJkAIUbdpJTnNZoqHvZEVVKJN4azlhBz4KE6yecQogxPCA6zi0StKFyB7vaZNA9krO3nW85orROj5+HbLxnfrGGj+sP4eXeLkwW144OatsX0UdYF7Hn7LMXroInjcvPi67l9UKrQzsKn56oeuEEeuVPNZ7GOjD9turuGiGCf3k7Q+9wEOcCiDQ/N+E5ktAiOuiFxCtUUaXtnEhPlzgQIsT0McU5cZOS+jsGg+Nh+1kxwSUr7zoSTLD00k3/HLqWQbN5fx3GXOw/YWVuH+iK/F5x98TpLFbEmTs6QSYhw5uSdaKdEAZVxtnH9RVYMT3a2Os6pCMvVfQBNvtcaSJMickBNsnEDWDgb+FEkSMhWdb+eGcBIHa01V0wHWnijuhsBZnkDon3eLdRPbweAVneBN/n7ScbWGo40xn7lGQu9RMzROyGhCl2NL3UDQJmqbpOh/Yp3wGp94ff6LxBRX8DmF6rLsw+xvZtLHfzzlTv8SxQspPS8a2y/jHu4GhjAtG5AeecORNvj6I9BdEM1/3fHYheOMwjJt91wwUjZC/Ge3XYIcbUdESwfUDalqL2vbaETXsEks2Eo9Bv3PiJsBkFSLRmbLx4Ia0PwztvGaA9EMfL/zO+ZaOn7fx5eHgsKLHYNCvGHBDtIzWdetPTu7UgFLnyWnv8tMtRtjNCBktOVGhSwf1QbQrjrif5lUQ/1mNGpxNeQdpMk2Z281nWU+sHBWLb1nKiACB1jhLGIaWTAtAOyS4QAh+twLRdBjrCy9bWZQCBiCpBepVeBDbaRHvMmQOte56JKVe7GMYie0My89mbsRPQJhDeEeRdZWMhhxAVvBAAvRqSYSN9b6tRpsJT+kao9+t2xp3RYhZsVF1sWcS9McuJsrDMtseEKRT30qU6lGmVoYvonKxfUh90aNQE3Lp1XYUuPx7hhZfTreO4OIVgv0J3aiVBcs+0zZAqS56nN1t4SG1UXFzGTHQs4oyWxU9SkmX9F8lzQ8pleEEE5Qm6ARrGK7zseePPmVXvNF/nOtWgoqJHkXjiSNhlLrEgSTMqvxFom9A+MhCXWoGUluxs7S4gkEGb6bKgCLnhDIpo961ZYuEV7cLvIUKq1xfVWdpUbKbFqDqXM80M4yfhpkIs2HfdWIrKKdI25JhlDE7YFnZQ9KDMYHUg9/8zfGTKe+q4ZZxzi/98vBa70YQR/NBsd1kqhDazzDZVk8g94tpvhi/udvkthRr1ts/5QLC7rD0E/fAJl2dPBaMUIYWndACfmOHT86gVJjbxuL22XA7CVSbkY0VodJEttNTXVhBO3EeXmZpaw2OIKLXIeBCauwIuKfkAQf/AQIoU1FTNMQ+wdIqIdjjZYtgfV+/sTKKhBto/WqVZ1O2789xN6UTfKW09bP0cF2U9krYcRnHVLrkOwe2dQxL1rjOZmnPipUE79qntZy+KooQ4L/QB8nl9xIdAlJEy/3DjzHig+ADKtWgwBOl/FxRgtC/AyXLJMjD+Y/UlAAIvuX9aMEkJC0WibK76aZCgANG9yaBjvCmyQDbWF21rOTCA0szwHSYGQxmvSmtbtabnZPITVWo4NMUldqi6Br0N1BZdz2hN1q7Ijneo1wv6JakfgUsHGdEAhXm/7YAULGqPoEapMUpnwpSEC3ZSSxsHNUhHmMO37iMuqfcbb5jVTvjxRqaJe/xHWrDkqMaqh6KA5rx+pWvD+cgBZHy0qI5jyLtl8hTvoRJ88Sw1QBxh5vTZFKjdktH5GN8gB7+nG/qNdagvI6fntmP9uilVddeyKYs6wrxMhqG5WSMiu3Ht+nnND7ozl0RHtuex3MiHcABf3oNkRorKyqKZT2IqTllrG8gA3kkyhu64/IOATI//NVXbRlA6HuWgNT/iKDqUsScarxJEw6EnsCCvCX1oGHj5u3AB59I+TLu1WbaKnz+9hOIfehEurCtL2EQxXmpARdOe9TRnUi//WWsM75Y9LaqemEtwgXLXxXb323+pISqPHwuyYUdVEh5RcHhM+dVSafPJgXuO/sryIjEmBKw5Zl4NvfbhASCXWWD6mEmp+HglENV6Vli34oyloPFyqMRiPgFp65gk6899sUkAb+orHdPTgsoE1aJuvLiesCt0mpT0sdeG+Yq5qjZ3d7w3+BntyoIY7zqW3z6jekuENqcz0sShr2HF/fVlvCBaB3cw+uQIr3t1qcuIJeO/ykgTIvZ3TKy9gkzOG/crVFYFoHbGruEqx1KWrqMMBMRQtiuwnUI4qUl5twpOVRg2nqt1qxY1JMSzWQH/vYvT2mdcbBq6lOHzeTkOPMZ62afKEMz9TSgW2WrdEjGbLkJRFq2xRf+APjrUc3/BX2CNorqO3RzfySbKBr/RUPsVd+1tgF6c7CMEGCdLJAbYyZIaKbzWdMDZ9KECl8zPrgE6ureW1wrqzJyT2xy+4p5odK9HYfFUm8VNqX2nkiDsIqJZS10530oBkx5cAG+Gk3CKV6I4aiMiWLpmutJdO/mlor9iQ52HwYbNWoMW+yietc1dFdWt2fdLSye58I38ygy5oMVrw3RCgGMLpctSlq3NVQA1SW/PzgplW9jTDtjX+MeY0hQxz9pIKNrX7LkthHwt+CAqrQq6USOijBAzjw1wdl+R4Vc+f+wMzFuq7HkA3c4xg4BBQozOAQqlk9y9Rt8g4FRs75chpwl2eLFdg0c5dUpwIYJA2uBojujnJG/byVwB5RMbGvAtq6zy/WyQQPnVDX1gfIGu9Z2hc5lJTQ9rtcfdQnBlI/NcSeNw0CVa70KTpEyOHCgQnSxkjDOBwTkB6TVn/fRnyat49QqYO6pSyUMlebcreF4PspyPOUt4OV/GCHODMbHluATy2K0S5m9L7w1NVfewk1/8oRMTtHHRXRHrZ6aKDsCgCx0I79kaztFR3E0d3j5V8uiqUdLcCjxUzLwxnc2/Xg+1ZHhU639mpxaBVkVFgZU3uIwp16B+MMqBykaAxk1P1NRXbHlFXTBMUqTAmPT3IdAPNFaWj+6h7emjjBLP6qTB61j/44Z/p+qD4DlhknwQyFngxUNdtmdZ7RHL6jsvOq/a3tEULUnRXT2HbaU22xuaCVzvavMsiCFF60e6wj2Ooyf4pF3G4awghw6maza0b786F1eo6sSuoOoi/qyWx4TqrLQ/sijsFEB3i2i832TIEhM5CjT9c59hocBX8vB0hIeN7vhewzPBaOOy4IHhQCJdZPK4i5oI4gol+cQoKQvp+Iixf+jROmCE78794OqIIYTRfr+fhuFZLN3WIhfA7KRSGQy8BhMKIBhy0hAde3ZI011IRXSuL9Hp3wAX0aJcrU/9ynfPAl6Pp1KEmOHsdp1FPHGXCWB2vCLB4AZXqpQILzyxZ80R6K6HIDtWW+CZc+Go3gV3bUt1sPLmbjSSy8B43ytlis82fMY/ZfK7qrxtX0X1oxDdLhQiof5v3HBYVmoFVqbvcT14GnITqjAUeeoQqRHesqDJshL9t33fYvEzJHU8WNFuvxHQrYY28s6xo2Ozlbym3wXBrR4HdPS000lotGs6c104l99WShVl+Vl9JA8TZpQmbDAwFHv3RXPwQpeCEWdc1pfQS14o2mHgaPzQ4xSFhrdIj8Kvr6lNSN9Nc8QQNyqMHsZ4wZX2Vy2Butoexria5hvcavXCwLVZDrlOtyCs5pOG02LKTtm2hr/M5jy8fbZ7KGtsrHR8+xADj+Pw34GnXycKqKXB/wMrNOsPUsVuUPDRMLCCRF+bjssO2FwmSqC1TOwElwGSOV/W90OR2YKfanglNGM7KZvcXHFquV9wumcQbYNTyONphfhXtgI2Gt101CAe9XfD5QuGRWODUEWVd7irVgK1mzJkmu0V4v7jCXCBVzRV/XC10tn/8J2tV4tnM+X7boIsB5BMKdTrBPC6v2/ka7l13o7vEc0issRHd5R8VgXePL72/hPrcPyqkGDgNmhanOe9L7tIIeYmgoANIB5bbkSvljxkT4MUtk7X1qKCjyKVDzuxNiREsDaAq9x7HpalG3klI9YQzLCOnZAjeghyvhbmOo2D8Q4z3ST3dN4nHRzZoL9B+6GcSxSsDHt+ZQldp6OjtKSHQ4+l9wYsYVjuY3G7SQUPi2XnwvCn5aL9LZzV+pf4w5fpj1EsZ8QFYQQGh31a1opU89ICuazIy5fjDJGQ/wqHpk4ifBE8M56bhtjfWqI4Ch3Muj9W5tppcRBPS1OjkgeSl88aKK4dqEKkj7+OTCKv56c1mhtn7ZCno0z1YhpfQdWdkNI/ETlpB68vqPL8HUlDLfc/VCT1Q6Wj6q1YkTnmIJ/SMHi1AwBtOphk/BXd1enCiirYAYvR4DU0LyE+9ErKJgaWrb3+TS+HRFpSN/4Pp17n3RXaJ5ftGtisloP1eep5KetFlD3hzemIrUlrJ4jh4I2L5tBgpeRyoFZ41t3rjXnl+dMKYXpBdNmyx5MPsi7cCplRufGqScCHJnN4UrZP7kbLyqm5wdEWC/FjLcpEOHRpt7dUOw+na65xQecS91ZxoJ4oRJxN1wzmuh7Iv1VF3DIJgMz7LTPt+LThOlXdh4exFs6AV95z11RlF81i5CL5zV8QG5X/q4WKUF8KHHcrjFRduSgMNFKNmhejISakEmSr94OGLC1RXwqO7T5Y7wgjhcY5OisxVtFRogV11KMZQdsO//P3n8nKXNkucz3covsJbr2gRfBm4A3nYijCgKviAaY31WnKD1irtrzShVq1puBZRclfZtgaV+cIL3YRTUo00qqTfnmRp9kSACr3NRzECtylNPbiycdr3BZDlr42n4V72le/ABtMlxFmsSdqFHrm+4IK/168OvmHKVyDrPrQRit2obkF6Mx8yuiqwDpEmmLSLFeMiHCMMFt6xq6JAHiujZRZrmkWLW8BHmFccbU7D/aa2jtcg95Dn2ObPXfKBXaB8FRz5nX5V2/vpVWOHtkiqd+nOqRxXUBNIuBxSnFVbP3+Tp5w+Lpg8I1rcm0N6i+ecws9U6obPR5vWxdtRxO4kC/9Mggm2qD18aPEa4yt7+SdX2Xi+eAloTsi01ERF0QZMJLHAAUW+3fnhZPxaPHAP8d3O8dnJQxEpWXUJAz//vR/cEE6xTNrFRFVpOtOrPMXfUtDiL2OG1xrPGByMEfCOC6LLMOX5ip14PCwZyDWXW+iVYBYWKHlAsQtmdLRN5SO6c+UfSeXeDARNTVEellHTZU/ODcO50rtglbyUFIa4iAHLirVi5LJqmP+BIC91cUQOoOB4vrxtzEzGBAM9yfM4Y1UcAGhMnnfBl74wmcSTNBzvMqz3U6PO53y+YvlsYcMFqClvpEXVk/wqSRHhPs2IHRzUyb8ro21wJpBK6sjb0qE2dJjtjNjMsbayLQJTaWrdEhHG2RhxQYZfrAzXnCbK9X/bOIhszUEB/8OdxpTWoS5YhWErGWheAw+A1/oOOqrKxiZZJx1wy5/z02bPlSeiyfUtdgk78aD+1k4KK2inxM6N4B3o8OiGOrWNsnJcO7mJxg5x0dl2KHO1iwZJAQXgcxp0QWVwO+bi19bzeLlnONrCnt6tTv0nAzMq0E5c1GvsFGOytjjE8FrxO5D52/BCo8UEhwSd1ku1HMd89UBR9I/ukupSgTXt+kohlxVTL/3dJa1yLo8UYfd5pmbI69q0hndqaibZRefhggj4Y9mQSZTQbrf7/9pj/KM98g8Zvc2GsmlfczWQJexJ5jljdZAbSOLOfDr8K1vvK4D0Oup3hbD2f64V16Tu0y4YZjnTlTHJQ3uxRwELyeOiq0nitioSY7NVzOg+SKjPHVNtQyBpbyQwmqRMGq5OEj3r8srRH85D14TVKZ/gLxWOtgA0Hxns32Oo3PymSRUvJYyGAXEMDOQuZpsTf+OPBCWVoYWOY0xDh0TiD0ZmCqHEGZjFcvzMVaxBN3xlOt/tQKs4vy7n9XfVOpvXU9JNATWvt2ldcIUzd5a/y98FfzupTPyuqkYZVWzaT8JwSnuVcU29gN3HVpKop9EFtr+UMukCSb5fw8qgH0dBt6YQ+m1C3tNJPqAMtVh/aaXl0BhUidqbvUhi9hdGK5w9LKzczso3eI0Cj7ZZrvc9lN72AkROnEepuWgNAiZOIAUpJmFdj7lAButoJzz9UHXjXsx0rF5yxEVr1rTpbBdaiouuksz4YGh602q0/kg0YcVABNZHTWNAzHy3BznlqjAl2ngekrStwYg4XluP2ofe8jmn7k4Zyp522zaFF05rVPfO0Ncrbif/Dx07cIsSQ4ialhsU5wWQzqvCF0tfncJnkk26pI2+svsYm1nCTDlbo/izVwEfNZfXLoNO/Ls+gHkKEgVP8orvTfJwSNNFVNyRMHrUivHRPRfystfBKtEYcOUtotxE3cUrarozmaLtrQ20jtl60rcV6FmO6TqdmC1S6Xmdahk5MMk14trEWKhKJJuTJHBprpue7qkc1Xta3sz4CSPv9LhXX07elvHrzKzYMSlRmnYDBhvoKTl03bjDMPHDTWU2Mqb1tL4BmmjFpxu2EQ/r8Zwj5twFZPAtpwFTi8OGz77rrcHfSRlRSdIjUpJFWcR5Ug9UzV82FWZOuC11rChlbeumvfXM8oHSGs9QkmRjgKk1A/4qfcpbAuKDWC8LhsElRRpWmAZplAOph+Qapb6B+c1SnXrWQEYry/KLyLEZNt2Cdk4mXmigrBcnkJegpHXOttXYDeHHWmuqgYJoUhfuMyl0jmKGTLq6dkpO5lC6ed5rNhCxh4WOJaWtaheUDUHMMXXTGWWGc0QRTTiRbYfkTqPhI1a1hhhDBUZghGIivJx0m9cZIS/03fAclaLdTy42KDZwaEqgRLha85h9FARETJuUmsmDGLUSM60BvIFHpx2q/NXcEk/lVhXcUSfPx5Ksnnjpe8YuduhEaOUzhnpOAzF+jpO5/kRqf0gKlnwOoVsDE1nKRjun96sMDDab62ZZg5j0K1M/q4wxH5zEqRpVS5fjRzEsYvs6GaOfRbJr6cL4hZDBpk8D81d8plW7BEtutS5cXgl+yM/KdJnobakqiQYtcLlRZyFTQvSXUSGI3/BsAgq3A1wn6Eu2L41zJp9Mr65i7ZGMlvBmfdVzfq58Oo25nQqeD2UIiThxfSapFDATPlU3F7VcWQ1LePOAj4O7/8JStmpnXHBXRqielYiz9IAxVRBxPwWpqgJa6VKhMGpLMV9PWOJSlkLXTu56m8+BuJ5QJi64racnFlSAtVdNuswgN8VWCkoe77urKFmZkY9EXPSDOIiLfuTTd7/jl9Zv7TdczX2q+lAgybgIYkgYMjLkvmvDY7QG5Jp0nmLhRyHANG/nE1B2xanb18rajBSKvYhU4rPT1O+WFBCtfa3wVF63iGK2BFi2saKjLUvCuHqh0+iYKD7I7fVSC1e8AapmC9zOsYm7mPlSyH3mQL5cinfpRZuZaOk+hydMcm4rth+/OAwELVO1FOtJUd8hWZ1yeBybSMHJzMzYtp6EodTirDeU94I60PYTNwjax0mBwTvrwYCT3uY1COHUQrHFKi1ImcwqaynU5F08rGj+PYpw0G0oJ50UBMP3t9PIUTYBmj6KAu3QV5WGq6krIM05Lzk1kTPFmWqLPpTgUQ8wOuF+CmTss2+DFuZb5rVo1bmjYK8ok5YR3x+03fZP1LXWzi+rBkat+TJVLgMc3zHdN9qC/K1FB/dJU7FgA1IeZiEbmcIfmnEbH0LzUVBB//8TS8ODxeTdFOG7fjPoZS9hu5N+lBKRfBQOhyDZ8RpQ3KBpLoXiDGKk4IHmF0QuOV2jUPr1NmBcLaAsmnE9Lm44kD1NQLR+Wxz4TV74sDKMJc6fOujNYZu32YE3O0rfM2osxl3ZBnRXcC+58QpFKit2Fq+8f6vvFFsawGu8Hi42FwDLc58t10YA2sfluxNwOcwCLW41kxiDRIEc+lP1p3df0CLvDbYIyBQoTfggmigb5cHOmbXeFHWvoNITsSzMXroY+A3FwoG6Drq/Jujzry++9amzbZzdzWDIidjG15BWbVbQpqI9gaRuASManQ9d8/nqEsivLaV32pnM7NfuCgxqeASD8D01AdypP3BHg62HaqMIqAC/IOpOGjTiuNCrRFM5U9SUjD6ozJ8ic4mLxAwsjv0875J6+BVzBl5gyj9zp9TSdMPOtNOiTrFFrptwzaU3C+UkkNcDa1yflBTSq9Eosc7uVqB72ZOUSlEmlE4Bpyyyr1W1VsUKPDamqRpvmmLZzZ4njd2TSBINhiw5MvHgL51vSGcFa24K8jocdRowfbdB24QbyPjpb360VzAZRjCSOdEykivsaWogwNsw0oJho/zWGR829GVWAcUACLqvsv6PhOXqCbkdepOKOBm+a1BmcxyMw5QMb/t+KPm4xnsgFpHwEJ65cfhT9IgpHKchjR5FaTwmAn3ULOWtnMhSHG1qIDSpjCZgU9Iy46pq/V1rdkvtcle21Fq731lqh/C9TCZf5ae/33iA5RpantrzkNvlz0wPzbBqZCPaBLwf8r2BM5+ao9eqcyQAPL9gF7WpVpXstlCqE9+meTRcWYQYxX+NTS7U9/xduxnL9/vnSZYe0GUI9MouB42OMZKB5ryM3bawdtyXfMKBxwuiz+wF5h95pY73Cq1+F9t8Dvt2TTThq40uGAbrNfyU+8amvjNlbzQ44qVsP7IPOKei53836A+zerAcUTFuGNCG9RUcj/8WrTadh8VQ5ruFFexPOwwrIR4c8/kzpWjXT7htOqb/57T/Ws0SUvN4hiJW69dudCBPq32Deso11qP6vxmEbkmSUW3QTaxgWsRMtohP0UaH5MdDbr7VbqBaPOkwW9x7aCKm2ASc6AZOzSZwmNrUYuFkiiu06FEPBRAuQtrhKirXcSJ5CEOw1WSWumL7lsJSYJbZdKQdQGk97iTZhmd0KUAD4+Njh6MD8g5w/jEqDav80ujj2pTZD3B3B9tHV2VeUqIhrW1zFwZttJ0k6Q7+rQDX77xp1IOv3jNQYLWYvjiEik8yY8jD8Px0BXm+6nhvC/BgKRfcwXtsgR2IPboySrAdWy4HUjqrUjZ+ZvMzLkczqPAMUt5E2y+r/OIzFjvyS9FQ5g+US/xaIHKo7oerliCH9vmMh+X+0+ixr1UOSj5FQ/EV78wd9zAfwD1T5OcQ96YxW5fco/sd2tiLOwDH/CFIJLrcoTUxNw82g+1SIhCSmyGGeo816LU3gYxbSmW49vdbEkk/+BXgOs/3rWpZs2V7/NzSJwX6IuI14lJBxEoqPBXt0Tf72H4z5PkMY/lyXHC1ozSdiAli6QA7VRTMz56mC829BOLzfPAUtTr/RMq876QTDPMJfmixizU9CgpTAbf/QMnT/34VvxbhqjffoLW5WDQwHh+dhvJGBFlvdSH+K81aMJPRdXr4yQz2nvN3/0gTOkeN62hxHSV+PO+2+HKQoj9p8u/JtP9PoMY5pQRGjqvejAakOM/FdNvAG3Uf/wOXO/s9bQ2r9bxdrN/jt5AlcGwrd90qxhY8P4UocvMXfPEMj2Eq3N3BbWhfBnvD8j3TIRgwGCbMSc9NdfOqR4NDkfD1CmjYl0y4j5zZ8u+Gw5EZVLHTaZiaLJPR6nkflysn3aVT3SYg1qNkCUFjW6ZtNmPqWo1plgID3eTlUSj2sJwFPDsHScmZ49zopEYlR+bNnW4g4wS4ASOuV08lwux0gscDuVMfuC24710A/uVROp93650QVxyFX12EqGZUjBYc+qgqJYYOF79Nc87WyzC/q9+2jj+D8mXVQO0UhC3JFv8+ehQjymNPS5uS5hZeOOnpioFYtj8F0KKNujndJr/lleZhj/odtmP3yZf0z/D6szhHxyWRsYX2SqZjJ1ThBZj1XvSrAamIICTxwHBG67liCKNxdmy9PVHt94A8yh+FE6Ps5wEFtiQY21cQi1BteAS7lyBq8bIgTznbqxYE8xmD5ZiMyZ2oB+VNSKMHTsV8yNOHuczv1TSl8NQ60moO2Thr95E/zweQGOdgR8rsMST3gtfN/+NATSaWCIfL1rHExZEPe/OhhCu1UwkPiDtC8QqZBsFlMBChjZ3rOxHtzNTUUAILTVNtEQIVehqcRIfujr3cDlHQgUcxcREl3So1LetosS0NNN3vBAuwcq5A2swVSTGahrYChCzKQujC+Yi4KORf4rQhkaJFdfIJKDrxpEmIKKpraLZTYBEMmPFvfxdJLZC7n6hiq+tf3dQU++PtyFafm9WhsY7T5/cTTR4TVvCG64AZsrjZ+R0EVmtp+5TtnYwG/G1lfsqi3E7v5WIU000reQDcbWFo20Bo/n5ZECM/OsCEvNo+5GUZHBmHicPnWPB86srhhFnMGVoai4x9/Wmfs6nrMmBkQJqJP14+XIAiZSBp/mpheR+WOdnltzykhbGWPvyI6vkUvNWF9ttBxW72+1WmTik7znNimwAxVuzJx97Cx1+fjBEImLv6Ur0nz6jo+R12TnTyXPrXtjq7U86J8ZUAJkybDTMGZ5adjs5Nb1CCzUv/IbXRpvTgkW1Iejb+ftYnQMq06LwosStQxbDDNUW48EJzRz9cINpSThOl/1nk1hBoQ/pmQB0TCeU3pTlpWl7lX70GieRQpQAQSoWJcM75pk7V4BPPfGbr0n/5C5C85a7RWq/Y8U780dckKP7tCeAL2eTwy4WjX129/iB7LTu0pXztdeyjbZH84lHdFHIGd6KW9mkCl7BP4YX1hgPQsAKat9JMbVihnyd+Gzgykr+HjARD8v57KDIywnCBxUCTIW01ueKlESv0MtWZR9A6AfaNveLuzIkCewOvvX7cEU99Rtx6mlycYpzM+ITf7x779AuqH4kkhXryBvaElu4JkXY+sEwVkUCrDkDvZN9EwMAeMKkQ8JiwpYufrJWZtn1EMdctGktwFdVomTspRBcgxx1k3Fg3xhfy3Dmlmal8UMpeUdRCBfoalPoOXujv3qeuqO2eNOI2vvxMa6WTJk6kl9kXeW/f7LDeIpcrn+5NU9G7CsAnnncZC6nN42fToHPJMTEC2MMBaGabCUbze82BaRbutgWpcxsOE1OW60wB8HoGb4x6HgV6aiWH0X0IJwz0Ysqwuw/kWiAv5iakZ3l2w6hzpDbbfuYhhfF7kYeqxwPI7+SeN3pmvs541V1KUkYUJTpSROeAimzmXBfm/mqIbzB51VDtTOh9eGecQBhjdxBJ9tU6oL6jvvaEK2rwwlekqJXePNOYDTU42X3M4gsz4QjdLFAxqxOSfpNeYkMV+L6cViW4lXHP18wV7HQFqe2EuPkOtqbJd1l501p2e4Vs1qiHeZOpa+/CPcBSJOWH3EbhiK002u/Jib0vm7tmwUEV8V5VAEUIsv5giRB5rii+Zjp3LoZS65rj/ih/vrkts/qF6//S7Z48PNYv6aACejreDxAHv/QoR2NN0eMSTR+Yl3oyxlyzVqBh3pJnwyCmoz068cWWlFukunF/WFbWSIqd/Gfsvg1xqoT1QKUKSo8ADTZCWmPyw9nhF9hGkWP2FnNfXHyvMJ7vU/YRf+hHzhw2PRsyYbiyB24JSXw5XvlEULRKaqyIX5bXJFBHDg9BvESiAqdjG8c9jneXo27U5hYoiSVQsDIVXbzOzXRDWNR+8GNHl2sZ/9Uh5sYVEYzm49Dg9A0MzaUYTtspNgjPH7TVpfvozqax428jgbiHRzSI/qD5rgQA4UV4q3iStsfHk228Smutzzp8kE+wwlXX7tDmk12DLneaAn0WzfYpR3RtSdhS5UiZEyN7R+S1a8giZLcuYwO1hTAhx5pwDU4OjE0aYLHKoYs3RVA+YSKfqlBlI159VHw+NWFEbH0YdRC5xBSZrLE+d4ylKY6seXb9r1+jh1O1huft/epmJD351ZpmMOCZH+hYmNCV6gvZeJsgeuMtPiZz15/CcAHmfjHm/tk39/hWfH6bXUY8pJMK9GY8pwkcUt7FKtJ0lTpwUHlfYqCIxQ+piAGIeehtLNx0hHOUd+bjLp0rlQBSGv8LueSfM0R43P6Y/1bOwVlMu8KdL+5kxY/4Xk1YYMTfN2ABLcvHgj8NwaiMgRZqFWEGndvRQq9CNnE5+yBN6ZiRmwEJ63JE8YYThsLdh6iRUXtqeOi4a4GzlfqFIKDxC+u4DC7NEmJXzSNFsjb05uJgGutsnU0GsttyXcq3ZJeKRYhJ01MVe8nu+IfrcTXrHaO2dDogXrgp9TfgZoXiuUJRXBZvmejXLjqtAepIrz/LUJBZaU4ecYEKy3k7370tDCoQ5cV9PZUhjovP3TNkROLv+Y3qarqEDX859vR8udK1ZU2i0t7JsL4PAdZFc6tYyyNIhdLOnW8VTJjKS9SdlTC1gNDZqG0I2tmuTTy5OGSB+UT+VSyLqPuiOiUoK66iJu2qCUNys5UACrmyiwrCKeOL51OLRZl7o6005ywtMNF/nPj7EliASQW3s51so0JiaRqVKOja4vKeomPy0pfg2JBwzL/j9kuLQe0HfLA8qJKM6MKDWp91PIu3tsC1gJ/JeNuNt7bUt1F21HpUDBE9gBKwT2crWNdaSxyz2cYYe8z4yCkZosqnnw/Pboisg4wv39wboGMSxTe/prTjisEBQnR/67cwOQa6aFNGiAVQXwFbpqCicobcRcny3sVcl0RJagimpmhrJAJmzKlhrnQNS9jxUwW7bttBM9ix9EpM4UfbWLF5niyY8zx97L9Dc/WRBE3/rl+xuERVnJ+Fj5qQTBsZp3puKVilOg740IzgCTIUlyCFWB2axRI0QdxeuKC8A/JOJwLttxSzlHJ6nyTb4muW9mQopOhCMZJhcmJn7hbjMNGzEagt8WA6NqKHvst2D15mropfNNAAMomE3eCfpM4k4aUU1jhdcFTfXoGTnLqVcVeoxNsecuBPYppbOvJ8ugDirugyS3x+t51H+JhVKwQSrNiWtLTayKBajzATAwbCGcfeBxaDMUtWQlUgJj3uNtKJbjAr6suMG+8vyBm/dwTWHgWupLU0WNuN11R5ycN66M9Ob9pToKuW7JMR1Rp/x9qhaU8zwEv4QPHy47DB2QkNv3StuboKVjV7dz12S/y1PypqUxNwmiTUeb6MJ4QAOK94MZy09B133HGa31rqS2x0NYFV35mz8sdYWASGCISs3lZmq0rRqChlf0cQSxdjobJDhbzWG6JGB9YVBqHL4J6z0B8c5AHRs5RWXWjbGsmtekSSk0B7xPlLGTk30P6B5+Yr4MNL4JRdQckmpxf/X+pZAud2uf7OIWHcPg/sWGPxNtuW3Wv1UuJvyCt1I77lO3/r3qiEahyzWPRTBIz32CFrClfPBiTgFWqJeg9TVtCcUB7li2VM+pY8N6r5C++6Sq/VY7cmYctlDvpN0v+3iQYvh+tRu0gwoHNRGVNEK/UloZ6erJzchhO2zqyq8wHKgNbAHho9vWOKOupj17kit14TTxqHRBO7MiSZkFMU52NqwmgE333PRemABlnG1DMHlakRQVKeBeFsStaKqXdq+zjrJWk5pLxPbCEhQdP0SB3OXZPsSGeKEQ3MyQihORC2apCmsd1qrd5SrCedsNzV+V5xNEsT/9bv1UsOeFEyfNftoC9Weu5tYT4d3Wphjf7qvWKEs8CM4mpNjFonC6WeFlCTeA6dSJM0vDkbhOCkdhYAxOsZKwC4HGzi7LgCljon13WhVGMJvma1Vug3EU6VMJKGiZeABWF/PYivOKEm4uWQMxPVNPR+BkU6+QJQQIAjt/K2piMoGBD8Ou8CxJK5DEgubYSxAFLC1Lz3s7GyRQ2UsgBakj4KN7FyyaMxGDRtLBiYtcq9aZmTag/tkLsvrV/e0LtXTBx3Pq+BU/+pfYljTcB2enTUx86lsX/DA9h8DGHsm+pxKkn0JI/aKvsnpmbKwCitWypFc0hZfgGBUfSVzSRpGu1y3awS6d1GrP0Zr4Bjp7Sm1dVbvblYedI9hMn/ax8DbtuONbHWq+oYT666k4+ccV6MuCAOPjrdHEXoxNn71fSgk0CQ8l6fniuRjKDa4NR/fLhbpxqTS5JOq5B1AhQHOAOO2VM0XyjIVwvgYnO/9Xvj5OYTqWfFOYL0oYDovXe01zTC0EWVI9L2YSZagey+3rzwDDcACWmuUBqymPQdX2dPhqOwFlaT9KnZFd3FubZSLS0h51bUaS7NNClaTRmAFqRt2vDtOdlqqNpe1KeB+2qKByOKIY0aA5yzUa11MP0o7h2BgLpv9vXgWN6vRtVCMxGFvRUB/DUt9wc13PRyNNKs5zY3G9fux+mrU3VB0q2zsOIwGvstB1yMyFGQpDlZK5bnH8GxVgGPe0+2efUbTDaSRysZ9Yh9lm3IKpC9CxxTZaoHgXcV65Op2eZnjv+IX6cZ4latfwplhloDLGYyxRZgDgaHxD1TXJaFpopbdCPwAh01VwfONoANTcgbNo4bGdguNGynNzx0fImfImD/hGCSQb5O9embyDWUsnHHmcGWZvvnrAxQPM6ttO3KIra86LB4XxaGjmMrRdTsa9zAOnCMwDF2kkxJ061VxaJJiLy1S6ujNYNvLYY7qg6kXkcHJEj40ICgMijjoY6Ygf9jqIqFLl8IuZFQ9v9X9sctleXjehj8MKHw/zKX8kepCDBWvlchyCGHBMsVpgBA6ZAJABl7O4j4GRF+TdrtX28SFn+5JQcxgVtBL5xSDftCGP/mnxrGNn0l4ZrAVZrH8p1AOcyq+kcQpFCDW+enu6Jiu+XslutCkovDLYR8CO8IdBLNBl84RSIQAhepy7devq/a784p5wFwnTc6B5YciyXd+W733KIWraGaRhfCeE/gL7DrOBTnQIR2hHOkgj0svbPQENzoLM8ZCTdy3dAYZyMWtc/9h3p1lYl+W0FSdfjJI/I35B5ZTgqAUZM3u+A7Db27rLfaxGXFm4itFd0MY4M0fwwlyBut49p8l9PZwtw5u9vau0y2GIlzcf+9WpL4YPx+1BPb5V0q+NdchoMAU6ISFXnxlooxDaSt0GR5D1u/xho8Tdv8ovoq2DxaRiEJLCX3Mi8WOZvE6es9XVBrErug80kVsdFNJJDxpAJL5DJA0fiKajVtrUuxKzJh3qC28k6jxVkiJukKgOGI+Bq2soRYUZNUAHT7L5StKVwAy0ARtgCWiLpr4UFaJbK4ZR01t8kxnX3cGez0ehwsApzZ/aInu0z/NINk4Z808NeQ7NsmpafqsW2frMw2xvp3vLh45Q+3IN5729PmPF24q7aJvWZmxxgPiub51JScjfVavJ4aeiszVyikqf6lJCZaFUStGFqAymrX3lmMrDIdkd/HbXewn76gbT3SRPRKXcq92gI4/+oUgYgogcHH10Ql143V7lXygT8xDpRUMFuv1iy7EbJDBJukTIt91MF0hxAI8HTVY4sfM6rUG3wIcAI3PbUC0YGdHRMlT2URkbijiHghy+yMxdvvPl8YLOpjJ1Abzd+ePYShna/aFSlOfzZ/dgCQRBqmQZt2N+NG0nNrzeTVu2aJT4rh3fb1oI+Ahp3QYi+wxVVNhchGUG9azyZ8DaGTt66epiV1I/p231hSAy9eU/o+a7mzK9qeROvueRU3LOmddXZYVuIPMuSRLj08G16qnC5m0ptPXkXG2V5KK/pJgDMt1T19rhuQhtUrYXAZzW6manuLHohvaLirDMmJNtMDKmFrDSPgzfA0W41JnXacr9dc5SrtCwI5BYWE6SymfuISp+9U+rZ+vHBMNQZNDOVwNsZPaFQlM6v+750l1OVieraIdLgjMSqUMgJMH12oldg+DHl/mVtfvtaXcwdk5CNQxAY8PHOlnZ1u1mNbJbyqiAY7MszhISJv5I0WFb5F9mvb7fKSxGfHTT/tuEPbDL2ZktJHyomhPBasvEymkOE3UPZ9ldgJ6QsnOI1CHFjc/Zrms1H1WmjbVbTZFV9jrNjQBx6jHoMfeIx7DH7gEbMTYMVazH+2sBzMZLKMmg1Af3GO53WdogUnunabxt4aF0hUmjsxlhXmNknhIqr1a16GeR7uGKGdzoqp+mJeli/oCUBpo+qgVXgek6j9sCu+WBHMVbONUqFFjb+r7bJf46rUNT3vlzrKWVv0AdTKBJRZVFjRj4t2KGaSnMFIf68721mtN+drfpXOKaa/y44zjZgIMOhDsoG3CNKuVKoI5MarVhnYNjHxfMRg52R4XWW4WW0xxA8iIqJt8Srjm2pv144hLfSf3VkKtpeHbiXDFyfSq52nZ6XCEQjOHAY8gud0aFLgzJEVsLN9zpElcbpd2pxNadQCCkBkySyK4K4UdKODms5hpxez9XNLHGtl3FD0uWcCoLcXDfl+TnrE5qXqHdth5tZE0/vgaNuEyRfAxvfqAVbhKgY3gchaN0YqJ62t4+d8fZg/CUsSyqW4xPDQeIiq+xgd4QJHxbKaPDroI9qzI1wP0wQHP596dYq6cZ3QASKRwmfr0BQX65U/jjyznmTocNQLucWskkTJYvS4tEeaUxyRP/wB01VQK0XIIYlniCOfHmXAriIQS3msQOUOyoA9D2EEA+QbjnOvauu+1a7STAtQYK9sZ3MAlGyYzWhTULnLJ14wDN45n0snJX7Kjv0uLFWlyarabasqXpNMCLDZs5Bo24zO/xR1QIO82UUtGcfdK43TvaJvdod+XPNBAW04h7rCb/+prbTWRISNCUP6bOv1PkMSlVty4A/STe7RQ+/NA+rK7LUXuFFPfZdXE9D781rtrRdP/Zz3DsHtpzZG4ldnvYB5cUttJIrM4qZy80NuWj46swcbXr1ZrgdpP5d36D1a+9E2NYtdd5EnhntlYZKGWDhBX/AAh+9EGQ2Af4wvEk5qrw+Ps5NnC3xARyqg3v6Bno/ENgHExkM/tofzwMN8aCKNjQc9RjnAfrYaPzTtB3fnCXIiqU3Q8lq1py3PXuGWDc2WgH4yIJQ/mRZmIhvsPms1dVCxgKeed1W39VkoyD+he8Va/zdSnb8N4vzfcc9HWyXc3a3Dxe2o/objjMrqPTq5cv7svYGTnr6zCZIPcYlX4/bApGARu+ziubyPpyiqdiix7l7XnAAsmD4sJSZryyQ/yFyeAe/2uWi+37o9DLFnbSXS+zjN9gFqheoC8wf5OjLrJORdSrktDUE3ZwUjyAGwzD3WeB/A8EMxP7H1qVDP6D+tOB9US1cbda0T8lHEV6kJE478MD2CjEKVqC3MxwDFNtnLruoBzYcVoSJ95xL/Is5Oo1w71Wzh9bMxwnv0EdbCDW3Q8PYYvTR2hmkyGUVDCVr/tleZzFUWbu9L62qjWIrQp007PW8mZcxSvltEovgTHIWx3qRHFmOxlYiVffNi46WbeUPkiM4HnsSz+Aq0Jp15Oi+RdORCIn6in0CckXr+1L+l2kSrsupAwcCXZvBZNsR6xaryl2xF1u5ppWzvgtnghwQxRwH6w/qAd8hEh0aFbtcpzYn6F3gCt711GE/HDLdxzl6kuQgxjE5ostQ2Jm8tHn1EgxS70o/cY5YdmJPnhQKHpeheEbbpihZHa4i93obVwh8V4uU/IRGak5cDSJolzgnouNfsOvOrHMKNf24QOz/bD+KY+dWeFNKN2/7NdxPAAUEOwu7bU2Y/Yb/jmib84ZHnskSc9XbNVf9ZpzDJV510rigLc+xjlQkBXRwHj1rJ12zzmzpBYx1f6dNr9luDdX92NIt38sMaDdx7uvGsiy26N7MhPI8HIUOzpCYJ7eBRhZDnQbOypMQv9vu4twoZRjLH5Ys76ABqjdd+BSLYCWDh1drLdIrazRgqQHXD3F9zytmDicFjfJBxB7evmGus/NT9Lqo0Y+/QLM1KLrL0q9aqrz7zg1yRS814CTTGw7PQbe3oS3WYqr+9w5fs9ijzyfOCaDN7zrligtlxAdGdwsiV543ZigGNfIoKr4OMPxyBN7jUXNbOb0n4TXV1rwPscTSQFphOsYnv7XWfC2J2+bnOiWrZw8Jb9B0LixLHOqJI+Ew0oDizBjDXTVKExZlembNQr60yGaq7ARgBGL71+wRj1R1lb2jNTEmfGJYjo9+zYrLOLTO0O5WBDRtSAadcB926KM+DHaatvMZ39rnyLZM8lT54SOLdP8tVwPI31G6Nyb7RJwuj/9P7vIgyj6drDReZLP0iLUGvF/n3nIXKf5a1sSZsssv6THZ5kf0DD2kehvN5kyz4V/bX06z+b2B3+t/+7tT8CSQbPN6/ijffqMtUGMJGNQoY6f0vkwExqfRtqCSpgsSXkDXTACVGxIFkgbxVgXBoaQYt9+Fg8wyZgSD8EJoEFJACtbT84QQrgcX/Rr1P19yRDXNBTS8ppIFXozGXNoiGTTKKf/M6nQ7NulZJaXWrkriHtYl7QAPLRIY7hVVQjVvDfQ96bHwWo/Eu9oZXSzWI+QnHuSU1JZyBts4wz3DHPj+pqOMb/hPBaomGyq8T7P4hCYekL8w+xRfk6OeTDspfGxk1Jmv1PnPXTsvw7NYlJUGxveJUNIl++ERv/VJ+31yW3D8tX6yE1hozcYNRm2Di5qUoHA7bRzbgsspt8aRcpOx6LICfdL5V8GSkucBE/LhixDHCipqusDCh/l9veTEYPhA00bQoFd5gtL6/dH1wE70vW4otT+N6RmRyjmEXCJjJvMA681k8k3ICgzeoHWliCHl8S/Csau1rTjs6F4eojT2nyYL13lcB3pSnwpVcG95JoAAznrWprb/S/v1m5p8rRG8HEH1hTk4TxhfRn9yE3hrg9d2rsodF/Gs+ieq9TXsbjM38sS1ok6RPnqk1Y2j3oXhgEj74ninl+obYaYi5GJr+3LDowaN7Kmax4nVt11IvrmBR4QcwcTplLU4sHTNoZWR7G2ylsveE/6S7RhdTQ89vOxGYe+KYm9kWafUYZobEsut9Ci6BOTG/wiJhHMAb7j9/3WPOu7ovLSDPeJK5r2xqA2YD12Dh6UBlnXFZ/9i1ZBwqBmRXoL3gAmTuN85b7Qh3X/hrvUVIwYI9lzojee5qeWN/v9NpNLZiLzb6U/WVCiJ/MISDnymK4aH+ngzY8P9AcbVjk9s2wHgcAVLm51yKnUdXl1t7pudfb02J6FqcLKQwH1ognxtv/Btlc/8dnAaNozXOTVNZQoL71t1Va1+NhvxEWoDwZ/S1EKi/sxbZKAqoaPwqidMn7/sMiSnZ7BPxcdCwGr5fQU5d2LQkHmIYr76StpDoNIBXs2IVzaQ1L5+HZYTMv/GI6dU/b5YntgzAb5/xclulKEe5OO4dltB3tYgJm4jz6Z6EVU8tGKqZ/6ZyaOlXb7+D9nBvpuSF8z2TDko1iVHFqCeNzy+8e3KxwPXkgpWVzHAUJSwz0IOpkTC9NGdsrfOPoZULbiaXa0yWX/1IVmevhsujw3VOCtMn7ST53LL9Q8LyUWocdZL+XSwoq+n9xclP4H8J5ndesnsgY3hMhFlPBxxBFkwc30rRRhNkeqVXIMsnMoCX7olGI86QwnPUqm19jfXBE53OTYyJFPK8ElNp5Lks31A4U/d8RopXC3r84XP0Kpx+32w+6ssHGoTn1l/vuO6UIT7Y1mkxXAB7GsqW7TTKeeHi4b5ExDqEkHs6Dh7LNgoMbP3/V13n+PIZYjlr2+Pb42+AMlOWsWr66Q7U5UXzbx6IuZwu2nvz0J0OcLD5hlxmFsaQeCFw9lALg2SFf+YThSpTkWa7bGldqUBgeusEEvlawv/AO4ml99Xak5wHEC2VV1CvsXmFOj74+uf4cRkfZuDux6V0MfwzuT8Vo1jpeyP28uoe8qtPDhIXi3Cz2l49SeA3GnPlcrHy3GUlwMDP82aWCf7MbOVKiisfXAy3rU13VnV8F+mMIQrUrlqJLo49Q7AcfwywBg8IPfQTlApCQg0yxkW3x7OsNxzVkPaeMWXIy+vEZQpms7q85iZ3XrldJ4D8XAQihLUQqVQ7F4d2ylYPt0YpdceqoXF5mOXiufXf4SzDVq8HE6DtU68ur5n0Yc3lQDlEK9D3bX9adh2YoIGL3577juDc45lbyHqO/pjtdWi6qXM6VnXe9qS6Cpai267mL7ObWqlWWI1HC8MasfHB4NobR4yDY1+vbuLqcCmCKk30Z19t6/VVtBYe6ei81vz2VXEVb2KaorWFBlkW4/4YqsmCBgHaAwzNMD1CnkH+LY1wwFvarqiltK/i2sA91yPPe/K1njRfOMIeNSVL1sQqE6dbf+iHaS+qrL1CsgxeA3+lOvAKc7UD24Pph9aL3Zv2P34sChUHWRRjvpXH1ICqTDzerNsHkgDf7Kz7frYAorVlODMvt6xvKoLG3fTgD8ip1Lcf8gWkmDSGDaRvC4AlSm6COsP9WTmtlqqCaDoXWQips0/9LRAjuD/OZshKib+colom7cMgRCdXoLXIVXMVfS1kJRc2rcdJpe+6xhnIy0ZUAPvSZ5a61mJc3FLKt1eIJwHu7oQ9M+KAtpGmNQFs93nIypX6OYTUTGdo8/0esrmQXYuC6hLbDxTwVku1TSXvTSWAAdsgxDjRYkHohi+hsdtTweBoaL1G+GjnrmS+5BB8pPnCNHw+zkwLC03Yd4EtPvQ5VBTZ1tagV3cEYbsgbnRbKVQkujPT0UG0ar870om3TUj8CHoO7kLLnU4/oNZ5lOdl+9TsReEOlgg2BkGECHCVp1zJ0PXGD6F9JtuVRp70lnM+iNCsKwPLs/P3A7V4MltTqXWhdUCrH4h4WmVpmowTHEb0N83t0aSsrHDBveNAk4MAgzUhE3IOyHE48OQA2Ybgk++zT3QdTj2kC12JPyNRjOUnPVzFF4MEOQU8eTX55Ti+OI8qlmZDYuEYtXulwfaCukQ4cauk0FEyJ5tHe/ZKbDvZ1tnhg0vbfR5h2njfoBVfZLQ2uQZJeSTjk7bMUuQRn+Xd+atuTSYv9A3gbXekQlEpIQGeVtE+cFM9mBL3ehN/D8rZYB0wdVsPx1a1BdQIe8Z4ZZ1NkP3R0wTBr0D4o+7sFTJPaj/eP4sAg06bUVDx7moFlIzVcXCgSwSR4yNmuL64oZjwIXrmIzcTNJtPEUuEaSsvddaMWS7dO2lAfvWuPdSdFXKvOjaxTNBXW67n9IgPorL0r62XIoX/qEteMoHRv9QbFs/aTHSgC7wEC3uQxU9c7Fb7SxphYXK5yy1z+bgjv5zpSGzH/u/G93/opeeZo61VGSQAUhUVnF/VU37KR5qcZZ05m6prI2H349Hy+xMmB9DjuvstavALHr7xor7OhnX4pldJ6Y0Nb8iqmN8Qs7JdC7+9kjFupYJf/QuZsndBXuAe0dz8tOuAcgZIK/EkofzAY0ZEH9AG0HvkkXLYFPQMXnvMBC3cQxTeSu82Qeuye+PiDYnSJvYCMbOl7rpn3djvthJovZOzyNtpWzKI9m+QZMSNr3NijI2o64bbXa158E081G1CTWKpdLcB20e3w2FIkiajoxni+MunPjsbAgBPBQ30lckcz3vh/9RmdDXW1SG+2HvWdtmpxs8X6wM1ctDcxTS4q9ZRqIpZFpcAnG5U8wFLqH7e7yiUKklUrAYCIANz8p3fmt36l5b4hJHCbfHV+OkxCf7BM7PWcnur2eUb18bfktHnOK0/g0VwqtXxRl37HeGtbKMoYK62o0EjdAf6KskaXiy+d+69CrZT/cbe+TngjgbU4TzYN1p6O8jCDL9sIpw79k7+BAlVjtko+hsDKO5uItC25GZyQ81JiyuakjI3naA2EX4ZWACvbv/yeWLHFG4PQjxnafJyCKUbt5yx1dTQTFasG1bALtbul/hKj1dKoFy0FLnDbC8tTL6Pqwjo6haWjGIySiyZngcxaNYPX7B9rkARNRzl8KalZBjhJ74O0hal1OD4aZU0qkYvB3w7kvpt7bw8I8UuAjskQsOyonWmLA5+cAmP9kvKl1gMXQWAlbWUuuwFK9YFkPjcBPnqYLf64i/993ifGsQzhmmbX4GEd44yNY4qXFv/LNgarK4fBlz4qQwM2uAB2b5p2xc8Lp3MAarG5DcAO+6mRgqVb/RHGWxRZXemRlgoU7z5ytt6ST0/RZJe/EyozznPeFIj9BxGuH42wvTadowiigcPBXqfzrd1OxFDKf6LjyJq/iAnUM6v/5OAzexFec6lPqco0ImKwn405XzKaf6dnNUlLFeZZEMIzLHqU4GM54nN5W1uPNG5/rTlwLJOkKcsp7/yFOaIDWb5enBt2jzVOV3dnyPkmKUzX75Tt8Jx+M2nUzeQVh2YzcCIjSIDyjTszr+dBxqmsv/mwQFk0Gi5wSoDIuaM7ZxdGw10LMV28EVsP4AbfUrKD5D0ztGYfi4mEb8wg18+bR63rqAYcSHq4Vz/0nVrCpDEMfc73let7aaiMwe1zrcdQCd/xkNwm20GsLKDGiZbr2CDyW1kQP/sRP5FWsHRQe2PRfNhH5rIkR66SGZqoDmPQZ/bQBb2GP/tHPw4aOIL1Ss1JH2SHKIUfLzOfPLLWsOPrhYx1+M5DtHvVMf0Q+YJm/dfLL3HcAyGtz319ux6fPnCBEivTT2D1F4Vx9gM5dYD20Ty2FT1LSBS1Vcvvaj1+NDLv0p060t7YMVJYdAOSI0HoP1TCQiBSs9naA/zUwpU+8H1r7rrn/+5U/6PIUZqVs9qA9YWzXbbdrO7SViWRP+490ZCwu+PsPB+zWkNB+U/X5Q+mf2kPpm4Y1TskLn97AoDbS02zSxKH3rxg+gli9H/Y3ikfL5JsqbgmC4FmkWedEl2aS55AYHduhYIAlC/ES6+pUbmr/g90EyHm+k5NxMrdNYUHTmK79EquBs0dbJ601NfPVUsilV3BNm6c97U9P7kzfQ2er7MFCM58xvTGdbhkXCyRULolaapBU7SKTjgaWTZXzecgrikM1iXiaIBB2u/F21t9HjX15KArRe+ndWCkB0SI5lauMSiwpTgN2hiJ1ilxWA0NT7pg2Vz9Uh9nz4eOKJyy/b0AQ08E3a4+n8Tq/WDqMIf9SPjKuh1lf+EVfirpml475yzlr3IRUPeyJr8D4JQXS9MtcjADxXah5DbbpMljYAzfrV/nu1Bsnzlv68uHDKqRIdq6YrhZ81tkG6JbSqWCH7ii/q5Uw0voFyWGb1JKRK1Jqqz6vi49MJ3BpZn+aK0PNNMF2ThNdKRl4caZAL86jAIBciThFQAb8N1Hj4gDN1RqPQGfsC9KvL5Ofx98CGASsBx3AvYvQg70d/yzx/qgo+6DoCEwI908IVcXhmKY9YQ+KPNYwLmuNGyQqE39vwEVnB+YQXCvB44u6Vyvub7Ixk/Ozz844EjxvcQTXfEFvleotF4KLp2EI1G4OD2Dc2c3bXQX3c3L+UEXeKR70RkKMV4npKklfxdeBxTmgaPrkcQO9zBXdtASQ09mdSUlJ2MpwMUE7S5XwgD5aG/iKVrQeamfaCJHiSPEi7jdY4chh9v5Sd/wjR+GkgrwA9LpgE8yScYIGKqmBzsfoaA0aAqcwPJ9P9yvdVsoDKraR50F66n4zcQA56TOKFmIrNiN0xzTKlYPVjUPa7uZ8UPxhP+oRN6IJ58TpuxXS74CM9BZK3/gHP74Y3Y/j80diOOI4L3QxD4QVaJRD2QAyYsdU0ofIcQwfIkN2bgBZj9stnLpnCcjxsiTSz7LY624Bzb8a+LQegzXfA7viwrzhSx1qYvMcHDFWShaq1SNyK0XwHZMiL3I3wzgQdU6lV7eytZLFpaGlhD0bXTVY/BqWBgBKEP/cLEoaaY+7ZgTeVDhd6/sRpjUmwj6TeZDEGAIcX6L1+sDLG4Cr3oZE5ilCLHO76d+IibCHiTwURCfCXGPhc8qGKk4iLwFqJNHiGYNPWe7+EoS69uvbMiYx5cpJDVew+BQsGQ4c2SiE7g6PixoPWaBjdc6cKk43gQIddsgJB4qQOKTLg6HUQjkN3Rq9z3H5Od19qizi0rPPQmIFtkVyhsU+9gRV2hZDC+8M0r6GqilTnhrfyKTNW16gp87DYHysC7vHri61ljVdm6vMpr4AJ8vh5Mek4d6Q0arUU80dNspFr9FdzaOeB/TnYCMLFIzEpF+GWYd46xiZPj52beEw0ipwY9swOvGnVyDsfpuSSPFvtntLDyHnFrJpbXEeP0z8nNoaHmAJA4AtSCixLGD6knltVPot6JCrws95VB8Z116/ugXUYkwUijiz9KnfGCzbdXqgDGKrbUmgBVsQCPaNSyNi1/t3KZlQQbN3zbWNZJnQNpPhBhDR6UmZCiPcrDGhGyaul6jobpmN+nIa4zy0VLen3uak1OxFqSw1PdWrbjvAS9OoxuKag3t51+vlwx4ZLpmme1kBR+XpikIMwPp1wmQ+XkBYYpLXy5usadPdIQYj6wmjyrA0JYKCmv1Th8Z28KHjdZGwHMSY6fvdCpkgKKAF9KN6ksTkhWWbUA0oIwRad0ySoEmD91bxU5cZL+JtoTmKu0wZ5abrFVZXGFLnldoyU4/YX6PBKMDfPl1RW2HmWdpPgOscI31WDaTCSfv98v10+oHc81m2Oj9flOhPuGIbwfsuKMboA55OVaTYgT4pob43VpKXoeQ7z80xE8cvaqcfNgt/glhEk4Keag/U30OK3l6fe7Hsxzm9i7qEGp1h1SmKfSv6KmfDZe93ZQcPC+LYdd5yxUFUKW3k+2YiyYh3jnHtFKY8Q9KLYVbn8M+fQM/whH1Rlv2YVb3Z8OHqZ8mIaSLK8chV2zxQYX1i8G/G3cPy6dmUzIu1WjVnqFRXBF79tTHphElW3ZFgza0jMd62dwVc2fAPZs7xBu1++MReT/qyYaJQFF+TxVYPENIxzyTu7dTLEPhlEuR5O3LQNTkCvSFfsdYFB3q8MiSk4oYEbKvnkRFvc/XO+mTC65d46req685F2Z+k++DAmJXVibXOWPLyfbrgFG5f8z/8wCNWU4zDUfZYcykQ33a9wviG6NgS/wuQ8pjZDPMXWexUIIAZ6tes+eBJ/dU0jmJpe97bc2bZu7hPJPWWwGly0YjENHWgnlX0JJDRplpovOFXXbw8QYdO/1eciqsMgedYC27vxfCIH5e9Td9DAPv9SBstxaFRj+JAi4EwsxeI4n/9TYCz/VKCKMjvC1Q+OND9T8PKShKM3QNqj2Lo4YSK91UMHYD6TmblzSsqLqai1Csdev27xdIOAoy9RcqPOEaH3UOLgchoov55KPtUsWZgKOHuKtX+JNezub67y/kH/96mmfBTfPwJsTjyTVfyknGHl1QJSSOCuhTXYLDnv00St2K15+ceqMqCbPf8vtQl/y8seinV5Z/CKl96es4jAthIYHamMCVFrPWCf1chU9DMTRvzZWOZmONRrVk3/qyt/givChmYjI+b6oeIpjtMkT2Ntdb15EGOLJz+mKDUy0quPpGtBsRR5gX4LabfaigEQrqDcgiaU6tnbVc+YAmi5dYpMDcPgg/od/D5UoaeC82CrmgulVqnA7wzZeyKZ4E1O5YSJYm8LNN/SA76uq+C/gkHmOvNumgrzFTsd+6n6Y9Q0Kj+b1yN6i7/+qTEDEdim9xMC5Iem6QZHwHnxaUdDjxF8DcQzvJKpP6w4hwsq9QadGMaQCJwh9jPaJGMjxVUlAM3p03NW+4kJnNhOjPp7shpueHoKp94bxvPTRzANDatgvL2y7UqjYN4Ddo5GpgpGR+C/amdIYbSiYzERdQPq+tHn39zBRhg6nnT+N53gIzQG/JQRtjoibzAZHanAvG5pGHSnNIqOmABUv2D7/0e2vZdcn/9RoQy/L0JrpoN94YCw5goKU0Zcc3DS2QGgaSL8GIK+Ta2B7h7+HJM8UWRY15D/Toe/eH1pPIZYRBavYwYDW16jhUT6A97xQ56eDwpywkcNz9FCxlsPZyOCEZ2/zV3bR+ODYTnCV6d2INCdqczcC5e2kWDVuc6/6ERfWPj5OjTfS02FgMVvr4ITTcC9FC0ZvSm7dx7gcSiG/9hR4gWzLj+m5VH6VI1D9MJAjKqG64RhHyQZHQI5aTQq6Osnjq1yBN8W2PiZMgjTcmEbOby+vNqgPbeDySuJm/chK22yNMyb9hszveCxYGHLl404VAfoZVTHGDt4vp3OJOe/PRYCyjRtw3b/ocnsbtDq8fXVClh24xoN3i6PnsORhBW7LDsdPMPBEO9sQuZ3NX8v9JB+ytnvGA89HE/TkJ72JT/AzdloflLpEsurXU2cbLdMSFK86X9yqSHpSzLFh7g3zYd96+b5dj3OA6ngir/NKxJ7ZHmNj2yWy9YfLmlJNe19mjyWb6OCJm+88m2/8yZ1QuWGWUJDb189K4hfu/Dz/5kQkcNZEJlxR0/FrUVRXA0hBpWddgeadXuHturkCBLxN79d/XfWlvi6LtFuCcLBiKAJs6sIDMSLJy/X0Ta7XdDbPb5udvQE6y/VMdEcDTHI3sx+TeDWgs0+xXO6tqHDIUL47GnHhFOjaGtXujSKmhovB6hAlh2OvS2gi5YAQUmERqGmMKchyvgGCc/Abib+drUu+ZNwyA5dEjH2N3E1n8t7ynXq3Lv9pTEdMsrfywmt90sB91CfV8bxyFKovJUUfKz9HzRfnfWIy+WRJb4LVpq1yKoQETbIEu7Kqjmoch+U3+UZ78S+O5emt/5l1ePO8yYufsykYekvHtxRQo29CsQ9C4iFCzqpp5eCiaQJjfKMvYjMKnQQQFRODK8A61CqV1JJbc2ohSQlMKw6u5NMDy4ZNz7dGUZHnoNqG+CEkkrTSSYplrsigPR17QXIifnn9yioxAE4fQ3td2dlN9rUTtrn/KapyzMdxdjdDmJLUge/iTO5jrcYMfW5K7okC2kwuEM/lNEbkdytOm0q/LhRExtHY8jrt3oC/zSu9U4uDw3yElgw6/B4vgl83vmwa7TEo67thNGD4zynq9qqRpWrBi3YYqx6lEYJadaqrjc7Xp1gon5ggopZC+1t8cHPQN2oqc83bgBvOBTEWNU7fiu4wz4VEM+qEnoYR1BBTtHWF7Y7ORUCTBMDzEkGw9twE8gSPoSd0uYbygIO3TDBGfsEXjmvaiVGYGc72HXAy4b5qcvw2lBduYlrsuUSk7mrvGFmxTrqxtCWt3nBiU+L01qPPKozLcaVH8FlupgH7r6UyNu4ekzH45UlAW6sAtBpe823/E9ssfr+RnVh6RIo60DMMXmzoBflF5yauxlW4DonCzJ/lgR/M6vmLwliH2kzfaAav4DG7gr8/MFPdoxb1auJBt05B7qUIi24qD9MvjfY+skUMuGHdZ/KXnVGwSfSsYXGGmjpzRI5wXIibAmwU4jSQusVAsJl97AQ/NAfdhqatr6S/bzGE/NZHvK0UPnhlrqqaXUDahvZq6wwCfisnoerRHoswf8FquQY22nHXUD+D0QkH76GdVxPbuuSYiOxVFHXO0V1Q8EkUzVDQcfEOZC8P69ZO/uNk2Bq77CPxpPGB6RMxkQePQT2ELwnNey7S0DsFKH3dgeVWX3KkcTnMACIspwThlNrlrNCAZyzTvujnCIekMx+JFHu2nYyk041kQnGOKcMEScE9HvdB3bXE7mEe2c87dqsG/NpoeFP7puYtzbQxEvT0jX/dihoJXQCbzd1rsXsd6fJy+aeYkQCteV6I+sPavwqbX3xrXG2qqkHEdV7L5efuoscwSddY0ph46KUkFNwaG/ULaJGCxU4K9FST5Wo4CQYAmbR0nmcBzz+DmuHjZxD104NOVbcYoWKuTbrgvo422dBTe+BbvGN7sveg51nwxIOih4WB/ib/KV5d3zPzoreJ+IhadeC1R4MOrcO6Ff86sMq+SDSIsLZZEY3oqmK6ouLDrXOiyT53gpttqK5i6McN0QK3Yv9TpYkXhyZPSJs2Ka3pt/UQ0VMUSgGj7+eUgtZ7+iFsx4VRqGfvEQcIN8qjddfzRJVFYZq4VyZDviJ6yYkbPAL7HPBAqaDvt/IeY3B7u46WaitHZ7fOhbHjueVZWCW8T1YM1d5XzeN8/eyKhwiQ2aJhBZ4yVoCOnlHAj8J9S3e95A3cwXq8Tj12FS5w/37Row43dlfxc0NvuGfT1347+5aXB2VnnYa2qqiJZZKZ5fO7HnlbdD/fpF/e3FbSokKib+tGu3T0u0PhwlYDr8dzN2sLbwUoEDKzwesIdrWrs+RMJluvMqxFLIZ7A2GYWeuWylaLBkXeZFitKJhSVChlW/L2ceWweLQgP0RTRYXAFhdjTASGR5tyspxbuqjL0fzMaFTobVcq36drwoYS3vUDfgaXwmzHyuov4bDCRsBHXSF9IBzX0OTL0dwOu1keixuHSmGHxWyToaseO6VJI+kNxgWTGE2Obhx5ov1tgwrZM+MoAVOq4HQaTbjO9DqWBQmeP9BPDzBEdjucgz6/7AUU0Ea4Ld4mDZVZ2uJFuUhXp8BRtG++rz7BQdrcQiJqKCoIS1EgqkMPs1FIH8wQdfVk4LumrGuR0+MaloyZk0p+/UD5O0jDmUmU3C9IjSAtZGZ14A725XOe0so6UZFFWwfsgAXLb8DM6RWDcFCTCRSJRcu6xXRaZnpXzSTWT3P7hfzb9sFC9vtRRUyk7p4Maoa8MCnPJj+bH9h6SP58+xl8SP4+tFCmJNfkvOUYq3zSaWzA1z3HZpToafrJKt1JI5zNrycKx138oRxi/fbITmMWR+HO+oem9wlP+pdlMtR67aUSmOwaSLvNuIqwGjKaWYNg3GyWGuk3NaUJn5y5O4xhxKO+s29osqnIjA28qa2gRczdYJ3Rxps+rfWCnAPUNUp9Z6wdAMswI38yFAePjC/rt0B6RDrbLVtB1dr2bsyyoguYn8g5l2MwRZ6rgOIz5rDRpCTHWdvefsbJapzS5lkKtP7XW33GaD+cChus3uF5xG43TdcnwNM4ZRS+Y+TWQvUqaXZJ/d0/Iujn/+Y0Tj+IdzhNAeRE8K6NPPS1jRzA3vtYk8Xctr0rlfsil48CuTc5pHR0IXQ+DhmlruCxSCREdggiCFtWggp/NljsualYasqZybQqGtYXfpVd9CYUW17QhMtfCOA/l0jPjpXdK2TsnQ9Xvci01QcIGNfjlUf8hmenI1bW/d5z16Ix7Yi//sBNIcahf34Fpmssnd3yFmeL/wkuOEaLO98rqGwQELerg9n5juyytkxt/uSEE8g6LmTec0XEZ+uZP+tIfgLp92ybB0d9Y4sT57YUW6tJeIOMT5fwfqlSOL/+Vxu+G9wtCdcgjHmO3ipDLHwFum/rVT2t5AHdEp+IT22E7NGSFpkSevw6AX1X6ZzG4oYwbKa5o83DlUBMfruAUREUKal7XOaxXRnU2KIH/j5byvW3ZvEwScWX6xkBHJUiQMJT1+4ouIVdBvybsfRtTPp5NyQ4q3Cmh8qEuJXgGHW/XtsTI5VqOpNZ7mkx7xgj6ng8K/vnn0JI76AmqH4q4Ay7hM8CdtBGHwX++xX18WdZGfGt4UJGhoUPzTwS5I04/gPQoWoJAzwixmnRxv5ToJPGxw6F5Jc7F4wy9orAwfJRRjnShO/3cASmDPzhU1tuyhieVYpPmU85WSkDV1i9yJSZP8uNNPXuswb2peblZqW5vii3ZZ/jQFlNFTmhHC3EDC7YsVvVEa+HqY85QNjIQB+eJBxaOc4rPa/ap47jC1G+Dmx8DZsMG8PCuIFd/d3SLRq01MaKKVNMOMNeeozTQ8oQ3NgxXZRUXORLHiD1AwTadcYXxCpPI4KER/7dhm5oqUdzNlIoRiWO5x+iSHk+XZGEYI6JoHEl1OPXNAS1OW9agRVBZAFmshBj4N8E6S5MjxDf7TE3GuVTcA7qbsvBVK8XtcldybmCTXGqvb7CNDFvmOEtaOK1vvoZEwAF17GrOm71n9zKoucZYDg6M7a9UVQZQvIi/8mzOi1M5V8wdUnrQwNmudpetcEu6KXZXTYFu7VFrOG6hLVyEKgSb6HtDu8VummgT3gmGLUb2fQjIGYNUN8FEJ3e6gavPrG21g1iqMF+Z9nwl4sBtRzqKPmPq6yGqZtSgNe7TRbv2OlALY8umruj9B5xPo8NZYTDhxh/bm/ROLnSKHbeXVt6Del7ABGHv7sGoTPWnQKa3Dg9dNuyXICziQ3Q43EkZNz3AaRiujgUv+lU3NAnn3frX9CjwDYGXNs5b9mFXHR+4qVKpGGHnsiQX8GruBOMCOuh9ygUafY6UyJO5ZFn2FUQjc9BOXNaKRlGRXlrPXA6IcxPsevpcemtTk3c10cRHMwjC1Q9Cd9auJxJTisz4eD5fNCWHG7gtaGKTQuctEKDfZ/KKTIFpqTTxEbuiD7vzaMwcGYRYE+Um5e67qtdaSC+i1S0M9GRO1vyDCvinWORnpR6BMTju8jm3PklDYvkRUUSMrEOKQdq2ioz1wOD0Urm/qeyph/wXp0sTiQHwq2Ea6QTB6e8a07kxSnnR/+3t6r8y3QPuJTT/qBKRvmV0ptvlf27llDn7jAmA3z/OQeIhJXkY/w7NBH9wD+rDtl9vqkOYkN4MRD8uSdJhiGy9RUMUEL6gbRHDzfhtz80jTMfZOuXmZOLl129dF0xQnFIyn/tk9pCB3SUrT/jOHco8BFwLt4NcdpMM0m4/qXNXcT5R3a13+4xgmQ4yp7/xlX6jotEJ5Ndd8LEmfYt+0Vfsu/SzJL9spP9zkU/4BNnZYZE+FuqV1Q5RQH6d9ZghCJveURJIqH5DQPUdmZ/x//DOqLmnyB98bfsywW+B5k3pxv5SUoELwfC/fmHdCiSO6n6dQ9NjvSW/aR0nEd7FI3PxzmwDzYFL78uamCk4Jaqj9N3oPKwYs8qVHwZ31J1kgi+jC+pVRTd0CX/NmdKuE7i3/nXMwj6ihx9OmyuQQP6ohL4+AZjQ7mwV379ARMGCSkvYIP5xxc5iqNKRMUXGbO6kyMl2fdLSRNvcJwyyQIcU6XpdbDFgoXn/hmyKcfgiFGSS5ec59TrjeXOB97UzqX6PsMEsfoH64Mz6mKHQfeGOVLeE+DLDDPE6u/RhX1aM67FxY0f+L68xsb/vvoVmtJH0vzOI3YzKjZIiofL31DHXFC9JjtwDsvV9tj8GofClWZOkU21sB5wu/JrFOfJrxzIguKCg/UVmgHbrX4ynAjC8o8Qm9rvBwnbFQhKQ3Eg9nEYh+OXYK3awnEwecvuvXM4TslYsjxQxPcfhAR6/svAEwpSHyvqVVw1EPTCUwgre05iJ6OuYnXdzym+6nnKbzRk5dmOcRDLUkdErK15zYsy9J3eYNApKzrQkMzgNCy/YX07N+NWQXHc5lIsAl9wM42ku3HTVQuntzXJ9nVqF0KiON1O29Gp1a6x0yvqKlCR7Uo7ffpp4zbfkzkeMW6FTiRJi2NMlr9Jr8CswX25MZF0YVK2JS+1T9cNe5Il4vCprqtb7SRm6ISVlLLTslw8PR0HKaU8+WKfx5vMNt12QJa0fHWK++ayxo5UrWKGvXAhXIj2NywfJ1GLHfOJZyI7seOfpt/dyietptyLngavdNWZcGtMx6HvHhJDz5Igo5nUEneq3vmdvd2JetuLt1sHZ+56c0yeGOyZO60CD8F6Y3hljPndgQYPojrtI2xU4YGhdz8e1PJqBOHos8SIZCGSgPZqoUzqjTsh1xmxF+mGag+7oCCT0/IM/UCHiABM+tTgLBcBU/4AXrpVvR7woLGZubmsT/htttmaDjWDNmidK6emaWQMER6ny3wHzbAKR8OCHq8tOembcz8wyZ2VHDumTNRMA88doH+DfMNnnbsksmJFThDxembGtFIHRDLa7oiwfM2GYWrtW508TpOuoU+9zAsWFIPbs1wheadOxUml90+taM/Xqs9UWVu2Te4VTJYa44YtmjcRZnc/vIEfiVZnPJyT1TwbiZND36qwmY161dksGn5MMCx4jyeyr9ze0L5xpVnz/OVje8CV1eqb4rTOU4MtdHyrCnZpAOL6slIWBKO2R2gakduUCnN7eJfWin6wCi+AW6TiQNtC7Ko+3naeuThNyGr9au4/7QuHr/o2tiyktzg10FJnRkJd5krDt0b71l75ak7tqO0iGWTvvRZU6H3BwKpVP97DnLYhLlumsjZF6F5tSPGnI5z7rgYCx1lJMKPUzixeBJikPfY/JibYrZR64fekjGbd9ifNSrkNNSZ+sdehYnsrPwXAP9eZc+8/0gxl3+n5IWXZcti3TAPhYF0Iga7Fmep2MzUN7E/r9ZdEtwmSYgAiz+rGxct81d9nvJxen5Vfl6O0+uxU/DVYsVKSp3tTJ2fmQ+U8u4evtdbZPLqTZhj44qVmvpfv86bkb58VJPu9tm8SpeFZ/j1nCRuevs85MuZ6itJcFR8tw849SKMEyVJG3C1y614uSO1xgtwPPzJqFov3/PaO09FpggEAopsUNfYkzsTvv1Tv2agByo/swra31HNgz/JG3GnZGYHSK9EOW5tzFXkiDlDy2ziW4hwImYaFdncV0bMyAth1AgBDvv+7Gfw+kZ7Is1Evpw2CtsRNpifDfvHPoXr4DnxQ/k77ARX594TiatROkkxWGHP6OLJXt/bX+bAe4XKfa6PtwVHk0w3I2F37ee82cW5Xp1fJuRRvfvF9fK/ypkEgDe3VFQMQtHwY63uigru7pdYxmd5zZSY3c6GcS7FwzaKaPzi8G2lyD3DN9Up+OtaSy9Reu5kXy8RYh9b1vX1NhDJ93NNFX/2JkaoLKmkX0NFQqaII+sLaOJskrQ95a5A76vvbj9LorbPenCSqHmdUh78yVS7qtQX99lcVhggG6s4Qx/cBB0kkW+t8vd8kV0FXxAM1eSSFEpYTrYZU+Ltq9fqiXh1aCA3X59MmHbYCa/KojeT0iURVMrmtFVdHvPNDzyQZv0kzSZnynluzskSq/qvG9GPXhXPhYGi2aRkoYqZi4gQEOdqjuWMXBMpXF3upZAmJJSVfRjlQ9Cex07faSXJSCx48EhE3F0h4s66aVqfvTy00p0SSC6pFy4QeceNxTdf07EKCA3BiwoRWoen+UQiascrvHJkVUd+KQkRa+6l0xWIPwXWWaW4QLCOq5Hq7PkLPA+jKjtUIyqezbqlzZ62t40qxJzBM58B53cHCBN/iYchwHouDTmXYd3SGGrq1RsHODeLYQsvXbRf3cQPWDum2R62GRDsiA9PpHyJvztp6nu2al8m6yLyDM97u7e9m1utwFGt6VZLxYJeG+hpwwrkrFjqk/IFaLGsjydtfjxvYt/Yrl6kh9ll0t+IGetC56BClihmp4bKCmXFK+2qDxiUPxXt7mpJI4U0zbu7q2Lj2feLOxb5AobjSSCQgHB41W1P7GOlA36AXyXEX6ZNBNKsEZEoEcWzK2GLpXfQgQhDOVaQHghn+V2MBOqwb3CXQ+A66vxfMBxq1sJMiEAIJYdKY7VjMGWxSODIHflBrPzXO6HeydNe/YLtQ/WRMg4yTGY+StLAIzj1BK2KWSAZZYI+5W8+iqfCyWm7AenZQQHKzV6ZjLamIP4YNTz1UYRJxjN00jCPsB1zZ7g8RKdKIN18TKpG3dY3LL76rrEfZ67qa8mvq/eBj3ufrvIUiRdAKsnd3Y5hF1yOe19WefSBY6yVHwH25v+SdC2ldzM0eEdKlULreTxOk4AjUjglsv5JrZyWQ7qsotJNw6EpfOwgXx8Ipa5f/kwngy7+ez62foLgNJ278Bntu/iI0YHvsXNlTC63S+ctfVXCt77mRN38aCPWkoprj9wUQMVWGRKvZa9T2NTF4y5rQjMPUTDtn/lSFtgBX1dF2vaQ/AabNyY2y2+TEpUw9JrcLhYTi66D6pU775PPUXJtK1SLSTq9UgB43ZWiaqmPCFZmpMBaoTrPQAj1jmvrZzj5SUz643qjcBvc1H8FTmgEkN84C0zdjBzSx6vMmtO8wklR+Jx8mYFb+KkyzEgRLl8BGEhlEe0e/fX5/R1ZbhhuIi5P0GQipkeZVb6puS7AfZ7YeGDcrgkcHgqCM5/Nxq3ebTwllPubqjj7OlhmYO+CEiIsttiwYfQ++j7UMfLKWwhEkjApZ7gP6LqD04KYD9mIcNXwbGDP5+cDSHSVlzmezpE/72qf/L+AYTjBzSI7B76On9a3sOWhtUnaWf3pee/OvcChNLgpQU+Hyz+lVdj8HRQuM7OY3GY4C45PjLHikZNUkYrv4+PlBNDbUIS6xwZGAZDDT4kAtxfVnOrzqR4OeqmyAbmaYULE3Jsbd8CDmfsYMMt6b0ivuWMUge9SkEk5U/rCr2WfpQuEG3DAWc/4zjJpXxuJDlp3OW7z0ctTZKztXZobQWn7bXqvlm9koNIp7Nn4XNF71PbFM2e6Y5ZCyXD6sb0zcGHzZ+yBauzmnnTabHJutHbCDSGw/38X5I/07/0tvtjLBuGgJ4+CMJXdxbGK77C+nq62YA9qWiNpLud2YzXreHViycjDUlvfQHaH03igxtwkLCUAMWfiZ64OyH4+V5MQ3cMMXRMIg1R4/yshbffTXndW+V6sKW6lD5XHpNQmICELyU6eVj78y1NRfV/D/aWnu1nvrQQ+fBEp1p5MwFeWMdj4JitXb2AXGduyiZxgSZcj7hOeeF0gRcWGCT7yZYlP3WoW5CApb1MrIreQgQj+Yfde7hEZzg5ROtqL3OhFZkQzRchJ81xgc7DEMXAajgHxMbNjU2YypI+bMbRv04eFHv+oqcPXStF5vtMtyPhsoBL/uJy+XELTgQvJurW2Ei3XSbCG9c6reuRb/7plwic1QuV4+LxhqN7wCk5J9HkcztD5Fm/Hg09MdgstV0RhoZWcjBGoFp59xuRaWtZ5xsXk7Op5Leoo6492SVm10054QmegqO4QwkONcXOo/qgozTcUtfvKbcjHEjGjg7YxsPIklda12na+q3Qhx97BeTaRJdKhjZ13cH5HhMQEWKIKXXVXQRsgXDgrKYt8D56yfWHR/To2h+y5Ntts0ClvwXZEpfZXkkObR7T3oOsOCo/Cq3IoSjbamyzjAfoU7y78IQfNvPuC8lB/ztyddi0QTsJsWDmgYupyg8NUQwt0Dj86bW4qXhKTtY6QezMoip54cyca5Mx9vX0KXso90nSx0xvJVa29XL5eFl+j0CX/7/TZPmKXfDuJSptqA8H+03z4e4SPnkOiQpCuwKdJnTSq208IzsZJj2Dx15jn0nDU8vkez/RT3j/QzOpwsdvfWJojCHCIJzHd2gY9cXChouZTTmRdxQoGC8nmFcqOpO34Zr+mffGGeusy4vS4RJltwBNhQQEhfUZgm9dsGXktW9NV7B1xrFSftQprV9Dn7jIgINN3jXevdJZLPsKw00S/xJ0u0mlztqYU4fQduhei7BwQViL5in/qLR+wxP13iK50ea0Ir9B5YQjDyZRTPGo+6ftCfOq/w1quhYirep7Sn90cPokS/71uEqH4x3roq0Oin95LD7fHY7+tiGR8D1HsDRyx2RE2ZnXEvfxJ4uMNqFKlMwh59caVog3uiehY2LcHAjddOFIcgJSxYo0tMM7GxrjlQ8yRm90GlsjWhit/hyG/66cXhu/tx0asW359xtjbg3ltIT69StC7zCT7ndFBpBr7WBnsv3VitaX+t9RYKSF/r2TS81rbnNdTMME2CpheFRyvIjUqBgn1KyCTLIDb3uClcy3dAD7gPB/1j6qsry6q1GNubYcNA6uvJCj4VrtnpJiQ8POPktjje3ry0kImnsPxVMIYWTKBs0/BN0pS/ooKZsfFOoQ1hibLiq4BWWzYxLMQ65cVlWEzk4xpFCUrOJhmjSwJ6/FlbkvxWiQTVAaZE6kTcw0tqtswmRK4gdjHgqNquddIzmO+Dwos267QE3jB/ZFkiFHRLcfP+trNoN4pG1ty5FAdMPXFg3mZ5uqzcPSgO75FFFBhe+KJj4p8XSao9fm8eR8j69WFG+NEzQq6K85hGYS8dkHKoRKGJTnb3I4dwmJZTOUdZFEIJxtKD8QSCGTtxDy8vE8dNjO6C5tejl8bJr001B4SZzZ1alox2pCjkj6gC+owLaNcSpRetcl9jcddXlWlxaZuYj+McBLhI43gNgcAQGDisNqaLPZr87v8IiOZrNWRYREOhLOWoiLNubnsAa9pWJMFZsjZm28n0yi+xUVkP3mM7RZSV8jeXlH7y/1eooSbpQh/CPReo3mFcJeN+qhJJqMXZpwrgT0BNgDYCaS7cKGuCsMZj1LgEhwydhy1qh/1rZikT558+0SJHIoIpKYw0OoN4sg50+TSCgzcJWxNDuIzFyQPzYxzFBHdBLhJJkGU22HdiUSyUSVUyiVKJmy6oN8448Kwx0nI0fHfF506K1+M7wA0N6I92367mXb45l3GJ+/VoSi5VIUKlD2T0bj2otF8hQaoBWJ136cHf+PBRZ8HgTIp60l+8tlE8tBaYd8RqX8Po0iSPNY36qf3+3jrHPrRUI2f/XNBsVN6gX240O/5cHTEY4dMoCi2k3dG9RqRMpNrKKLKweJOXWkHy3YtJD7nUjgKVuHzyRjxoOl8YeMhc9wEvD5O06S+nOuZ6yKjZlY5BLH+bvDrBOH8LUUEoCmfRhwhvKyQZ4S7+xI2OEtM1aIIIxF+/WAD2CpFPWJvsMCgfic/QtBCJKqX1KuydZLeJGuFQgBalwq+PD3oAwSs1cri3nxe1rj9/vQo+vJDJnxCZs59rH/Sa+a9WKIv91p4v90sFxTWq4toDK57DUkHUb1DCvvLqgiPwpwOhr88PWuyWdTKf7u8zPkCmjU+9MAUEP43mTgzxfiA8SY6braafsLnHbOKGzfL9vcI7fg/liuQ+QOb/O+HDIh8m0x4Bg93w6ExXEiqYw2SpO5Y9IC7Jl//11j7Q0XWwDnIj+ZmmEpU62VnWGrmcAkSz90k6AzB7xV9dHDfby5vqFTpo/w2iBYsQnJtGLY7mepK35EwKXz2n3bOojxXNIyE1/NcOs584z23rKnute9wdrQmDkJllVC31omYLop3v64T0opzxEkHL2RXZq/Hs08zyNcC6Wf2d01/1nVvPANVDg6zGy7UZFAJypQ5k+TofsCsHWfQeX3aY3I/lMU4nXeaNWeTT5HI9i8mfdlRcdnEZLe0QfoZRpsaKBp5Gniq8ecZfD15ua5A0pT8++VHPuElqqirzlJ8nc3saLPSYUlFVzVzCfgKJrInWXwXkRr8nSf1wXqgg+KKGnDIQBoXfZ1IMsfS3YIFrk123zGctNR0c2xra5M1J9rL4oV03wPQkXPmroHJcvpghajlrrlMJ8kUlIoWIhIPB8t/yR0PHFQIoVcrWlfg4JDINZpG2TydzZAWCXOMFbzBNb+miUy9bVTOND5b5Au+gQD6s9hmPb1v3BHlP3azSh3SmY4zdkqVXFjT2nsA/OQeAjMXq01H7zFdYkbcdu7KVE02ZPTVmWcQ1LCmDH8rxXM8ErRMjKq3QhuTelr8aNy5VZA6GEtzNBh3KtuaPfRLvCpE4ulYI2c1Q0phokSLre426n1Tkd+qAbmPi3iBFmsLIDJYh2DfJ5quDNrC1cgRdsS5Sv+6QEE8MzmUeT9JbzrnLr8yQ8flc33xodZt66tYKRVr3a2AHdCPhAyGXdcE7JO/QEdvMjbiuz2cw0o2oTpEQ+9ntILI5OxyxvTa6OIX8u8IF4roNDN0oagCUKAKgT0y1vZrS1cmp4u4U8ao8wjTCDZZR11njfV2tcHPua0C9qE1F+Ha96QpuG4ezCtGXesZCLaHwgedHJic6u5mmhFDxVoTVFCf18a1atwZwsGg4wkNk89fjchDUYA8s0Pb1WQbAsKYyky+Bg3kdXnCgVPjcF4KdQgUiYLLl/xEOab110KQweNvU3eQ49VtubBZDefIn+dmSBBebol4HLIiEPCB6xyrOwzn9evjgQOHmWJ6DnQMbV4VrKWCkvk49nPOOeR5l0k5q515ZLw4LWeBH5F6ocFFZXq62rGWuuMQI483edGk5HwAl0deabnYaJw3p1BS1nBNRMK3yAjmyFy4vZEYVTesJp59ImfOpFlOyGy4dUcgYVPToZAflUGMlYPVYOSSdbFrL2Scl8F0EW10fDmoq0Gi19FI3XAHtJz+lVyr2Fkkp3zsdlDUUOuygWOfB9PMaFGkK7+wRdN2K0bYPoZuDt5UAswFax5QXpJzycn4kTHZgC8kIvvZeSckxKVYp5wbBjaR+daZ1vMZlg7HdNYVfXl5b5VJKbZjSyqiwqC0dh2Jn9ZWa9uRO3xlC38WUvQ8nE/ek95NPkHckip94vb6ejikrP+XtHMRCwxID4tUwEu64qEt8tJz34Yt+9St+Z5GWSof3RNYfByRMPO+FO4s1mYpsk44zDEgDTM+wEqVIwjCgu8MVh6iMcAti6Xc9Ut3k8ax3Y1P/i/XLYgWWtpCcDmZbMUplqkx5lcuX2tbGmhf3roUvVLgTt4TsbNELraT2jDm8gMLBsXmvKHHpaVxhdA3EN/nAQ8e6/LUsYA822upj/mKdqjJ1EZ64BH9XcuH5Ugjw3kIwH1aD9i7l6GdDKoFHl/BBoTxqyk4mrYMyn4CXp3WYfTTQTPnoGowptoyV+Puaa68TRylxwd81067ZhBN8cueOpkCs3aTgLtd7Hl/4p1o27tlu0KSQRjnkVbrk8tNvmodY1/5neuvYoibRJ0sOTRKyN62rVxWJbUuMuxRJ06miT3/+Li/aqT3c/69YFHO/LDfmuDPyUtLDYL6yJsIPf6signJ/av9vVizFDdHavpxLUUA/57aE/qRyNuCX5ig/ztL6Phx3eVp43wNDxuHBGGhz2r9KIdvdEtT4v5NcLtnmsaX4RLwnPiHojD5J5f7IAaTJVGCMqc7qSFipD90gQbhG4+DAfI1U49yWfB8iTH8X9ENPLitlQ/QpKTix14l6szwcWR7hUN5f9gcpY/xAOmENDmGwG2eGw3mOE6A4NgnbRRJvD+iCuSKLkARLG1Rm68NSaZOwUDJQlIDGrOWQQaYAfZaSYRY+VRzKn43l0bWZsXzIrIuuvA1LsAhKp4YyTYTHlXkiZLTqxm4pZZ8I3Zr5yJrpFHDnytmvyBSdmJ2/zoUnoytvpcT5alVYJmtdGz3EkSd8f4womNLfJupeZnQfC03mo/zt97Y0GYXTF0wzwTprb36cvxqhKIKDspmWVbcW/FAVEPzI90bqOOTCWosrgQPvXHnyDzCz2FqMwxKRYdpJSwSk7IzSuDPDvR/TTME0+tiILzDBKZ87r3Z1FPhbf8LNQmu9BTiGyNeGQ7WvBHtElCmiUQNj3dfvMHSiDjTku2BiX198gCeyE7arjhqMgKa8Gg4SChXCl7vFVkIpKci+UCtYyUW/O17aG8m3oOLpGZEbg0carTEL0AvnzvzSf6nE9l/2eWkhDsQv1EwmrnTLU9HKENLRqCqxA78FfQgRU9CKRnta8T4AUASxmPSwVDan5TwpLSl5QKWnF9UkfQCvztMsakoAHYJEf00g70sxZD3i94JKj9KiVhLiHUhnaOCMSgF6QzLt09/zzOePB3XSuXYjC73xcsyer2K+0F8CdJoIlqkM0aSvtukIG2QDN61cDQVJlufNgUPZ0GD5DJNY1ou2WXBR+H4hX4bUsm4KN0ubBnPRTTaixO/+EH+MBXKBNKG3ef+q65NF26wxmI1SthijgSg/X+mP09Udild55JK2TRmo0nfeBNfuWbt2V+8ca8B2PLya34byaM91kDILOGYeTMZ3MuthEj7zkDjqC/iWwdyk2YyzcOCZx5tZvYlshWaxmcLt843Kf9B2/OmCEXpLZsje9OW0SCcy1Tk6W6c2MP1PxHBl0Yb65swNmpxOB6xJPs5y58ufZhqLZ9nyxdBe+mnsBLu9w81kaZMdQ70eFG22dbuE/teQgFUODabo3v7IccYSRfpGhQKNDY9v77HBEPpskvF8d0WfULxEOzWcW6kHOkTao7+oa3TodIaAJp/QK5Ez6/erD5eAihrwfJnLIW5gmEeBvB5Kn+Ilq9q04nNCOQGBwjbgiMd51i6agsKCMkkce9+e6DhIJwu9pEvPa/LWHmqA5eBPuJd3gtNgUHhoIj9xemngmPnM4PfSovQQq47uO4TfbGvXdx5rP40c00ukgSy27s989ThXTbjDwi24zX1HdAxpRw9Zxq5dxF48Va0pq0zkvlkbK8/Z8LSIvkUHFe1Bad356KUHhX4PpBUk/VyxnfMbzfVWbgF2jQN8k//iIe7Jb3E6MDXq7UBjRn9BEyh7zBKpK374kncF9I70r/fPavY+k8RFdmQARAets6PCJvk9Pjgr8/eyOkivp1XkSxXPrkj/vrnMPgFtQbxWPTh9XkOzQsnN33OeukkWUfqxIKa32O4paRGTNhjuytI8dcCu63b5DGmkBPmYNsDRpVevkPhmG69KfvjG+gn1wTZPNHBn4Rm9RB4SPc0MAGZEzGmia4bXNS5NkaVmWcplqTaiq+1faiCdV0ycHVNetplIm3LvI/fgkpj1h+gO2FTy4EMjUhSli/SesYu07y6Cn+8X8OF72vpqd8pKXrOWk1C2AC3gmMSUkUqaiJ7dTn4wGqxdR0lacuTA/MAFCC02BIxjBhwXPxzRq8j4I8w/zBLizIkOKh309mczQplZOAk5bNF68JFwCDlGQzyOfX4CWos9bZX6kORys0HClhRdVG8L6pK7HIaXhOQhgVuyYjYXUr0hSeb0FYRpiLN5Wo3cNu6V+/y9NfA8BSgeHmMWWDZIr5l9fb09ZYLy9f5mGN7fhmVN0rWk0fewKjNZJqXLCOEC1ffUuum96UfY3SJfQpTuBvR1ZTzMwffyW1lt65z7onBLPC1JMLPrr6qo4GYLtFy14+qDspsPARyIPryg+uLT9MsNxT+0pOfqdR/fmgI/mIPc4vmGEEVAhToNx9JqDV/6V/D9RiH/fPv1jaJzOwGRxIMkVEfCFvnS4LOHHfCR8MCvE3A/9KzFnOroaOGWtOmJffnR40FGvWL+0rrCLV0+dsrzzm2WBiQ/BcJcwUBbLK86HSkabKxM7hrsP6uxX7KfbrhDoeTyYcs79Y52BhygYr0BAHe5m0xE8U2XJ86gfTgDdmRa57drymV1m5rnRAcJ7KdLOfZ2uLrO3Yf+w42lwZkfWuoTdFVP+vx4Rn5c7qX+cWrbwR4ffayuKjICdAVdSvh2/PAs/EvwVgZtKwhBBA2PqcTf7jWTyt57nJYTM2pPZWUa6e3DJ22f2oHM6bAi+hJsMVyPG68EpoPU+63N44T1hnTeTIhEPG+Q0ztEBCma2VLQOv9q1NL/rySMr9NPko6XSrt/pJNtkTOx1G+DTkCe+fgZVFvHwEyUBF77Qc6wWA0GvxhqH3+zaSQtsHrfJ54+7NE08VkK+yhnQ9Q0rK3Wecq6Ao/p0MWGsaDMIoWszZQSyNQZJswrLf9Qj00O9v/v8CokbHdUrdWNp8Io/vzfvN6dA24w187n4tuejT0r4wlvgC7LTkwvRwcREbTReNIZGVBXtZ0sDj/zCnDHEqNRhH26yuzwYUon+Or3XBkvcm0OzJTBj4ssOWNsdHHaTUvUIHdVkjkzbMtwGCY1dgsuJTYPDisl117IjHfgAaBJpZ+12ry++g/ToVW/XezNklLkLoNSBfyMJZexQZbLRXoHs4hTEpIkk0YFH9YIUx+yfvuXkiLnQP6QU8uGGfkPnSkn5qOlcb9aIFtIj/+ZlYOc+rr0YlaUkxHE6/CzUVxfV2X4zJGrIOoq6ge7sWpYsFFdyKpac2e3ZOLK7980s+3i+zNQ1mvyPZ7WR6FkP+FObza9AAzRBWqxN8aIi0uasPyaSlxgptsd9q6FxY2k7Zl5bL8F6TJIupBRoSy5CJJUEM1mMwsV8L2UYvPkuS0WzaK8PpWVA5Uf+7vKYXjcsPuddK8vXMSTLsSpYH8xaCgAhCWm/XKJ1Z3X5ofW84CwyJd+EWnleA+rpKxAdvz0QBVV5muldLiw0vwCFc4v/5WvLyJPXqejZz0RUnCKOO92JhJJdmX5JkzmrBXVnt2IBfIy2wbqXMOBYSHxNVa0stVIQHnUaqkyAti8fOWecro1hewSdFDQJRRtj35Ew+A0XlvJmlOYRdC784hTzCJUm9BkyOOKuaxBXO62hDN/fveMj0QYNDQ0D6hMm9AukEch35dVIabutvg0snvICKg5DQj58F92CdyayQMaaCSptalN4Ilaj87j6wEj7fInFaspwjlcqTH9jS6OAbf/Hrx+sCG8QcByurY5OvyiTkmwJXam32+g1IE2ohlmulIZQDDkSRqb5sr4ke16EzRmlHefb1KYOf1/QVyPJ0N9eJE+ZSXNWj/0Q7zAtOPz6fdO+sU6Vlrhx9gkyZDI2OhL9OivCGSiaoAVZlOlPqqSbJiE/svqF1KjHgBIeHIV51nmVbnHHhASq763KNOirR6oaQESt0HbAxdpmfhT/btSuTRaZE8S8AB3eKVH7ODq8yxNGfrMsD0Ov32VxXAYknpBg/Z8CTCFhQhlk7IjdTOr/u1uppJ/eRNPuxQQ7A88lYSusemyA/f7aMLzRfwvJnjPStVixgYZqN8gyuB3+FZQuQRnh5kKV7TLuaHRJC7DJA5BNKSQ3ojxRHNlSF6rATvj/Vr+v0c76yJq6vOR1n9dtfff6mnjTvun5/4R9VpUs0a+sEV0mUEi8IMkaksHgu04DtjPwiGhBiHfulNjaFLwit1vGVtwITOh9vxQVXTDtCS60Kadkr+VnaAnK2jP1RDCZESAemvY7HF+28Z7wMdMS3XblL3QiN0pL9LZVqMddE0KCIY/rLavaRZmoYs4VJ3zAqb1fG3Yg82YI75JqEFQ+1nEM6WA0rB1rnusOKMq5V4SyuexNGoiA9/JBGGbPsZJOhQgBOMv5OQjSk/C938keM6N4Xg2IodA2yqRAL7fiiyPAlrrNsTddAn9oM0MGSlQVajMN5s7iPiBbDXrSdMgyHKwXj4XbXocmgXKbUWHt99UdcxH6ZKhM07nUKi/xsadraU/Dy4UUCybgAT6BpHtIFLGnrg+yMwh/W92Ky2/GbGw2TUTFUdvPGT3rRCxqaTgLcWHw7TNuKCBGJFlDNjq7dU2OY+OQ4tJ8xwBDNAEENYcASYQRMp9/tx2bHl9a15udfukdLor/n3FhzxN4NWf6yhGcMnnO4qRyS8kFRjN49p4aiQo+5pJnsnqriMxSdpCmk5MAkJlnBkivoOUTIcIU2gaVuP45AjHA705+wPAKcBBhcsyYgy+1Ef7o/d5KP1Ae/vOaS9QhEEVtn0/HzOmquFpxePS6Ubn+O0h2ywicIZVNOX7DAtLo+uAf++gy2tiZ5xm5GZujSCemw/CWcY2zjqa02eeicojmCu2h1WGOcrnEx4qmxy4J4dOH6oV3mvuAfb0uvKnXtn3YAKQ4g1LYgpm21S4jMitoWM0XAANU39wyvKQSKvGo0hG38jbojiDbbb1AsAwFqDc0Vipcw7sejZsLghd63bPZPV6IFhAOks7aacbclIFIae51BF0Bs0DuG4FEjbZ+VVIAWIs4CLg5AwDKke/iOBNxsezf/zzyMij8aUln+jmw/idquEeNQnQbqLAxpK0mwP3JVIfgSNJFkkczLmx/je0ExxYrIMOFdczPvXZgwNr2QPjd523/XBcZJ25IobXV8G23ddy0lNvAdWZue23E9cH3i+oyksigchNBk/xn0lNRBsKJSFq81k/xL1yb33P2hF/M/MLntZ1vlF9TlrWWhrOLdlpsdBFio7q1WmOUyZXulhSI+YTD5Lbt7QTbSTGEkNV6mZy+9XtC86PJu++jvNj1DEcj/E5FZAfz5DuG1W3GgLrmO8Od9qRReVQyLeHQK7s0ulWNS4DYpVIPQfQCQfB9HShTwuOnrBZMFaJJwUTanIK82EPO16gyFyQ33RioD9Je+SPD9aWdasu9ft0vAgQmRNwIQTrFqCXPYrDidauvaUA4REqoWIf7EsRHQ5d0dl4BPBwsWOHI25tPlQEkSY/slrsWQlO9KaZXe0T7YaTpwHi7IQT4MtESi6lpP5EA9HdAlKcGUDkmD4OQmQPgJbd5aCSnGgdz+1i76uwHjErmHt1cezqECHZsBWtlqiseOIxkrJPjx7sLXQ65eT7AwnnPaSUuWdXnMkCyc8jf7BcNHNTKsfxuYjk2DWwBLwp8+1/Tc5SenwzfEeu2uAFAjHtJcQQQB3DdSPaJ6kT5GBMSJM3OkrTj7jokIEf5qUUTnlIBp3GIwbq1ZQZzHx+ckNxhvcsZmjbuwKnBLTtH7AWcBr2x3/AbAeUqnMA+eyR79jdJylp9hyrKQEdPEEIsSFflJ7JKVCGruf2RPMb8P9k75dkNB/gEeuWFqZePJ1v5HFi7F3wGB+zIwmVst6Wj/+Rp+te64Wwv8sxApJTRG8h7YqH+SoReq0NAVpVDGE/5XRzeA9+/S7NrxQoyeOJ8pzg9+2DdLoXmFjBiavn+uFiQMwcrnZo7J14VoT1FHvn+sd+damKdxRZRbB1A/T9s8dnuHkJeqr7njG45T9CvrmkH8l7qJ54Mr/B/pHgsTToeCzBvwBwAKEGzi1BbyF/IB0q9okJ8l5A0BL7Zdlun7ubrOqMiFFWtiQiXvBYId/GeaifAoRbHiKqyR9BCF5JvAEpRRLXyEF6RD2XZFi5MEFOX6oNdCEnLk9K+g2ndeULEd1Uua0H+zXrI5VPDG7dlmCbeBK8Iwh7BOkX5uzujX7tDjtWXc/xptNC6DYTxrJEJx/e+SapwYPfqIi6XmJxVqb9EAjDODzFGarMsSUXUXOpVW4QnpDS066JVdzBOCjpmBENchDiP8nohjdoUjHNIISjFjZNLnSKcQXhyBJgoQwoI7ozTz5UhBnVCAexUjQFNK7jDrqRE9EK6dymKIJhbME3odBkz+vAx4Wu7qObyz4CwjuFLKMLWUA2VCEFiUloRXG6zcdzv4pGWjcjG/7ooPtBIB8R6D/LG7MHB9NmZKMeRO5osPEOehg0mOUlEKaWuBlozIPhsjWrJA8KtqG9NI/YlXMaTOeaotRLmjGNfBAPcMZ/18YJUuY8Gvlgmk8zYxryIDz1oTEMhqxSxjeIQUxLZWRDGQSlXIrz1OZzuQw3jEEIbbAhDAJaKRTCU+rD+YSio56rGJzSPOEXnI4p7t34sT5KsxQUS2+eX37211fLXQ9PVVPEkFxclZ5BJV1OzLoCyLhC8BrlAhrW4JxxswFkQZWqoXFnHdlBmEKo3DqqkQx66vKQ+ry8pbcNYnAjrYxqGoaBl6LKUmVUYxgZ6Fi6cEOZh1ThGFGMkZENYXwR/iaBGBHoPy0bC0bDBXArS8pnmUYtm46dMZyHB0DmNAz7aNDanE+KiaWQ1Zvg4WlQRucZQt5tH28WjQnDWS3C78tEWbw32x2LVb7EOtalyyLAC9E2oAETaFlon+ZunXKnt22Rq6aAJQYsxbFDIa1zXoZMVMF+RmgpHS/Tq01ZZQqDcAxACGn2eIGWHUwRGO0qSM0C5EHq2VCFDO1UD05I2gQiFndqAT6ZyVLbccGxTpWb8LbvsGtgxPR5UqiZggsx+kfF3S2h86hJUF8TjN1qLDjrNPRu7sbRN1FFGcp0Y+q/bw8O1j76fGr2Rd/h5ET1kRZSfhhy6BBjROZyubsN7ZV38LnJwZ3ODrf/31/c8uhjBN/yE/w73xnjroaXnyskaAB8jE2GN4UWEV/G9fbViKrBDmHIYe8vzzvzHTzpkPjd4EY5v3kY/06DbAShoXng2q7+q9yHnya4IfGge/822c7sEfaPdlD+C8ItLMXM35FJGEqQ2GfNTjzJK2L/827fEWv1DrwK1LxW6vr/bKXNKIoCX8OMHNX7fpB47fIgM3I0ndmaxO6esCPyMc00Dv5IcfhHy+Oq7CfmP0v3U2G+eH7+b0FQi30T/c9D71lEhcEUCVUXS49ep16HH/YNXGWWVyJ0MXNIkTF5UK0PMs0NDtXNHh2bHwX05QQGcfyQSpn1RjjSAkO3vNh9814g+l/hYPHZxzjvhOcH4ZZlv31eg+nzsfctgX4RS8mHFD85O8DqMvMKoHKkKGWA8GEyA/BfOoYleTYDI3ur7/uKpaySqPaAl/VfDwam5ATi5AGvZGFsTmJ0h7zuz3OcozzgzWXijk0ChK/nbdlv/QSyoxLdYKj6a0spPryZKl6Hvcf8gjne2Rer14G/LnAUgfZ1eOHvTWLmoJhsz32GaVwiM/4feYoMniIsl7xat5SINjkd/1YKva+gSP2PUKqYUXCu/pJVjLm0/1kEihzgX3yAL4UJVmu2/xOzwPlUtPyH7fuEy78WuOmjnJ91JUt1p0Dy/ZvXkoURz66XZqv/giLFkstt2bcvkH+TmB2ARLSA3v5FxkUzyy+a/RVGHnsU5l0sdN1KCf5BJYo4Ww5duZ2N0xfw/xbmlhUVQqgAojuSHeL4guy/Q8f0fq5ChEiLWUDmL2zi+RrMVo77D2Aq7ylxqji7Y6z1nIQ5Ds39V0jAF5z9nJlKT8QXTF4sF5rg1jnkCxeOUTSzqnVPjcsvWWgFoX5MMnW1eFiEABtxk5ksOyq5t3SS+OEGJbp3sdynvD08em+wJfw6OuFXxmom9KQLQS0CNftzRF/Gi9e6ONvD0CPi+jTuWUroofqp6981E7Owyk8EgdPTHHHf5+xw0+YHDQxFGT3Q1aGnyfaM+vNStU8f+D5dLOu8hSeRXyF/mkTv+yiu9Zv3VfTp8CGpaU/nye5KrX2Yi6eX+aeTkW71qCYK7mJqG0b48QT7XrWRPSHJpUvEpFgbjQP+PalaQvPsmXgP7DuIO3MmQTyn/8Yp3y7Mm8DiJdiSLxrg5EDSKJ7mTOm7/6DzRPSVsz79vrU7rg3YekSQtnNMFXhjGoeTwH5OwtFv36UPki44HxbdoBAqsQ625YICqQ7reHXVqUgG4tTiVpCVZPfbPQyuxw13xV77E3cnbvS1kNOEqKCtdR0tWEV2tO7UB1umW5nVLqo/QII28PvNtWlLlUXesBw3klff/pOENuJNS0CLfBcRD/dnuuRaCMg6HZS7l1XoYPFpjbTNE9G9zUSrHCTZ6+6NW05vUVT/ZFE7XjCEM7HpNJD0CtmdiZdVREl1PRHBG9q2nJwsaivo/Xj743gK0qZS7h8YjwuI1jxQQea2wEta4G01QRf5vVVZeQN+KzA84zgrtxkESYmPm6ovGWOH27xrkodpT1jKNCGUxt5KiAPMfbKvWIb7LnnM8gmi6zVF4I/dlXg/zcxxkEwm4XVWrIXtD1sAKC5oDZomqT1WA9vpwKdlG9YOQJK03Ft6D9/9HXlkdVmKe7sSdM6ShlI4/0bPzpQABvSAuOgNhBi0yHtQAZeFZyM1ECpzXzKVLAxwzBv37H87zMN8kX+X+IQp4VQsv3guE7HH6wMq3y9YiZlHTK0VxcOBo81YEzBXZTKgjS3y60VYN1bRRDhdKwPLCCIvhPuuDDhYbvrddg9d79x8EWRVxR4HQqCTJZbDkKdPyDaxxxzlShFWLbHZy/Q0aAJuV5lcbQI2DxRbSFuL6A8bUDRVD6EVTW1KIZfWwtraFukfA7z6gB5IW5lrona0VLeR7CEdpo+7vBvnY6vtcNba6ax0Umeday1xP03Vps2XHuXyURn6bXcjuI9gH6nn/BqAfjIHdnPdQdMBEzAuN0DaYp9O4WstZk3qSQZ+RYcmRaYPlg2sDcc1K1izplGPwbFv8pASRhIQLZohsSUdvwpda9EaUprfjRLOm4v1mkm+7oLpIYCbjPJ+TgNGK202+4JXa0FudosMG4x+hgiG+fYAu+E9cr4w+pk5stM49wC9tT1yhDHQLhrIZuaCawBpEdy+Sy+vGeMklzYDm9cWYw/SbVL4OC0oP1aN5P+/jv9LXnBgJWEjhy6jkSxk+3VpAGRzfe2Qz5iEXsG2GZc9egWyued+zm8GikUH2cl9GgNoa9Hczz/OaCTXZEr3aAygrW3eqWCR35tByvNLdFz2cQ+MG5hb2+RYDwTIMUqPhV0YrnEqK2J4xhHyrA3MvQhuzSccgU3//ZtBVdh8ie30oKjbX8iP7BVg6gB/tQP6pt0/BaGnmG35FWfwL73sywznOGOnG5sVmkYuadBWH0hZk+PD5UBKBHJb05TyB2BAI5FgNMBrI2cFRkcM/YKJA3sRGk/kWDDyi12005KQZSa1Rk27Ba8SqePMmaQMIPlw9BcQ9ooOxg5p18Dvvo+yntAkQwwES854Bhc1UfaAnRtA4pELDAP9gptnNFMT1hdH43vIxoH+Q2Vq+wt+CB/353aYa6pgmFMTkjur1T8kjlU8T2V+qWXYYjn53RbgHAqvfZ5PHrjrEJEuimCKdwdgW91t8OPqRt5vsu5VB0BzXQPDJ5EhHwPNcgEuf04YjvC1GbuRsxejkUuwC3NqInxtbiJ3PUYjWJZlX03BjGgz3GveJLzBJtoAHAycy3c8eo3y20LMYK+NNL1nD2J5EkwR/+O91gOwjcb3HPdWdK/H8+2WICzXAH9EWc3ujWtOMUtz7amaUxOyre0agPCOhzMD15IGxtA1tZ3NGoDnxA+X0ckBTHZr6pKtGtB1fHQZZ0kHc96a+s5mDejfsKUcyBmNZICteU1NZ7MGNPEQ2OY3pJEAst1IkpZLMGf2CtEZSJsdrJvf/f08e9Uz48u0spIprq0XIOd1fs74YS8Hsua+0j0QXKrBty9oQEln+SQzBrHOC2xwWz7+V4OSyHWH8cxD2R8cZLXhDG9ik5EY4nJXOKtG11ZeZXCTUH4UA0Hb4dgvy956AOCq8QfMRA8uiWAc4qKmI8KzUImHgnGQKwBuNSNqvzSdNWr+hvNhtp3sibGXutPT+vrKQDOaewFM41AZe2UYufyU2lsLR3IxqZzy0fo6ro+FQQYvRosBA06F+5kZoFnGIcc/84byxRVuUHkPmRuERXWufYMgDxefDUDWji+VdMJQslAjfJRq8U4OuVE23ekhy3F2AqvY/hZ0KwPN4xQhrJywVEIQQ4kGhA65nCHBqHJs/UaAVo3s7uBK3rMXjfA5A8TKVU8m39c4vlwueeUD8QWsUw0HITsMNIoWZOpUE1nZt/JTvLhU5d0NFph7zW9IvTuSy7y5aFa0rfCoalC+OMYOv70j04JmfVMx4e+FqMQgNypFyifjzVPc6LVqURTlmjFauYX8Kact/gjfEzjkJPzS3IiWTsIeAdPzHCjE9nkNHZSNjnKENE4GokUNIj69WsDZgFhxFQt7VXLKyqMUILVb7xue4wCQPeuFwjEwNwChnThfBgYlHTKCvdoOykNO1j1RCKdmrkr3AETkePEK+K/fDJAouZziVOJUNKz8z3GIjbDe/PHMfuE4Y7Ey8oRhkFJdeI8Tf7Z0q04ZWFxSY9wU9imyxptBvmR8pz5pAiLI4uZs5+yBR2FuJUld9s40lWJ5roMMpngtjAAyQyR1RzWvIrkaieekIeyZuOlForRVXsY6H4tBGYAnOBhDWjFc/H5c7OEkeKkI89QHjbI9xrv3955Cw8FBCxBApKFZtJo3QfJR/eumHL6P23n7jLvkoMwGXl5uB2Wrt3G0/AEMJbtqhIcCiJWHLocDSAzOs6tX0lynvFlgaw+b78VrmKFM1GxhIbww9+7XMMNV/YGm++ppvVweqrXSrvgdD585CwvpEVJWGo8OyDyr2VntJTMTwB8y8+zra51gp2LnFYWa4xn5XL9nG48LgTpB+4zFQdStNP9mIyyVB+Kq4UTaaXmUy62yWCNvskfDmo2uTYQeeu4rk3T6GODufhxxnxAMxx8EDl8jiN3i0COh+T94y0qPFIjb8oUffkSGxhM8PsQmzGEMNrMFFtjpeRQ/GMYVG2Ack5llH8oUSysrFScUeOGKc/aiekxxentx1jUw5FX+ZfDEaqYQd1ooiYXok8MTi8+OHgMHxUOyIwYFrbgtbE1aoBx8X6BkcshvyKvOxIApQ8QEMMFAgvAouH+NCONP8uO7wjHiFa/ykFdJZaAnJCtD35ElGCAjL4e3gUdhTAadxYGXe+0DOrXSYBEWepuwv7yf4XFJwhW3b0bq3UhkXBZzr8k534R/Cd/aJqFRHKfLvH2FqFDptGXqVU1BHgikO+eRbt3PR0ZoRJjYvGcm3r7gcHvc5/ScmkeWe2BIg4s2csOoT7EHAPeAkT+FYBSC139g2F0u0SghxuepZCqnfLqt1V6IijiOsL3BqLNE1CdPdImC/Z2rlTsSbDh+KXH0YD/4OXlbfBUGRmRhzLmMHPx1i2rlaHXrGV7zB5tx1pVEHZCFeLIL0tKRyj0Ohde1V51q7P2TcD1rFMQ4DmvYxXLmFuW4jMnCStAWSE3/C09A4lKN1oVH2yj1IRAqm8act3Aw531AeTrCE9ALPPRSHYKFV483HXrJJscvAd5J4IBf2YoGjKbQcss+dmXCmu7J2NDKdjIhZPpaY2nXmCDOsY2HX0V3xhvncSuHL5ZHiQXML/68Y01vctsVtok12Mi0crBWnQW0rUHeBGEK95Sli/JoEpTT08aWeIpfOYOMMzcqWBRb/KvvIqOxNvlQW5ku2t/sJpmWQJMjkwHkx3JqcPOXAnI0MlfI9DK6dxMmfWSyuIcNgIt7mht/Kc3XbZZA8yUeX6dZtXxZIEck607lhGSVv1yYo5MNuBkmfxMSAXJDNhWI80meqpcl/eSJVf3BRSy678N2ajVMVuoybDKRdWXKu/Odj6Fz6y+1GBBPZFU5XqaxvzRgwD2RVaYVYHs6yKP0l68L+A9/fJVLqwXYE1mLJlm2oew4mdZdqA+gns5aFCxLVOSPUVOUYTuRlarKnzRqinJgr2sduPmSVK9z3Z4vh/TErPPiL/rJWgdtHY2/RChYYSorUxUXVdxZ6UkUaKeyClWxSlVIVIIt0Po3EYyJCV0CwBNZhUI0E6/ZJ/VeHKU6Z+N94ztwelT3TXglWqoji/RK7++qcATJOLBTooucenwJgYBEFPlheWihcenuI7Q7iHmvOuDHfx2OkMOkZYj8B6WVpz1w8HA+Hl7nulczVg+x/HV62k+RHxZDgGht2LdNgfcgzVc8xGXsj03usXX+CvRDZ+c7aA/8MKkKsHIt2q8vKNh2be0PDBHDhY8pNB/tmG8/98Sg0hK5xY+jNxmv7ebOGwi2mqF5x6Qm/fYL3s/QbkMgnxEclpvbR0MFtUqHjV2DyRL6iWMGEzPElCun8XbOMPZshOc/FUnYoMamGp63rx9v0dwofIVlICvbTVO+hipftjMuVrau+fwiiuXqBZU+fyO0OD2gsYy7NGA5/7XOL+WTvVEC4FWmWyYDQsKhRVHpy4Qh/btJnTm1EEg0uTL1vuKWloBRMLqmcn8Hz+WMsmya/UJb9X9MsB8+q6eyQPQADlBTuWVNxUfEgxbrdS9FJXAwo/Gwo6ip/WyCcqZFD9K6NFjDuqh7BdJd2WM9I7yaK/rEjHs4Qirah2IhRRxEnTJr7GpmHKIaPB+NsB4dMv+HN18pptflQUMPVN7N6RYn2vCg2+LyRwsGjegsze3B/ceJZHjac3dsDoewxS/FrgRYmGbifGqYQfwyjVgZuImHFlN8bLDPw+7SCS+V2s8qPaw4g4pp25jdIauvGbTNU8q06OHpRVN89CluENX6x2r5pHF4ljrZLm9ztxAtjvCg9lLaJrgDYWZmw6InXiBTEvFMisJe4duXUtR2j4z1AfzCezkkXcHep5E5Y21JSLvjTEF0m9OPAFLe5ql88qx1dLnoDTR5CWGJ0nNnC5wWhN6DOBRSJssFha5Q6bQ8kngAhsip5a5o+IiQojj/eoDsVBZ9vuoAboYate3zeqUy+g/GBS42j+cjDzHHcIfZBiFWYxBlGB8gOuVsPJrHV4qIKhWyK0WODG8g89dvCmf93D+dtHo3NthMX/0wYaSAtp501PScDzzaBGc1LYI0N/9kpm5tyRRU459JdCL8H1j/2E0NXWP5UD8X3gpSJCT/HRZAhA7+eM4KQm85fzAkQkFKUnLUXvQC3IrT+yXg+voIEFGjeFhgwppvfP/XvEE4+SzWhG55G46NAuk624z+vklCBNlTWRAfE1a5R/MGysyIlXYhxXGnQ6zkbrqmZgU6tXW4KziuzVk2tp1EMxsP4ZmmbE18w9ems2iJquQi80z8wtSaZZsWuBXRysPBpJt3Gon84EApFrs9q5hReqsEjmwEowOsmPMgdaX3TVrKNtWkqmgcyFMgjgRPXA1gu+KSe7uFeshQs2/b2w2MFQ9tPRjjkioeqcjlS/607ofrrCMFpPKnqHCrmizxOaqFQ0YzPyT3jFQH56wrc1BoQlaRPxSzMPA7nzkuENrPVH5FnoO6/Wn0i3NPD3wg92uMHve0GX9Svg5cpfw4zXP9URizkpUDC/KmAGOpgQ/dkSmkBKqRTqSrV8JYa7q0LjOcisoErljtaEwFvh4sRh/8ezYrtW2/dAXGHS2qBQp3IYabkHXuwm3WzKxpD4cLkT7iqPgtn6s8m5z11tBNn0p5B9mx+861kyc8wJXKenrPu8xmrZ+7PPaD/Z0XxjrmUm60UOahe2I8Ig61YW+NPipcQgFXWKnNkLtzZLQSDAM7SRWLf8AjTerkJ6KeVSVbmCKL25p7ChIzfJ5mYRGhHfA9NlIZSKwOf2g32FPM1vu5h6NJuV+vF19ay3eh3uqxyYT2JDGgCdpkQni3erysViKY+lOqF86XjZO+e5zp3z1/UYJnIEjr1JXOpUfTsOhQjE/ifln1WFwt4ht3G52AdUjSYUuHZTchQH+RBiA0ED9kaogsul7IIqUYlC7kUwE8o+5bJhX3K1w+2k87P1lsClSyScA0wQ/cIwgV9drOzCy95dOPC5qhOiKd50F2VpLDJCRQe9mNjuI+JpQU+HzXzIx37HZ0YbVAkvkGM/gcEk415ZlOPycAmYziHEtMARROUgkQCesbyljbHodunkT2lzX7D7zjHOKNAJ0n4QXCaDRte4RoFCDRP5ueHCtYeWWY6HUyLUelyCWgNmNREbiGn1l3OgkQTt6rBKL/G5rAqdUVauLebvJqXexqIPErwHB9IxNo4isU5rj+sk7+Yy4Z9jJ7zBDLgSsc6kR448mqwkNuhzAAcDiFgX3EcG2ZaLRvFiTi0f8gerkN1biG71axNMb29OE+1jm+on9jrV6Fj7Pr2PnqVGa4vzHOQA/Hz0MyYShi67pylI9CAlWpnRf+AZbIXHC39QPQ7YBvPQIeLAaESBmEXr8x9zlx3tdyiHs3GcgSPV8T3ZZxlv1q0U3iVIeFbI3rtznKtM4YfbGURKMQFZotgpYxf0kOEa41/MWoee836PkUPjkMZyHCnP5es9Fomvwbpqr1cITUyTGsLolh5BgtgBSjRv0uAvt+JrHKJoOOjlYcnFlkUmb6I16xctdEEpx1UxCWd9lJwxj3nR55VwaGoFszUH5rjEUaEI4mBifjh6mKeHGew8n0DvfDKeOdZJHtud49UpCj3K/5l7sQTEhSD7/60iFml6CXOvQnd3B3l8JoQUdgDQeAh+69u35YqZVHIzdLuy/9SDxvBlg834a+8duRpw5dfDlPYACwSEfAXjnBPkdYU0w8n6p0XlNOFSosjl6SqvfiA/vq0tGrX1RhwcfCXTgYCwKEa/hQ3qBD+8JVnA75Yq4o7eccM3iILNMaNjAS2x3kuhKLytftZ4LBoMneDBtdai0U9fwnL5rDqycupGdG8OzLPFRPkYS9wInj30VEV2HpZyksanerjxOsohZh2q/I8q+iHVwKbxQ6zlTJhKqlT+IQdIdFobUtNhPbSxgB0M3fI2jRZt35NdI5g+iO/z2yp1GG6rd+dG2NJb5sCbGbUunAuYfp6BYD7USMcyyW/zlPcdWC7Atuum/hg/p1CTb2yfSqdF2bLsccdwpP0PMY9SA9POJdUUV4xtAmRmlNvW0ESMaJGrh2JuAY5VQOLWe0/7i10hIJWwmloZjZaHwWNUQBklTgr1CP2LhmbHQrvXDbHzPmL30GbWx5KCD5YksDwstgJ6Xg5ckz9Z1gtgqdmHbUXbylH/Fr2ydENY1qAWlNsV6aod44qE/lSViRYV/+J8md49OrYn8bb9KiGbZCc5j0wfViOHpoXGXFKxx2PhfRxLM53TjIIO/P5cp5MItMzZRzy9LZlhG6X6Yr3I4IU7shhCFUxpYIS1dwjWsgpjAffob+AecfxJkb1fTmjcHL7eYwDSgihl5ZJS1TgGxe28JnU+wSBwDgurZ68Jg+hUILb4ieLYu0uKa3Q404OFd+Q+ohKqf51lluk/huVk++6lFCtYWCU7PDhVUMteE0fwplybW54W2xUJa+PSSMsRTwkbifDbt3ambUtSDYjmmaWUvm28uy1YrFMsVNsZ/k19dIyUNIqtsAuwMOiv1Y6FpVyZ/iJ5wmC/4Zr09nKp5lrXsTcaWmUByY5a0JsgpVWuXHWBj8qUTOKFMBI+8uzmjtx2Pff1AY6zx2i01g6gpRmfWE0/gaR0GlPWXo4SpGiVRFETRaSrrSpDBUWTRgRnDR2p1Z0OOqKcMD5PWvBrt21kus7+fv3//vzvu73cey9KXWMmdry28ea8V1WFLrNz88f1H4Deg/GF/UwH7jnUi/milcBhy82Xuope4GGezq+wOlrhXughPR9WTeK/3qTzx9vutejhfX0ez0FH/vkeF+CrygnWxukUmcBhtE1t6yKHluoMFze3vrZNe+Rrn0OlKLvDgm8TlifTxBmN/wOAehX+lau36gtc8Jdv9G7zB339gq9oFjhGD65DP2EA63ctJTTrkH/4VaCO/oPXEkfYjtKCO5O9VIcqPLjRGo956R9De++Vt8Qz22w45USUYnTj6apqkXwEylcMa9f3cdheNEW+D0noIbhqsPDQOtxi639vXr/e1o1zy89V5sn4O11tjeT4V3OGyp96Srj61T33VGTpDKcZHp/Q0E9OshKKe6ngPBevV2x/dhXdhQLshOerrgeO5CfIJkBTwTxAUbqpBvkg2nD/qDSHF6XKOJJrqKhGd6NXvyECPaMye1v5nV3wl9W1Bgx+4GPcyOQFsHEciMViFg1rN6ByDM4YWPvtVoP5l0vJQe0wIi1twZveDeePSWmOy4zhh6l3CKlHd9YQn+chdj1oinKUhnevGMGoCURsQrQ07bth9miZk2+dJkEHpNZsCngtIF5ljcUlMxtw/n5UeAZij68WLi/ATcos6TKWPvzzrvjq0FRY9fXstlxsL1+1gyBIl27PVbN1t9eGPskd/+k9JC8Ci5RSOzhe82Pt7HHpv+xN4r2rihbksYaw4o+bL5beF+/8hHOCgdwE7mNUX1STIDsTPHxeEbwCDlxKjfLhtgMnLr5RLGBKXIX9xQrQkkBCB8gsoKvActQroDpskAPChgRW34pKD4osK2e/oShg2X0WIFYIFw4O9zJuk9waTZ08u8YLiJSKabuXOL7HnVOUaLAz7fBrobgRI7co0GT3lul8jTkReyVui9Wvf5l2JFPeE3Na7vxRDcR+iijQ4UcpBRikWratcy+JEQ/WFoI/TNKHMkDPjbDh7jY3S/ucLF24gQGoXQhPTbWErdBzfDRitRdtkwf+KbnsFNUf+V2I2aOIp7e7n3+pRDfX+gwOPr9hjhouzSeZObSHvKMcZ5WDOCVazeyMX7dT5pLtMXXUJ+ttIgHjI0F9aN/r68bh48b3Wr5WnvGyYqcyRus1CmlaVmQHtP6UxaqTd0d3Z4baVZJYwni626eFs2ZWHTJhuqqanq6R80whHtzzRr73M4qLhLQOLRZfCgrLaqof+49G48hx6P9SgqfwsVFeyqXQTLE4JwnXnZIwr0fyBYEJWtUViTKQJuajEnxanF4p//eOQREbpl5XW7qB4zIbgBBFU/dQsIL8FBO2uGDgxGZQHb57F18Ur/E9HkuA7vE+TSRa+lfJn2SuMtsFDGfXIu8BQQ0my3u1I0BlVpYkvsHBpQmcBaqUrphhq3vKn1Ta0ZCiR97Q1yq+HsbVKQFNEy62ySzn+tLm5lprpl5XCLVquhrmWRQTsyFC0VDPzjN1jKKwVwKJ26skUYH6v7GD/LuFnU6bcu9bbzJz09WIcmW+Ma+kF6XSThca+Bx+24vXG71vJ5iXJwpCPzliA+L5LMpiaiXH4AwCPvMn/pmpV1DcCAhK3KAECnJPCxT+3F2ajs8ylwJJ+/H4ViAAvYBmRqV2b2atOw17XIPfhvCdnaDqSlgpBmmxijUbGEqhSdj9efDTflL5lsvg6pWvsDYQwhApO4SRWEBKXs5OsMJvMFvofJrVl9xnwy8+Kem1ihX+N3bk2sMlBYlIO6WcN5PoqrekwXSVnPqbwLF4TQgC6JrzdR0JTPncrRwVBV40j5YiU8gAvGfRSVqfZnyCDGJ4nPhGMbM8BoHR+wTXISD5ESTW2H7A4EWY5q1EA81vBqxL/An7AaUGwbqvRh251dMsm16g1EYnIPG/MXi3Z1zspEJ9pap0L2bs3EfLzJJmXjITPs00OII5rydfWR8o0IpkwRKDACadrYxFwmnKKRguD4ox8TRxw2LRtjTDqfJid/U9FjDZZxLFv2GrJeQ9Lwaxcm7vkDKMe+V6qO7/KAqIKJAv/H7fLGb5+BSwObx6Ff61V4TOc5wM/eAYVGqJcoaayPmIPdIUFospnHg2Yof5kNLBPRPTDqtYWFDcxv5wBDtmiA8U5emOhkGQcB7xeqIiDQY9IgwSapwMEgTTApvboEFiCgw2wBxwonVMu1grT7Khi1dcy9BZ+2r7HVUNjBZTwp/hYdH3PpQvsgNeV3bxsuoL2Lmi/M6tugCV7ZaOiK+pPv9N2U5vWAd0VZ8yzPk/vj1j0/7vzWPxD07p19Oov7zKazQ/8/lL+IGYYeyd2NtqOJP0Umu2aJKA8MNWuP4nah15Q1zwyVF9jcdBn7evzBrXNWGGr4yi/G9kKLFY9crzSPCz2BEuCZg2OFbuiy/ZdrnIkLD+ReoQWmznvHTGhMEtOBeFUEO8TEacHD7Z0cXg0AmIcNhurAgMvK0oX2aLeuJ33hIb/mNx83TolQlGYiJvVVOMZf+csY2/1P++tOsTPsSCFOzlNB3vypvnVbZH7qXap+HXUUL7WvNnO7W55UdklNbz/tS1GZoEje0q/KXWEOch9sut3Yz1are6entddRP55iB8D4LLZ5ss/PayjeJHt0kDIuV7BpLZCkotrinYi7xzSggDM6KMz9iFsZXqLsrSoolpkoLbKJV2vXwp2ciuCBFim8Yqp6e7S/dqwR1h9VwemaxYfNgS+6DdvZv+E8Cy0IFU2nJ55vv0tgwVZHxCwnA6igXLB/u4R3ZZ23/SvB+/86pr/Kb3/+URz7W7Tfpf0e3jcI1RSy6F21H6ifJCA3VDJE/1zF+0Ep/TX+DzNO9LUXJ/BQaL2gAKd7vHDDfU2Rq4JEJiI0/TS9Uyim6Wq2PewsRpM3xeBuQI41PEfPc8Skodg6ZgYeZEdEYFV4u1xhLVEfxHVGDRsG3QzWSEv8BpT/BjWjqL5zC42H+WocTw7l23kKysT5r3GiSv/M6Hxrk3ne5nV6fcS4UG4MXJvVcITNUz713g4UQGkYbqcW5JiXe9F5Mm6zVULv7c63+m15BritiAEBaRG0/Ojt44tO9/kvBjmTjJWUjchO4Ezpp3IZ1cM4RUsDYVzrAyNbB2NbB6NbB+NbBxJaBzJqF111TzWjC8YDdZAntiWF/nvhKcxoOTEQ5PtDF3xgB+GMD65X9Wx3zKBgbIAOZlgHpVd4kRzQo+SHh/EWn7DbTIzUJchzDreT9RCwl6U/hvWU6t56UL3PmF6oG4yQyrjwuV3w70NJGWDcjwN8a81Dk7r4iwf6yeL3Ok98ig+cWabrDxdMSugrWJHCi5PSy9su1xr/H/z8r/zYiY6R7Ug8zDO8IsdbAEE7zIrlD9T/WkFtMtwAxDsCk7XFbOWAaFhbKwlhtnhtnMgl1GHus3OZLs7D6SKakZwFkzyfQS2awENwGDve8Mi67jKjHyoP3o2PMRrs7Je6Y3WYvdnn/KQmc07Dqug2nRcaM7qdAxAHvvtEXCM4lWE8WBxgGmuCmU8rtDynFKDKELJujcD7uli2HdgCX3a3x7zJQPZcm5kEO69bGdofmlhcMz7Zv2luUmmi4ZuXXfgdVlL3BXSVCtREuj2woC/I/9EFFs699pe6RwVwX00Of27TTTf04OAB9wZe7mjr8AZcL+zd2+bd5/nvP2HFRkwQYhNCDLErnIkBklTo3iDKuAMmcYMrNeBm8I4sd2uyE5zhhD2JblnPR0mpHDFKuNw+WKj19APSvsTOs3PAqeukJmnAhmdbkWjD1jsMA9+int73Zus4Lr97hgdG8Xs9dgqQguTTeMqRi66AZp3jKzinIdSl2eRy99P8znScmng2v3cJtCf2yPyPtS2/SmQX5I016rIFtdVdk8FtyO/8uoW5k2VXRxIoCIV1UMK33uijd8EJq1aePuhVF5pV9APtq6dL+gI6Wq4RYFyaSi3gwk0A8crTYFE28ARw18ZOy4T2Jl8m+qiwp86spNNlZFWHwrbpV4FeSaoreCsW/NLf1ojNHrE04SUUAH1MJHmoeurOVTnErbY3xuqIuLVXEQZ/rotzdVw3bfmqccpvRsICh5YpN2RkqAJtsHS4ONwmGlj0uaWaHjzynl5u21BPYyrs1Vghim8zhKMNUEVJe6FSUBQd7whnAeXKS9Zv7hK0c0T+T9EF8ddHFFNaPNJvx7xACdWE8NZofYF+4ZvA0Z+qbM3AFCr6euDVDQGb815/VP4lc4gU8/MM2A13g+B+cdPYSIz59dFSH3f1Mcz+EKAcTjdWFYU5L3RaAkO43Xqu3+a7OA7qScTi3edMLhDpdJoilnCVvkQU1omEgCBc5a8QxfW7b41wj6S+9HW4pYjV64xEQoeK070cNRkteSogdSn4z3t4Swpb9rY6cLZvxRv17/DyfVkD2K/HRQ4LODRxtHhoTvbm2/LNRfc04PaMFCkR267dET1I+pwCCjRlcC5iJdtYIszFfpUXvKKlQhMZQvMeT5KZ+MqBudBDM3uOvGxck/QJzY71n6YByuLmeMxiMQ6aRQzm3nat52rMUXtmqX7WUiL9NLC/o88DAG4hc2sOAL2zgV2QjYX7i2mCa4lmRWJ0CPPvtmUbUEB/rS3IcRRBetaOO8s0smkIT7f/mHX3IXu6cDI2Tb5+MNUtEluVsnYr20R6kLDJfUJ4nOOgkh/JbszOdnsj6Vc1o53t76k9p6tLStE6p379u6+5p/qbvw1UDs3F9vDtaYhwJ3aCOzpitBJiSggPvlBwzh37dfmkuKzXNKHK6pzNmwLlCnju5IhZbsjgDYXOpQQ8sARdOuBHoIayNELBGr423i2HNK72yVcP43+s6PbluVNkv8jV8Uil/eYoCDOmwX9cmX28RtdGc3k1YG+uq5E562B2gQqD3I5ExaOFUpIpiwCNJy/ilkxjxP22JDRC2nRqYzwVMY45n9CmxY6sT7PZw282f/IcSF1hGh033id9NQmOpDZ1Y+a5cuyLbnHKkh7Oz2m0GhgXjiYHSXAzelNpOjgGRhRrGvbFeErU6Xz8CDENSWeajy4garfXe7OsBmvD0JcQ9PyXL6FvRMTJmv/ypfQN5PDno1ZUJGhKQHGT6sVlkHY4vnCSlG+i4f/0KBc+9ft5/du5KfvJV5ManTE4WRKa/OXkpKf1KwmTLokzgHiwkde/OStPyMK38e7QGetxxIqRYdUPf0sDGMUOCsr8gqo4CithGbEbCZDASw0CHtnthEVUfVaJK5YBuN0YZRpZW3GBEKWsVOQdbS6BnZ5iq7VvD7U+at7eA7ChUZ8sWQikt1mhSVinlVLMdihKE+LtylpY/23uwMPNPL1YeMGrCzydIqg4XcTLRCLb+4ymTEYiiJDnteMiNDgeNRSxrDDw4eVZNKKWSj46IpAVCpwX4ywFjR148jYhHMvr3eI577NfkPuyhw19jLf2wa6v8jUafIch+wJg1vaCDUxSiVBM/0twlQmhupfd0L2xAUnYWs5ocCXFMfa4KKqjY/5ajChj2GCtmdmTNMRpqYepDiucw4uyXn6vkjvjy+D4eg4ubY7oLTrfOxECkN3ZTZfeWjqtOSrI4ZQcqbC46Ubehmtgfya4A7rdSySFm7t2YM5V0wYREr+jmhW9oroSjVhtXrkS/riNaESG3/6c0Zfsvo+goNQ27JCtDPFWb1vx472rYXoblZW4mC5mtVbbsfUJToXKZhiW0f9A4uo+BAnfZnkmnS2p80rB/LjhOxrpETn9BgcJk/3cyv7Ap5zc7/WCK6E1tAQeGIq9hr8vFTkCax+CsWYGBtS9J24NM5DIwWdK8t46fmNLXLg+ZaORpJEtdJ7vUTwOTHoSD0mO16t4BKYd9SYerzezCjaikxOgsxNu+Qn3c5qEzO7jbk4bbPFjl4BLhQY32KxS81kZLDw53V3yG/UxePxVk3tPFjnO55PoHGtglOEtOtnly8xe2S4yHGtmxeSTifOps5f77nVqG7hnqUF9aGed+sf7opjpHq+3VKo2mAreGB/eZX6Rx8qYA7dcabykvw2nCq0nZ2kZcYktqQCEYANrer62GLJJk3HdmYbdORMb7SeaKeQ6V/9OpzYOf9LT/rlbejcmuZHhdzO9fBg4wQBOD7Qjns4XJkDoRR4ihA7YIImejbf4xqs4Yn+G7eubA36GFOPuD2gvM4HVlMVRRFCrOFi+t4V4NCMX/eS5YMmLYLYEWuPbXJLPbyWrWB0Tp9DtvPaz4qqbroH4qid1nZ1uBJbyJUEQQjHg06Dam4cQk9xEQGD8YelylWTKLoLO8oijZo9qqqH7/amA8PGkwMD6T8Aw8lh+9ed/PFh/zFfBA04nAFvLm5ikBZ5bDbqU1AegFt58J/fqjrD7dLEALNaF/0b0a74uJbL74DMFfOMQj/n72iQarVBPdi0Al/SYoY8vWh+f6A1dOiCLZJcFJhFQro+v7wWht/u0ubu8UaIN5O2tdfSSBLDse0N9863CfcyzNPuCndo3GyzTwMI5Dxch1gqwLYs2gpbWLF1XhS6JXGTnYJ5ObrPzMH/BiY9NJjNDhbt08uwLLl3/Ne6vuu8rxejcNPmWb2BuZsLq2CUVF2rJyKYbmLvhVTubpTvrYKI+Ga27+VpduaTFRWK9XN1kiMERGgVy23GcLZBibfGtKw9zoKUrUxohnv4RFtOcGDJhFB02XIe8CkGnOY/0aJo+IgDqOh+tJVXOvJHWxbzPEBmUT/MVS7twI1xiF3PYfjgZ/av/Aym0De2KxFcUCsC2GqxRZnpKkCop2+URQuVHcwsF+RPc0dXBow4jCkILTt1ETAPDRBsyht8cexvbkt7xw+992lWRc16MGUgdoY1IG308AA2GuLPwrR/9tuq67p3uYyV37I3xkWFIvlpSuUWx+N7eTGeSTaXOc3tvgvKtncS0qla+UZN4cQETP4wZPNL+SUQENEvvH/ZQs1+vNHoMMHW7bfv4mvgU0fBY2ymRsHaHslon0MQMa+5qzV09jQB9fi3nzjFC9jg4h9EgBetfFDZ4Z6P0qqA7HrQFs6fCjOdm2yuO02bUbbiUzsK+yajDzNmgT5cfor8aOgcC6cox1QSdNRT8ShM8zJy3WS9gpXPK1d0A+GBfHX7jNN5rfO6SeeWpuiDUUwtPqSDWmeuTKPvCKSN3za4f4MmIZx/bH+nMy/ZXMyYtCrc/AZZuie69FwlKuTGME1qmgOjRpMd3kM7w2fBAix0dmVFB5lzJqzAoIipbCYDzedujjRC6AN7yZMxzIyR2uLjmvcqdYwl2wLmoLIg23KLc0AhB8eES0zTZ4wuU5mLNdDBZL760vmAN5cSOt+TdSXi27JvanpKciv8x2fy5hQz7owkp1l9p5W+j99VBUzzL0/OOXu6kHkfHudgiQriyfLodO9f9zWTjZ8dOnjPWZLzUWIeESwyUMMi0g4xwJf3cfwDi5iI7XgM0clu4BvRMae10xIotJNoEmmkuJSWLBVb8yA5Z+DdSUh2+ecH9TLtY7UrRplCXjeg2p3TZ1j2bf7QdQmUeLPhIm87n2lk06IkN10PhQwv14FdF9dDFND0kNfvirNkYeU/0HpRwaL+2GQTUy6/KDged/MuAdogNrxb7vAx352g7PlpA2gnNO/Jwv63+/7U2kOdmTXDMddGw7NpEul2ORLRXOBwq1nrIEgyXQEj3tgdwL85s3SEfVDchKb2D16bPfJW5Pb1hR009aY6ia0ufP9o4wFvyIlVzlCTQYYK0tCzkdkZa30OLfRXYaTqWVfx6muEPM1E7g7lnQwwA9BZST8Iy3iYV8DUA1be32vp34jk0jjEYGjX97MatjddQnKqg1CqsMQ+eicrOtv/aKqbhzu1UA573Xj6AUJE1MBoPsIUgK3JOhehx9gtw4CnJdF/HBC5f66iwsOGOnZYhLlKPhAdoFEnE2AIZKxELlNqyg4YEaHPg0Y+OjgY9VZFl2UOB7TtxAD/vJ4ddDlKsdv7yeuQkHdjwwNkb1AvgRAu3pbmH9Vf8PhBdZZnFbuyLgw+NWK6JNv0QkdxOVF9JoyFBCpprqPTRVAdLQLbjwHJVfM+8BQHjm0gqx1W/1R9P3qGDYo9CxZ13TLfYjYeC4g49QMXAgcDlO2Jhm90GbJjXGrnRwLHLotH/7uLO7oTvDAHTlYAsgHlS0BwPuJd2+kt5E2d4E66iojv2JESZ4NvP6FOi37cWy7S7x+HkXU7ifiuVhXvYipqp5WzxBBqXVwSUNGQjDDubb934a7eW8lElsRdKuvcnG3PlnmAsU45O8tmxgX/2LbeFIepGPpahx172yDhBoVN9c4/om7CfHqabAOqDEAtYNgljVQbEJ+Ex5f6nPJMWQJvoDVAFvE1+1fdohJ1p3dBnQjbRsi0m8C5kJYDms8fpA7wIAN/iQqBnrlxFOIxijNsWQsEdwRwa/SF52NgkKmHoprteiC4WPPZCMfb8BqY50fNLpavm2hDQh122ik+rCHLLUzdZ1+Xq2AmbYop8FQ9h6wAHAs+rbVo66c5NpFDbgSq2bG37R69zUDECzzGn0XdLlCYxKSUsGA674iLAIuezVki/wBSCHUCez74H9C2DqheO4fpVIP+HNqfTQC2dcAjuCOa7rZ85tQMshInOcrPT/N0yFohzGkBU2BW1O6g1IdYeK7wNx+JPO3tvg8PXgEq/rv3/Oa22yRZemfInB3LMOdSeV8BdOyWir5KkQyKFM/4CcwCuDVxCAZ2pHDIfX9kzmrCuQR8txA4XEwl3uydZvLHk6oLTIMkLSlynqYhUTVnKC0V2LdzVDEJhIup+tkXE90D0C8cx8rNJQZ6A1OuOBHC4P42GdbxdwXrePbe7Ct0EqZhLdbWxNZc8MSKovn5Sk0Fz9rHMD3dVxntNZsapt8j0oFmtaTzh/Rh7bsN4WEJwprG569nvrLr31dabDBdGPvLeTbezhTs65dXXjtezbNYXYr0eTF2/KiSxjZlMg6pMy/6cY/0pR11LelYJXnilYLTCDwhLBIaMBp0ngCicWkf3hiUSQ1DnDwtLUfU9EmzbvFBU1hGXC7/aWyXbL7hC/MjbKrI9wCwpkL3/Rofm22GVpTBLqV/y0v6woIj/K0ldpqGkVcDWnoLxVheX4S9RMLAYVFtMZQExP5B1uikhgrmm76F1eeMZputX7vgKLQNtWGexwHyRLz2gLkFZp/GDSxKIcrfAcCq654b8Q6A4R+tDMOfLS1/oahwZwpgtoRAfZl91VVnRdobSKrHiBN5tYONxGs0SKl+zSapFK5Hwa5U2RPK9URuGWwxlOpDgH9S79DV/RL72y9Dxsmoym16h+ECzM04hvq0kop9cndXn8XMOPBQfzHQH1Pw1pOIMqz7oj6JYrUZegvuUGdCnhc9TYIItX0wtkIX7f9cU7a4FXlcZzbhF9rhQtMcT5scNoYZ4gh5ripZ1Ar+0ZmjCLHiIhZSoGgXedRPnkNP7I6h8T9CVdimHK0OXmRzY+EN+2VH6kyqpGH7brFADzOgFLdEkSpYTI9W3jW/Yit5VG66Q+YK5h2TPvmnPnBwPY8+fsoGI5w0KbjqzqZQIM503eXDiXOXUh4z0PmrPE3GDMmw2hsEMMu1iwGLIC3XR4B38Be/URQF18Be8g4sF79RFMdLJxQN2cJGMdPK/WjsL6SVEAiEfOuGA4GMGX9rtmIQV2qFQ9Sut+uppz5UUV6R4JiwcrLmXAtjcvIRagJt7KeDNDQBwbjgAcbjoCBixN8EJakiDtaOnqJBKC087aFdhab2Bh+ZWrblRP1O1WsgEVIbmlXJpavaWDYBypbQ08EpVOxOHfK+4+xZLLfw8ST2QzUgP+CaJPG275mVtJbnmUaiQ0IlfGabm5hstPhSYPWxx+Mi84Qa2We6tZ4PXBQVlrmCtTTrKxDMeAefzkNZQaON2/JtScGulbWUFbLCYO6shQzoM7Vap5TwDr4aMJIQ2BB4+pFeqVPGB6+8HZmJLMaoafoIsKuQjKFQmA5/HNsULrpzirJoVlK0vj8dF0sv8sCoAD84JAZHof6LmdJPnpTtaNvKOwewJacxt8W7U0D8GV4233Jb4vGDlIM92A/605SeC2Th1HMl/+SrT4JHA0Y+JrQ5PV7TYStcr/tj8cEHFMGwz548l6qzvuaNLWWD6wIr2Vluwd9nhQ8jjfMftUfk/GYpOeNCYhmwa/qHrHzyILdv4rM08SQevT6IK3vD84Qyj+raA4J/JoeJXBBKXzFTUYpR8VnwQ6b0MFjz8+sy6FdYJSg/O5Dr+xk/sGJmPFPIc73FSC/IC0VL1BTHZvKlJB82OZjTs25Yzig+xAJKLAZBQLttvhYtbesWyzVtCM0/DlV17Y+cPALbRS58yg6WTigH6qkCKw8dOYTVaCm+5hXGbRdWjLM1erFtwAYtmiLhZdvV5r416rZJvWteKUwwLkN5mWwWuNs2t7qazXoa0BHy79QUP4ey4HZz0wbgcLPpUfLWKz7IyayH3htDdpuNItWYpxtEK4ohV0qCbbAvVgXGqcaZkGkRyR6HkZwf1X6oNF8ejcT8YFObyYS11ZPLGYBTBv3b73z9n2QRwYU0EPJqKvJfHiwucTMzGVOqha1M2fTeKyy5QXZRArjqM19Iya5Ye90blNh3mJI+PrQJxycv+uao0ZygZpQsb7fzLR9QrmocjKQN61qhEJoYFenVhtZWyI1wNy0EBKyZtllAczqLWGcq6BfL5diUK74aMa5qgW34DP83t/48YhPLwoIg5a6QqGzWPidqnxW2GgcU4IqFhLW0XStA8K9RXxJmsrlmA2sz3cPVXEZNEXNFT9v/WrdVvyQVLwR+09NjMshnNWMQcs4QH6wpFK0HcriT6bAJMQzszftFRH1BtMqXyM3ZA8aSdGbDiLHxEmxSR0pm84R5idQK3Ic/tIpvxnmqhkD7+Wrtkqw1JAHsO1aMyCyAPVrLI+dLSM2r6LmqFfGEPNTC5yvbWDA+R4T7yDjDz1qz2XagsK5I2WAJUBgysF0oZ8dOWqxSftK0YQPozeOWhnoLD0u5w5hs7kVlvGXrDAF0EAHs70omIW/SJZnzbWzsyRdtWUYEEjzwicM1pzwJBRnoPyatFzaL9ogGld9k3GBahV3MUCesXwyKYpIrmnSz22KBFFxM6kCo4NXR+jValyeFsUQ0QnaeNVfRRdJtsryHD5iZgg8EIVFSn8Us58h1IKg8+yPyrKNeNXflxqaRBUc+yoCsPR38r7Q5dvekUTVVargXDmlHcSHKIZ4RsXKEaIbEmEdHqZyyqZ4W7oqIa5RTkNb4IL7rRXs7BNmx3Jix248FZDysnUHrxow+91kfPB7wFm10VoUq3hYaoWk2ZMxOmW7uP7ME94purhCWIkc+7I4qWfKgtsq/9BFs4ueUGpdYDQE67yiNx09pFrV5rAFTQWyg4DC3C8wZQqukddk9/+D3dVHqCWUAkCSxKcqudBDAPsx5UH0SB1x7iOAEhC84Np37lV77GsbXSaEbfiy2NHPpqmXJYiz40Pmwshv8KMsduPslGK2u65rl9VwHxfmWAmQuecoHONgjERqnAIM0TmGAXXeNQjCucXy9pSWwPSxECPNa2p/gkWcv4U/S0pIVBg6RBYaKgQZG2jDpMD2yYZy+mfdFO2BghcS4qYBuWlOxo3jjQ1P2wjW7raXe+QBXnb7zbNxIq/EsuikNA/zrSwLSBOml8zEQiuaLoVPlt+tMMTDT3KyLYTI0LvF2jXxVlfrdUQZtwk5dj+7XycAezRBzMmycdnAkx3N2Rz68GTr3nv8sy5hdHQyusKeU60QXs8eGm4JR2GstDWWYZrJpNC109LqpXdUiEzBBo5dtCgpAxkP1RayR4BBak3twSwHQhhTLGr8TACcwC5ZBO4mMrE61DngDYV8lSXCHFa30IqvRxTO1+yUHI6s8D//+8uy/6TggHTj5iTwQWlEiLuvUYp++CCH7TEX2sje8dY7Kc+VVTBn/lswk6sSq3gLNCZdKmNI1Et91RdSR8Aof87wByddhofhDvseQhIOALDR5ecilxcEGPibqH7qMvXJwX8iWUApxyQM4hcGcXRu1o8kUC0k8pqCzm64m+BZJTNvMuTsI17N6BArD0KUwGEe63UJh57YYEnkeEb/1MN5d9CzKMt2XwzKqCz/TKe45XmKPebh9j3+bniYVXb/Ts6O4+XCkPEYmmkVHHkWpxpr1+lJTXr9vVkcei1PEL7fX6wlpdRmQW7clTwkeuoF1M9FLBlX65PTwZ6nvMXyNe+oEHL7hhqZZyAg5/7VP7RrhQvY82S+2lI4Ok+ABS6R1GhHnGB3yHYB8bA7aaSfesw8xis5NsEbeFUzJ6ikkAOq+t9Mv3YF+4Ytazlk+LtxlvQ3wg9WT2wjlmi7lmj7nZaSBroV9TFS0cNi/4vxOi7C/U7zHSOEeubhnJSj8mf3yMjWE00UymLtV+WRaOLyHV7tF4tDuJf95YEArpaMEBA94D2wrB1xcAWkh+HWsSzs7VDE5+cTeO7vXI5Nw5TCUHoGQ61069NFYjUl6DvSQ+E/4xiElocEp6aD5SHZHG1Z+lvn3aZ29InnfQGcoeVzhH+sfuoF1oA8uIlyvx7AU3vWXUIYO4w4i2bpNfRfMw+iP9WoTBsFK2G+/Xhs9Dv5b4SEmR/E+zQ9FoypEONv+SKgCxQP6Ca18+2VngYXemv3sYoVQ8MwbdAIT6RRuLnxrCxRqpMaJEmYdVl1Y75DmeQOFgK/8TSRWtqcA1A/Ggwoyyps4PLEFIKEoDO1dwft/wSIiS78ubNB+ZEoQAZToJKERqsMQzThDXSK4A6EzJogvdLtdKZwcrva0cmJa7DSik7e0nbxK20LV9pzmasWUZjEwnhu97VpR5/iMUqVHFq97fccvhh68XyTFrgCPamJGC2rjMlUCXdmvXJ2SWgGQzrbBCQrJagcLHXafHA45jPrmDy93jeMykwhdtOFAapeSYhpRpVCCk7RQiuDwTcOAGWLP33RHCW5enTrbHbGD2beUeI0qR2DsunqV0uh8S2yc2mBbbUXzNUAjGpIpQCjdbpNcgrUZoXV/Ix6keMNEi1+fgTOBmHjSPmZAXMvXuFbqP61IaHAjGXR9S3j7unNRBerxfWPdhwEG0MJ0Z9iYXBSGnZvM566yO1ny8teYRfk/oxB7TG7A4RDarrQ2VtLm7iPGTDlYbc1IgjhuY3mvVQHMGqVlVEMQgfVlAV770uonxJyu81stE8coEuuFp06sIT7oB7nXsyvych5i1HTF1xP/fKY6y9o+o+v4DCBgZNE2XtGTuEAHMrGejGC8K/Xa/qzSUeK7PnsyG93/iCCLxSMaVOp1MUzn7EFicvBqtdkkR4UGpCpCh3vGbT1JgPaBy51ZQscrrhAmjPW1/Wjnrcy/vZIYq+Z9QacWKGxFOqjuLRAHIAr/rHoyc81oGJuPSmsM1PUgGqF8z41Qc+zXJ6GlbDfyRq19qSUFR9PWRHbr/RUyVfKDMR68e8B1XPKegilUFwLE6ShLww9CVEqTud/R1G8Wck+/Zk88rg4uSDQGqVo19Co/iNRurs+wCtsiv2nv7xFUv/wG5vIyLG+dSNmv8RhFH7sQUN67Q4CRXE5EhJ6+LznewcxNrOpiRlWSmGF3dzqoXiPAj6WrBCFgakZmcclL6st4VHhzlOjES4KSxDggf7WSmGoUzwlGLguMBsFJfGt3EJYEtcO6jnaypVSAiTpxq+bCxTpTrJQjxTmirxJhRjl5Xv3EjcncZoPba19wS8ezoXCb+mcgLkLn08Il0Q64bJM8Hv3sNRZnyovqIBGTprI/BxjpRk8c7IlY8S20cEZZaZHlOQCt9s1z56CAzGTdNXBDMUiAzytHH26bn259SXs4mFuKd0GcQMnFOUE1qfQF51u2qW2aJ+/HUOI6Io6pt3MGIov3fWJZnLF/QP5nL3dVEHwA5qMFul9PPVyZfVXBvoAtjP23x++oTUAxD+lqGwd6W8pxOcagXXwEA2BijKOBY+UadaMpvJQtiH19ysKZ+WswXqJQA4cR6sP82WJkRiaBdZrG0hjcz1XFikXge5hDCh1o+k/EP4LIhDrcta4+/Qth3C+WC8pyQWaddReU8LGIRZGEIB0pUHtf4xGjSq08zpUNSv3EqmFZ3bVhSiq8BWxJdOaMpQJxukD+fVjqxBUBNB0U0X6KQw5E6Qh3LGblmShVxgzVS6ns8K+W+rEuS6XSzvMS8LNp5FQAvrrrRe+clezg2RKzQlhxRN9denlaQc+fKezvEpBZkKZaOWN/hkS9nZdw0lFzArv4smuz9rxP2PiBxLQZl8xgJaTqAUumEvAjb4jFI906tf8G5KENSv4m1D4ZCJue/ZenGj3Hs1P4T5pWCZSNqdDgkGKmhMx6OUJ//wspCyWmloyatJJGOWFRDMF7qI9QIb4KVMrsMAlW758YcLdQodrGVB/XBmfmaHyMoKzY/jmBmOfVwREhHF7euHATjXqm/XIk9MiQ0i2YB2+NzP4On3yxlWHtueDiofm+xVpWsdvFYR5tcTQVJA/aPfRRGWzp0AFaX3q/LMD1MtQq/mTAeC546A8lf9rAc1Gki9ud2YnX42Z8pnfL7vsQeBGRZExP0TbCA3TTjxCpo0m9KntBRyGPtxPxZE8NkbZToh2373DkJ0cX15IiNv/gbwSiZjGD3meTiuvECm+uRZ9jWXk99AxcVwXMMIV9H+dnDYf66FL8oxvsgkuaJ4Ab194QjdSqQjVsdF4DmT85Tt3/UhKPgiLWmE+Q25N3GqL90X2s2aN5nFhRorPpkSTeXOa0XQNH8lAtQ/siPDmffzXlakHF3yZ/IB2PQrN2hlZ7ih93pEc6FyD7Z+o+Z9BJbsx2/sVfEj0BAvEdNzBPOFfIedeNrAxJLtm+CuPyX8TY1lxX0i6dHtkaWXsMT60g7ty8EZj8zGFIRHJZZpUXFvrbI52fOsFmd54SS/uQsm+XkQRpyyjshGaIxarxCAZmZJS6t6LpzLdb3H3X4+7+UMDyxY9jxQf1T5ACUSqLiBYSbzAkhXyqL+06YuPBcFFa0MuNP+ZWeiH/o9Z2T72teOds9sVPjKM+zlvSlf344tz8cQzDW8lNXSLe81BP7NV8pmKsFj6Rv+Dp5MiAC3Kz0Iv+K13w+ThYT7neLqEDB441AiaSAEC0LeypQWOZBDA6N/zLJyMjbkr2oTg3IGoV3jZ1BmV9vV6u+mPeV9jomAOXUVbEQeZi+VbpDrhxyWoxeu/6brJcSuUtmc5Kl3Nwvw5TrLEUsnDzA/b/YFN5GWLboHtZIPdCol8ilIQ6m2nF5IC/59sZiNe7tj9dK4TYENg5NApzJsTwPPAZ06iofg+l8xs9dMaRLneK3iBWVcgqgJozB2LO0Aghni05aYwGu4e9PRWePXILWm1lVQlt+eC0J9ZW3THGdk20wL/mPqXCUszITemA9Hyyn7fu00XmtEmKjRF4TYfk10KDW1/DYDzTQedsf+9V5yim2XKDM04jyGqmxe3E452tlYiFyswK+we+1a3X20uNzCDqN0VpEwthsuV3BHJFsxDjBaEAbyanOJMlG1mY1Ey/cgpCjTSDvMxUbCGfjkiH3tfplJOC6YeucCupvModnFRcXZ3VgcuImePnqgqlmsv/KwtfH0vEXbEDpXZT2TysNNoNvuf0fxO1Ke+TmKA5CMy98O39EvoP8qyPwIHzul8zSOfz7VFUNba3IaBCrV6fLSBOXGvAHy3pYny6L03MYSTxns0OlJxIlvjrZD1PRMsyVqUmdTVy9W0CoIlvCKzAfeh4IPt7DwTel3+TAVlnnbpWeIAlNA297dmAxiavJL/5cLw+nyTG9b82EmOXmSbCrKpsY+t4BG3Qi4mE+q47jlBBb8gD75kXK4ihBWoT4MvPrmAoXAlVtAOnY9weOoVuvep0AH9tr6Rl2r9j4KdSU0tREQtTqQLsmLjrbmswzSgkbshJ/WfM460XeVGzRZe0xKiEsHFuCJaLALqtgbDhb5ztvr3lGK8LawBIdqJAnWu9GP7PaX7z2eUdSVr6JsnAF+73Lyjz63EwBOrtYNJU33fYmTux1gqIot+ycU4oFzqV+U/6hhNiYUMt8tYuUpyVz1nPSuWoq6WdG+w9Qex2lvTXVQlQFRKn6IXqLorwPvVoGs+ussMt+Gk55VogBM/sVp0NP0P5mYuAMecqffuo9SR2eTs+v23gtN3p9wxojY3UqW4ZSuVuRir3Ymw63KFi9NFO/uwef0Vg0lZHUceVzF5sPXxSB6qvW/n5lrtMcl1dM/RhXFe3NJmJUwsqtM6p8fvrg5OwtjZa2Bf24rcfiCnJWA6zEN+V5/RVYzWqqY0Uos1/jxswpCBM2NWvFZM1n7S95m/NyOZafLq4mnCPazj9FKXfHU84ReRVUOQ+5QAJRO5oLlQNXl0oWTgvi8YwrRriUmph0g/vOufyjmVO62phpFvVRD1ckHZvAtyBMX+bJceBXfpxrZrCrKGhqxidiX/jfiecfgsZt+x96jJMvOQqB/FlnXgABFmGEfw4Nl5gyC1501xnYH6T1XsdX+O5/HKxXY0JJ+biQXCDFXZzO/x0Q7diX3iSvFyWS9JBuTb6K/XLE1i3XVz4E4zTP+fNj6CeBNt9UvKaODjePlO8gqNR8GQ/0pHLd0UyhbvktGK73KousJx+3fX+Dc+8/IJCfmXLui9B9D43eqU6D8r+Huc9LjgdUMKp2TuNaMPsNjvtQIri28WECC8D0WCS7a06cn+hCKURLnZPoYhVtTM1CD84OdDzF8r1bVdoGtxd7LwbCsnL86YumUxd9607m80b/0vZlXbRRLHqZz1VHqsviB6puVpSoDd7hl4JK6NSW7cryKNFsoZfZWLX8ZnwBZ2jrFkeSJuSwZe8aSVc5xpFcmMvHFdRkoYAuYLiSCnrZfWoQt9touTSb9YRJY47QsUArB+xLTOxGXrvWdk5CCyUHOufmSvutr+vyXutvi0bcFxjw2VfaLmB3rPeaExiL3fdqnLbFEvV1kcCCk9bmI4MFQ+JggCqtEe75krI1j0JFZINhJ4u81Z63taRb8TAFYZ3u4kvDBZ+Z8vl6+8ubNEVIpkILFaXuvRjOYbGx6QlhgT48Xuom+2EjoZTg2VRT8k+CHy5P9E/cl4hk2MDI+PkRqrNI8ceqryt8GHO64t4ITdKCs7inKk/RIfuIEd7bn3woMeFvL3pVmZvAX8Wi8UCzX+vPwlbldaaK2Vi6DSzUnrYqlcy2/J2p302iTd7bVE5/b5mz5A6RIiSxJUIjYynNab4C/UyUirqtO1ZXE/Vn+YLy5jttbatcY0YoV686o1iOL8tPLqLn5lZ8rXOUjOwGp6Nf3v/mU0y8H9p7l/4tfMnMkocLXKjBXKMXwd2VEQEfGwKmFCRuK7xl83fYw8xciRSUNn/8jQJ9FQVO9W2qAEB/0Aj6jvaafgx2vvcortkY+wS3ShMc10X35al5GaZSia6b2q2XJFikbl8lKXws8vnMDZdF0Izii1iqVnACXSQgtoA18ewbmA8R/86DtngcSh6Eq4uDgA/OD2sGtcRhhUA+5bGOjKJGwAfHRUZ5YYY5xzggOtbYlHSuuuYl7Iq7uT5vMJcvXvgNKLbGwzylt8F42xB7l6uniMRHSmPG/EE6a44cHoEAfPreC5NdHdB6qeEnffj5AodaE8gVs4ASuaeVk3EsxpPPCVS88XFkh9mSIu9p+hDCw6wfBGPyX2p3HDwhmwdaPxglYkFqIllmxfAnXW5FRpIYz5qfU1Ou7N5aagFMmJGGoRjRBsJyWiipYgGtLFtNghiSYmbE9xcspQvBVcx1QMNDACUGAq3vSXIku6LwykhdTOZNlzHK6iUKPDHpr3PmHfR3eZvtUph1b+NP5t2q65DXuK0KDY1A+24xv3GckojuViauAZH+kyalJwETIdq8Ubg183QosIdjEtg84zOfKfSGwHN82w5JhwHtDLhj7bl5cWYmCnXhMPUebWZY1QnmIVX6+PoYQnx9d54l5FA11Raj96XlziPp2P6l2NJCMeSlID6DAI1ulQ8GqtcPIX8H09g6grzqCFrjAUzjdPTQy2ob/xYe+ARTC9geCfd4HI6L4bqrMQWvq39lB6N03hyu8Tgye0+3rKENP2BFG/Jdu7Da+AXI4nbNvnKKvM7G7/uA4ImKm2o8gztPG+9MuGB5W//pmqt52MqzYbi2rR6gsp8Oa4HOL1Dnvb1/Hnu9eOXpNNmc03wrJIgCCNtJs55X4bDiiHq88fyVdgZaDU1Jinl9iOVqggiwKsSETvdVk8BcfeUuGJgPqkIlmy+lQrciWiElthlW5gJrhZrezhrGXZhf+tWMhxj8ek+hw0VPBqRod4v985u4QLM6V5vwd41pcNLdB7THD5wp/aq+y2Cr/6z5zQuuNY+mAMesIAZUF+RMKk5JVy009DDLjnEdJld1V6HO3FyMa9AOSqJGH0Rsuio6sWef08nWoIs8At/o2RgtUktzoXZhLIrmIiqN7R3Xo/5scjF9kEhaVbN/XCQa5i/qOcS+VgMK7qixfVK1eoeTrOdXWX69aE7B9pPVp1FKDndnRhr7ri9uarMBGGN1pmaHsMRChKJWA2q2j+ESNzESmXDxJaL3GCnjhdkCimJA5gTa7/AdC8PjT75fAnzFdAQBJPCoBiVBYurpk8AwrxSjF8+kP3eOwAdOjBTyTMSBhedGJtWHIHl/wSV1B4PY6wLEKJ6P8R7/MQ/2AZ52M2MmZxrsOOE94uw/FYH9lk/zClK3BmH9uJcomgG6W12fb0Q7G9DaRcPIMrs4muCSVvwZTUgml0jFlf4kWqX5vKU5cNSDT/AzKdddeViTw0Cv59bhY69FnT0XOof4e/JrqENtvIagqw5LksVZHePdLQCWi2PbuSuYcrRlaoojsU5zMUGXJjcHvVUI50OXRR9AB2MegPMhr2+poGEguBfponEQ8hGOKbGYAg64V9jwpXLx75zRf+AJrzxrWYaiF1NIe8qhOA8WWMyAvzxZ8GOuz7xb//SDdR5B9KcY9wzsotD5hJwd73maCvASp5SOPE0sxe/WIkEP6egWwkIP5nAfP487gJEccAjaL8NECJ8+6GyrPvFeWrmslNOrwvqn9jr77TKwVpgJF4jnbwhfaQtoke2FHJz8XJ/Ur+T34OBrd0jVEiHu6jEXXUZxL66dZAOXILMT1iIUVUXQUNqAn6X/SJr4G89rX+vofI4sghTN40dodTe75mg6nvcfn8ulH1+Ew4CIa6m3rnu8km9/oa72bJpvhbvl4E/tvF2+v/eKoTfvvD0r98efFXw3vdmr/BW3GCOLkvM3GJF4Y2zi/Q/gP41fcR0UF2VU8kgYXj2nrK4PKhSFq++fBIVYTHnoUCj9P+ZeZqftQAmtnxNl7mzfHfGyjAkTt8F5dYrSeBYdeshoQqhAu7rdpq9QRhXBm5eDcKE6e11/SpnaozlwE+kRT3bUiREkWlkndSZkmRiCR/TwPPUdPepjMysYcc2b7yiAAe24QhRXPii4/GZF55QMCUygCPhM+QEn3TkS0QoCpCWCPTargxSu5lt+dRuzpPBAYE9HHyrTurrLy/EZmAz7M1Xpfc/eyuK4jj/SRs+vvs42ZeSs9P41PN0JAz2lNQ7H1df+WoUcjiAMKdEQk4QEOVjeF2Z8tMQXbrAcJ228d+18ip18kH2e9hob0NLEN/d+yFOz1oRGgzGz3LV7pPSNDrWgVrwiusc9bBa/7JueGeP8Oe+7n65o7eeNkUVOGRSMkzkOpd0rseL0Zh7KAxFJnaBg76Ltkz35MuHzkqP+nNtnGAYhUzSQhCfmoW/XM4tgIXMzXHHXs4voRrMOVPCbRokrMGhwJQu0e1XFFVjAr5SewzDCbvEksHRyvrM3bYskW49sJ+cyfbz/eegOzBsWZC7LMWLzXJ0RDwuNpPsD+7dvS6/iTx3vHVn+pWt88rFrehehyujzvvvZ/fu3Tvh9JHU+a8o189Pv7/i/R3L2JMEHuy/wDh/WchDxZgGqSCyNgPS7L6B7bedV5Hzne41Mghg8uMrrcIqCTd52VSbewPzKq/NraYHoXIsi22oz4yxSCqcP1Q9zh13Ome/EVA8WHrzIiADcxpHXMh4nbvv+c4EGzrmeqr+e0AlWzISkOd3mJSv9iGDfVKSK9FYwLPxrJ553/ynzvF7QItxzB9FdSrbPw8duulQcEl6W3B0830ipPwVHWKq1p+K5Mwd/c438r1iTfWLZv0QtdvXg6/OOTe1fQe/K/8/iP2nnFL2umFXktLMvDmqF9P1lS3GtlfKdYsRWu2R2a8rXhfRtsAHFhh9foMvLwLEyf71GTDIoKp5AkjWZG0+yFbfWjzxhSxoNIYObu+OfKav9FAI8074bUAI22044IAtpP0HjjBM2OoUnp3xO35JMnzM2aCVULGsXDq+5Yj2XwonIB3ZKhaa5nxiI64NCCgST/fuMM//XbXocRKZp8npdMRw4/zjfi2/WMq89bRQaHDxYW0BaFtZ5e+YCNExLeRt0v9rbJQejUF5Q+qQAeuF2DdYB0JXI5OKXC7eu5OcmqmuralEewc46zj8ud5BOOsd4hKrdEK6ljUZr/IcfsbudRrb6tG/OexU4ZwCoSNjFhPGxssl4NBLDQqocMmk+D9VBflKNDS9gdqn7Wbc/f6CAJr4yQtzT2vUc6o8Kv0afcC9pyS6qaF31jrPZjuCjACAppMjqBAHEFa4njmMuiI/Bqcw66TYq6bylfwQ219PRlFd7yoy1essm0VyLfPX3aH3gtusI1+fvDfQ/fMtUX+wvdJZ1GohEFbFoeCBgPafiiX9OA9KejSd0Ov/N2rd7aDEVIDMBbbP9CC+hzMCS4q9A7hC82fKDOkeLUC4dlumZgpf9Uf44H10Ozx5k7/F5ARCKzxExn60HVUbNLQy9pcX2cv8+uzK9noHS9/z+soRF6pOCAKcAZWP67P9kIYGtGoM7jclHSpQ1w1zldEXctT2IWEmBGUDhHu0hznh8xBknjqAPrY6RyPMJ2I1/Ys7s0PbJljG/WtEl4DLuAlM6uk0cih4XqWfTRiM2EY8I03sRVgdfp8JGP5Nk0JQ2VYSxj0rZltjz8lLkfqHwWOAdD6khcVx4GDMcslbjR5hkXMOscQxBGp47iSxAZkXTZ4JnZtBv0cothmteu7gn+DQtaRMCXbcUpNFlylAMGxqFMmfTYb4s14W204r0wylhK/vNSIaZKyBMTmLVNh3TTemr0sLYCAPFs44tiSvpiCKSYMW3FNV0kUT+sqJIcNxXTx4cNv1iwHMLOnlpcUqwwBn4pIl63mbSEBafhMsExXlC28ai58IOf6DjbHnQg6TdgMK+rgjDw62mYmUfCPvzyAJao7z+xPIW4CuVA1/LFYM/u93A73Q2Pg+FdApDf35few4/cO0BZXDSZXzWW0d18EYN8Qw/Y5Am13X+uu9mX8u39nTvwZq0IkmTub72/b+bjzaKlqIyc4pSX+m5B9xz8xsYPX7uzVoNZ0uWVsmiXuTG35daKvDPWlo28aI9HrQGb5e0xYtuL4r3F/E1vfjsoc8OkbJ6ZXf+obNeasLqJX38qE07pFwdNItvT685MwFWpAld9P2EMUR3ZYHpmYaWIpQStYqOAwhEQtIfeUorfFX0jVg7iMNLjs7Ewx6ftWu1UpF3XxbP0MK0HtWGdaxcNlg2a7+4f6alaHf79Fua0nheH36bnlf79I64V/r6P0DaQ/NzPvdX/dymnn/9n51U/SAnHm+zOP8PifYze2vWNr5nN8u/9udxl141fntcLwMid5UTjSpzLePSh2eSxeyGEFcvgjml6GgmQl6ejDos7Py4YgQ5/PBft9mUGCF0L/7ISWkGn4ZJxHU9Z4ezY6hhpc2lwfyYd6yx6NjKhf+jv+K51YqMN6cbT9fGzoBB9TXZu3FUyNDXxkA4dEsRiV/AysDeXQ245KN7ETZGavvVTabC8M6EHZ3gJ7M1HZueqic2rpY0GNFXNXok9xXzDAPhms8/setf0wgJOpXqW8wBp3kDwowPI1WbO83MT5kMweTHd7+MO088sq3PgPTiU/NtdmUasTmox6MnyaJ48cwNOWL1gpchArcT87SjBkvfDMHOPeNMbxJEn7HceijtkDUemno1sIXmSGbbuKHW61q+ctEbZ2pwpZsXLX30x/0OhHJvoJrQTOW/5fI87q6HTgYLtg+6Ufg/VBf5Zx+MHIoHKQQQMVmvAxmE5RUF2Ba1IK+1giLeBwwARLuFGX7Jzzg1wx/ll+wKINfaaGlZbGGmQZFirJWGJtzUcWZt9Ps5RgMPjPKCoE91dP+vFzeE/u8n2rvOFYb9PLRfEJrXK26aPNQaDnJExT3auve+L3zLzXFNE8+Mc0TKriWna4SFP0xoOr2x9OCFnhTlxW300R9Eb0MgR+tcmQLm2LV5/M1UM17qrkz+NJV0wsHQM+/K87DM9Va669vMA51s5r8ah61KWzAEqdxNxYdVHwDpnw+N5/6+sgPPIfVPYzmdXDHX702meIpqHuT9+CsPKEoDwUFrzUCbZSXPPkUN3RKszeIAoznZsU2iBaJyLULUJlg7kai8s5k9IgNYw8NEEA0OLOnmiohTQzwTAmeRfhLOmttTSOIpNmETPqHTYcxDYB8hQpL1w3LW/D4wDshCOoqXP+nMsYMVFH508P7nwRl08naLWR/BKDo+gfrJUEM+MsgNiQDuclqv4REyLrCGksk8ejhHoVWYZo+8LTLL3Bi8DGIGKHF+r8ESTSmfm86G5VvHjSrSx8XEJzNAdPTGYSHOPxcokooTt1h4y/V2Mx15MkfsBOnpPidFwJADyRBg0Tfd9RisT5abz8khYoJcwxU8bOqeEUq2mCNJbvG0Bk0ABfmiat8NT7a+JXp1X8HH6d5xI+AZhdGBJ9755/yqQ/r43Ina45O5SVkzJ1xjqnvrIC7qY2hTF6CDeE38emBmzvoH82HwU1NZTdppv4U/hIbGCB8+Qxp9OPO4isSlRM0irxGbyzQLYro5h8OzufEYbZQAPzro2zbGj6MqJUZFjxGn98Axs/YVLt5pzWhMS5pbBXko8YsbMVCY75YbW1ypgIS+W9LNBip9eZ3Fm0GOOO4wDdXgrUcZJm3EebhhQh/d1gVyv7FXGVBsy0v0Bl+HUactI18efenj84FjUY+vv/0L1DjSDGcPJ+V2w93oD0JFofPTrR+Z8oMMWcxd1BL9KCTNpnSrQkzMTs/pIvA3fOoGNAgAYk65YjZLIQaxwIGGoQ3kBwAKC4gMv/aJBHy9UMvR5knxqvqz6IdOodaLv/iTXfggGICfNbbrrYPACay6SDazKUF6lwv7Mi/mOy0++7iGhEYMekdFnTfhvUbpGfVmI/VzXWmupgzLG84C+ZuLoU0l98cYH3ZY2N1tNXCHVhYSH5LaXEB5H18eNUegBLNp4g5cjgVuKd/At7RrT97ieMo0HqW7yBdkb7hpE0WiPUx3xE/lo31BvdzxITz+YGj4nb8VfocCPD/RTmafYhhbsjXbYotmWQGTqGPvDsiCDkNzHf6e48FAKrPUC0z1iwMLuIefRFe50xzcJQ32L5Z96PAlH57oxW/zv0Fo8BU1HD99YUP11OKywTs2Z5XSYhuFVH4ZyC3Me/fZp3XxW6eL/J93Eczo8MS/85Qt6U4xRfNNVjtaYeNPP5TmSYA5xoG+Lw32favHwKu44Z5rHFOo0X2Y4pxxAb26GUdgxy+iswReeqA54OJ3bgHdWEx8fpXs3jry6jdivKRJ376Ntg63//gNaO8USS2m0fgZy0jEaNG2ppLYysfDq7MfrxGCSPNRdDRBn4I+YG/Nmt+5IkKG3nUV60byyMWazCZiNvAIeiwyKQMckx04CxCwW3V7eGUKnNI9s2I/MA4qY9AM/Fjww2YjEnJzEptofLtZujP9mF2pK2GZhoYopHI/vaNgdcRUAXvR/byVYiICuxEzgvrb3Gvdo3Yay5sUch4xStwxyPv8EK2vC+aRwTRqTyE3AHFUpfSOpwOUlxI5XjCkGTJOqmN/kJ8zVN4j5lXju0Uq91kGclvEQn4Zcvdlczb/0kUZjVDPO38kklUUWkYMpZ+FR1PtKAGRerFYgcjHSaDtRSY5iG7bZyhIXh6lftYW91a15hlsbgfFZXhy101s1P8BJLIiEe6fpR5/vysSa9a06EWWtvQnPZ89Hf7p9zt907fc/b9iwvhqHL5E2o6pTuziaQPO/PfgzzVWHVWnXW88YawutD91x/D19xka9BvGn38044O9H4of7rxa9a2TNg56aGTvgK/uBQDhOXHw1ZzNjZDykKuJ7ft/7hLcrF6fU72+3vU6rmq0v1drMfuL4bAnd7RfAo23lW350dwo0aVGhlPU21ff9Uz9vIg8Ii8b4L5dgY4OQKTGViz26dv42x7GyOvTfcQQCGTrCrL3jEW74qNmY0Xc/SfcFcVJMGywi2A+KZRCU7UOm4hRLUIUpssDwimvCA9M4OU9YtxMFn4IrSwOQJOEBbuoIO7RQjDvMyG4sFWjrqD5VgkfxgrKPX+htpxlPkMVqyY+bWDCmELWEfGURCdnJbC2bjlDeWtugL3JoQ0EGG8jLIG3MowY5wnCXpMHiYxb5ZuXOa2K326rd58vUnrZnrcFildDY+WINzjxFmBftc5U5qbLZFZ66PgDWuQleKXK9496fV8+tH7c4el+Z63UikKtlEdhwnYNrFpgdOfVmgh+YEYudw5G4A5Qd5mHdI2pN15qsr8pz7Ha4zkqbbmxLl18POBCav0jRlZPvphLqfGwsCKAutbduyiLkF6oNP3yMrlLTbvoJvTJL576NqvzbzGZxxpeWpf0erC5Pa/mdi3mdpRezzKHEVlmdKfqBPF1iw4PnnMupFF8pPrX17VkZLI6GEeKgnQ2IrywgdBN1/XlxOCka6X9nv2ktOFUBaIerMzVc6J5djx+Lcu+DpyABw6t4GxEvrZJKkQMWueEFXAL4R/raJdoRhGnJSZKf0q064oXNQ8bEl5gRv+kJ9MJMXDK1rjgOo0677FTr1JS0eNSIaG1FBTrDx53+5jk1a2UwAK76+QnyuQMkeQTp5QxbrUU7Cw8a0U8tAQ4sI+47wLE76Ymj12dWr5eEq1d7hQ8SVmgXkEBJqYs00R7qpbzupPHTSfZn/lBc3vM6ZMKlj8Hw3VNplR+QLkKcuqnn+k6Aeqivn1fU1/5Uv6KDuB4LQMEl1Ue92J47FYvNUS5EOnn2H+1r5NLIYZWUvuOoJLnMmuvyYUk02qZ8nGmfsXmwAXa8Hw6MgI4CHXYgSPw0p7SWievuoKrtvXpBwquJGPe+Iism8gL5NdzlwKSHWz9Sj9a/IU0X2d40PXj5Vym6yVfO2tcnIUw4KHAq/DwNZ/5KL8YdyUsTMxep6CiiPJKFcSo7FfOAvF5BDbz9/nEcMinDwaNYxKd7ngZ4aQdjmps6hoilR/A8fmExbwuTLssKuxFlXFfvsxrfkZg27jFo8zOAikJ/RaQnACctCSsC43Oyh8MhxV0i8wO1KQm1SLB8e/3raywK18Ijf0vYmlBTpcpFWaWjZe5lqbkBSGPJF2uBTAAQsgrvYYJ19x20gvWyav7J7lyaVsPdPJRggIdPETQqpkZIb55Q1Zr+KnSxmL88mK5NmD0OpSCW+ZDlibSxOwwL+WMCzWg0a4i02muFAhcX7ZFGqKqbHMYsMLWmglr/6AhbB9QSnQvzodDAipQ18Fab97BfomQi76F818HMs9sKX+3LmDw1iSEvSqnzrgrgPQ3Ph+40UcRbxye0UAZ6/oW0MCTqyY08R81Fx4RHoIptNiIjbuItCXTXclZxeMVvNBePpw1Mdi4mOsYyzHIJj2dhmbOHVeAaUa0vJ2HFfBez3aBq763oswB/kLzu17ya2m4u7x1cPGuTg3Q3JX3BSBk7/h1LvjeIEwrRWHikiljCby+qHYOtoIZ7agXF/7qluE0Dn5AyzNT9fBN7ld0iqlb5oaCFrbCnMjDHw4YZ53JTExvD8gOVuTfkkYuy2aY2npipc+HkDA3FB5LKywzALvVTnGGdsNWmD2n6gwzKSAtoT7r7WX1XE84xods3vdwCFjF7trBfywEIDK4Nm/aOAD+CnsgYy+QX8VC7KUWncRQ4Q6UAML3WlcMBR5Y1RmKy/rQAVEb0cW2AfX2DsFuLUfCAC43gAiz+4dN8x1+vKoy5ucDp9BfBUwlRK7tj5vCV0krdiUhzI6+S3gKi6OomYtFhPgyCXjIukEA80Ys71NUvWBK+JvwlVKRijSEJ0zuByzqnJ3DgViGF4CXLv7udASBixBVdcaZkaSDjoChU4tfWZxWvQV534tk+RImvbmE3nbdDVpeEoR9JwyW+hOjDvnC/zFkEwFlC4aorqYYwS3hRYoovRiaXS78iuOIaMEaoa+UJCxqr/RK6kE/JE6jOM7kKw1SNnjokOfBudjBZmp4/iw1NXq6qEEXbbJWgy7aGFtZlxmrBrslQcNqbV0t2I1Hkl8OgHSVcAxyHVLL2GHHglvNCB5vFU2X5YWnK63gXNFW+m7b/+AGfleH9/0o0QEmvpiuH6qnXSZC4PzLEBml8Zj+b/fvIBImHR4P4YrUKL5o9Z2+4DHNfs3NJ5fCqD+L7f6VUXZ+sb6RvEq509X9ar4audNgeRy1c+7uWzDvIKyF4GeoP+0BI4J5qTCxHBhmK8p48nz3d/oXgkXsSeQNrSi889eAPIY+jRmbgI1BMwh1zRlu0aVMrrmw3B3h7AhTJaLyNwlWzPXc94s5ORRb7RsnBjTBHK/wzpoDdqoOnOyxfKceFT6WRbb8+5IQQgMm3sVzC9PHdb6XAiO3jc0jkl8WYExSjw+aCqfNiMAVc115iNU2zJOroGdlXHdtyhgJ06huMz2d+P8erIvrYN17VQH681fj57+zUTXV94sbIaIpA6UeMOphvKwmvfCCaaAj92MjJwl1TrR+iZ7o3KInA939EhMYgMx8S6UzH5Z6HR9WCcvvnyL8/qnSLxbompIIuv7pMSX3AQq5vluKX3Vwqu7rojIkCBfg8Wc7QRDByznD5vSw3pyO9qqd2M66+5QGfj9er5dOgQPb31/QW3uFKvYXpL3+a/ztH3GKnV3EXxBoYKLyzz2l9MVtuZ9u+tzBuUJuQ/ZDWhnIr19tClMxG8KKw2caNtsKMENe9MJUrujIkXEYCJXNeJYWL/8KkdJNZKxntdMikz6B3AQTyCsAyDZzfFw/939q90XGixT922//aTSd/PmYhwzTNCAKIkRi9JC6jI8wRnnFE/4gb1/zuu7mZNrpGSSzYmbA95MMgD7hMIIar4bFD35J7IYSFzwbH/yicocM6hlSVaTziawzEcRBIIiGXdDLkJ958pwMBXw9aYYDpkCnbhhTt/GySwdQHaodQHlBS6ThuN1/z5+/iH3kfsavDLjuaKZOMak5aK5vIAsRIJO4ymIuLLdzhYAW8WttRq++8sOayURc+6CXfHkMg46Ev6VeV+Zepyrwz74dQldPJUVNJWOwuETvCaS8UC96YqYtRFRf2eMrl5kiOu76I/9ekNwz8Vm34tOKhB/ZGzdJH3qAXN4xa7O9pBb1YGkYR72Eo9iTSjAnz4X75MU8WgE7qku709PraLL0c/JaoUoAJ8fti6VODKsccC4ZRX6u4d1Fg6/F5OHPimqa5oWfvFRw8vp7/n3Fboq+75phOVG11Qcuc7TslWXhjiwlGUCB+uJbYpbQtHZWi5W3olJZykJGjA5z3EO79gt6Wcu5b6yZy3U+ayQFm9rS2IZoPHpyOj7D2VFu0X3GaUpUzgWC6+8VnlyE2gPtFIxIaF06kNTXa98wbkOetCGguF46Tj8vX45hJ4WF4adLOF2rvAhQLpcZC3Op8lrtprwVARNarzbm42Hr16maSeO/Xn4tzhiudKTK2XVNDhGNGoEdNdl2+045MHx4zwMVdhGn6tNkGj6utX7rZpGsUCYDIL29/F13BDeMEeZmlNWb3QlLMlWtlpNn7bZiRJ72VLGK6Od5Kt00K0OX6XlhcITj9tgYWbh2obmVyHPQT9Pl1HzftXQL6UDNV3yFVgKyPOBKjGfmyhg9jfosN7lR6eR5uZtaebbLN2O5tYDZapsy7AS07GPNn+MDmUadFWHGf+9c8driXUicQ2GMubKOYU7M/VkeypoAXMS5T7fVIvfhG0KviHR3Kd0e0gm3hLCQpyZsPEag3U5y6od5oJg03HOFaxujMVYRguNsWigVj3mrKbxjAxGrJU60ddvDjOGg0vGAwTKJIB1MHlFRSMIRWNQEd6X2i9H0lqoY2vMpk/+syBGNKUO/VHQ5X/b+GbW2QrdAOHTJEosEGkHb9uUQm+jTp2xrCLbLgncoWv/n4lDHAH7m5OWsHeJ8sy1MWmevdw0Ieo1EVAgT7VqaPIq8C4v8FtAmtllFdPZhtOn67rjchdMxYwFze2bugrTt/XlYoL2i46+AjvMY4o2/410Kc8ErC7vc/grb21Ksb/bK68/5sGw7Iqu0ZIsCaUux8SRqyPZ2c5dvZxYyoqj5LhroACnLtveT9ywZALYz+i8oLCHhfBCTNMBT6rkyzvthnx7RRYvhX8TYYkcL+aNKuFbqQi620h3j5/WariyLcj7I14GEwD/Vjik30I4LdMRBoVqzk716XIycdhrn7t+x5W8RX3dVkAtVzpXy9kBpkWYNL0XrjsdzyuVndjZjYdQeR+jUKwRpzOW93M59G0B7UUHZyHmuF03sgflBvEdwOrdEOmvPlyAGOWehIvlrH3x/OZYxh2xi+yZXl7LWpLFf5iF65lOmpOMGiv5/9xrDgl6T6k3qmwXAHlaKzL341KEGK2qNKbHd6vNkYwMo1Fe77s8T9L6t2DqM+XBF1eiG/VtltCGcvoykfmAmcmD9gPH+/kU9OsFtFz0pQAYCg9xaDUyL3S9AX1FXc1DJKh2Ma4CVoJOc6507tzaRYxhO4tAShp1mfOj3ep8u4HaEWXwdrHLy6c3+Z8f3IntQUO3VJCNI+ZHHwsZbj10CoBHiaTMOIJrucODgimyNMJjoTe2HPP25mxRfSN0jVAFNbkFGkZ/9wMLSkl6EPql7hDZAf1NUriPXQ53yvmbIvQFa/aPrEWHyVzQCjjeM1N21kUMWrmz5UIWsww+qyWVK5aFInc40oODpOkKslmJ6K5SEUVDAWtIfIVQWZM4hbkM5GMT41SjHLqS7Sr2j0O0Sll7xTyQBN9W6Guq63nxariYtciH55KrMBLt8Y7MqOf2WFj1Ppc7OgkUUADhQOiSWPnvGcHbbAqxxTD6ppCDpRnKRBQt56i4RLSxihaK3rzyUikJDJbW42pezVOZvgrkhHJ0SLFk02B0PNP7ZqdunfJYMRNwMwmu9eyGyNl2vqLZVIG4hcxteC13Y214ENhAyAa0E14oFKPERSzlXi2cmJ7KOnpZA1zuSE7qywlZ09ZwaDfC5gnWolX1ZmRct5ByPcFCZSwfLbelYWCcz8qQpNkyIdYcsGmblLLqifO63Ce6H6aKPCSA23xxL+EZtfRhpCemnKJ6dZlBvAZLZinq+KqSFt/Bq/dmibKlyZdCYtMpYpMSYLo72JFztUfzsOPHzqAhGdvtqOx3C8d6Go2FUnlzwo4Mb1cnFQRFxwcGDjmUOag8ypd4c04y307Gd/Qh3IJMz0KA8oWGy5hUDWb8vLSdYiJd+XwTZ2LMT8jNqlpDR7dZDLeEDko2c7UcT+sOAu4W/OLpKgAUuzlsMOIK1VVFRf2SniZWpLczZF5m7a73dUY09ypsCRc0UHTMZoQWSuzrYcziYCPt7MYEfGoWWG7SUBWU2TFjMSeXObvLfH0SwFhCfRVhTnbIVgA7HFBuuc5dxC+RN1ZRTh4mWZ0IyMCOZ2d5tkjR9O2e4Ap1V3HEIk9qhkuhLamGRSH0Ei613yGpe1PaKWq9281KBowepWQXJZmBlz9mK4zyBWk65f2CQcE7iaxW5wDmcDX6QB8I+9kHn6T45uQzmPx9PNwxqDwSRSwt5H3a9zp68LHW76evXMx02dHZDkSrEl0yHlEbjk8qTgMAFwzhoWcJsIXEsydeysTOvCGIIN8UcvA1+UGcJPOtabBQcpM32ElrEZbt+KcmGHJVVunEXZgDwa403zHq9CEPyWrcZCb9D0C5Duq7ngPJiKNnXZGBAIoHTQKpHRI5TlvE0WdHUEItWwJuYQDbufh2WtLK1Q3eymYcnKah58fdlBQgZVhsnCC/WjyhivXI/9DgCuRWGkpqi1zAV3jUudgd//CjeXuYvkoMbrzferiBPDBryOx1BuK+pQOC103wHwB8A36caIwJnFtNav0pky7qUWw2MsoiLZ3YJBRAsmuTQUnJc1WBHZev0UmTqSd4iFpj5L1rwEaAbocmt6IG+MKIuNRE5+tn3XJB8OcTL2yENII9XM/ncatH2ZDGrVemW8oLW3Pxy0fMt1zxf/mylBpcatS7YyI0obZdt6XVpVpP0K5WmnfnK5DJsV00xbADSglMZINjf5V2+aFD6m0OMVfZ4aJ9er59smpS4yqCpq9xV9q5DpIOR7MgfLNc/SBtCUhW59iJw2o/jyi6IiKJ3VDEBBKAtNmKsacoLJXbr4M3KVfny1eD+WAVD4ExV/UiO3UpKBp8Ez9KqUSKuLBh0AzHr5GxMiwWSkj8h85YFmsnPeSHKsFXIlmrZp98WTNhqIbKWwv3hH3yne7A4CuYJDacTtZiSDtjL65J62brRkRYTt9KCwpGGaj+UBiGKZtGZahvttMBxFIExrKBTFT3vtem0UqaRYhulwSnH87E9Xv/umKal3aiiHbfOn0hqcni21K8/wVFEYdpwzzk6pb3TBKVVP1fhhPvv98XUofHtXWDug1GkVVz+pgzDlrG5u5XSzW/2hCFGlzfl1oBU5xLXxiPz5DwjC+r1ZiMcQYwXxHQTlIl1tsmfhPfe2lGnpiHbrS/zrz/7XBCsNqgKIdTkO2BXJ0dyCRgTleZb07hABTJMmZzHprEnKwIjW4NMShpokmOyKYZHKM7XvwMFhxgWe0bqXnamJdAA8xMqhY0SWjw7JnTucSIdQBDYnvushMRjr18TRq9yHa4nvtol7lKOar/e2+aq07FzLQg4dBxqoO6tbDLaJKlGqMVfmykToduz3ubRj8O6thsnBdHUEWLNaCLr8yew5aeiSCs3aWW7lROjbx/K3I1gu1d0m6PfVl5X1uJkdTDSSKh1mMIhDrXePLM3WXh8RUE5Fhf2klfzs3PJMqe7daXf+ERayBXTZp4cTcyR2/I0EFyelvOyBP6fDiAwiyL/o7KZF0BURNNNjrdrplJ8NBH7Le3bGpuqzU9ZknchIjAxbLL/WArQ9ztTsAGl8ZXCeXH+0DI/n7nTHjTj6Wgiy8can2eRs9sYO9yrXoyqiIwKToW2z4v5nwmSodq353UoS1BqrMr4UVKfKm3A9dQ8A756QW8ctcyA0pqKU6OtJN+U4SY2KLVo3XGgOPh4VEY1zMxrk47FOBbt2paKMixoSinMtT83wMtQP8X3mUYFkE31e2CbC267XTpL5Gk/oFb8M6j+yxORGmKQ96hIYrLp2Sr/Kb1rzucyuLCtbHdPU+H5E05eZ5CrxAKjWV5WqteD9ulhfpdNfMLbz8QwexbjsvSzJzENxZPIfdjRSwv+po7FRphFy6QjbUfI7ruQQSqNrFP9wuXELtfxlRQs0H8KpwcK973E1lrPx00QirVZ9bCcBDrF0li/6Bzr85EhnuPQCtMluQMCzf3CUdmJx9/EXmIZzuXFbSD0bl/c7foCubR9hsSnxB1sQpf4c+UBg/chnQeHGW9Hf+0Df75d/uUf/sCQrLyhqa0mO+nPPMmfbQXrCWx6184Ag+q3M+njKhQUOHo1r4fZ3UEA9UKmm3Y/l4bLNiscYl/Jrg7Kr1rCWP8LJC0bwJ9v9TCtmTZL96Jx8uWgtStQULAc8Su++bn/cb4cz/6dr02W37a8cQ8Z4l9BfB65QJEHz2ax6DBsHeMq3J18JY1USbInU8yiEyGLWEqJ9EE08fkLh7MZzcJZJKqrTdWQd8TvVJN1s8oPJTMvWeY/2VbqBqJWmMWDA7xMHS1afzbOk9gWDrPjrh3H31i4FYErl89HBfTfhKu1w6z1k8TPVGWHZ+vnbNp918uHl0saL3nz01k8g28kQ9JbWCUTEpoNKwbvggQawKCmsc0Av0RFkTlYC3itcc+ruakWyDb2EFKX/vOewmu2F6qJXaMqkTyabXowh+66W710kJ+v+PnEXCFPNfvfD7AEeK7GvItIHaSmV6f9lkMy64tw9dqCVncrYcMzEYHjYgCQIoJqfsm8WVOmxiLYXv6CVEYhcjlCRnjqsQjOkTiQtTIMmb7jsGfJuFxKNhTO2xg0foB5Ww6DkhAiVx1VjECJkkjs+tQhQpYb7PaZhHzdkpfL+rU2OetppZu4OLhm/0vOn4AtutxRe3c5kVFxn9CrBNYJ+0SCckLqTDgMJesZ+pctsQvmaX9lTAwC+WfKEkSCiAZRml8tCRducZPG3xNrVzlV9/zpuL00SbkcfxqpfUKKbAJQ01hQxBH0H5yz9D2tdROT0rNJWKjtRS4ChmAuisNk1LTSTb70bCyXpGRIMIOp0RFVQGkpaTz5AFB96WckmTCkFGlAZbEheDZgCBNwWgXl08ivxy47yXch2o9zni8wNluylqQyj1SLuTgPzggUfflxHvLBoWnRdVPHTd81dB30MJVkWptV5xY3H2pycwHP335llp8P3+nf1J3vBCwrrlYIL6+nmbe1ZPHFDU1ebd+EysuL90sL8W4904Msvp1vACH7TO8PAhdPSYiXM9hc+fy24dfV2Q0/V1YoaM56LJfddgtaNIvuyLU0+nWYhuwsluFakIUvnTgP2gWYWosVbuLy4YnDV4f1hQvmDBBFvQgeajGFC3Va2V9pEIeSiE1OaPfcorIxiM3DrhZDhNNGCeXrQ7bt5qQslgYC50FVhPrgSfjAai3OHhG311uU9CXZaZjZa32VJjDH2mCFalJN7RTN/NuUwsL4g20IGRdp0/fWZrk0OGXqtck7+wdlletO9wea26RhwiiBCdfi/qBigUUctLmNbKqhXanR95fFcX4Hq0MHoXC/Nr19fGaMXnFZ1OazlUUJkUlWaaR5UpBQQk0mRq8oI2D8/aAkt+idsvvZyzbtoHlk4uncKuy7ZYcKtEdN8lNsDVEJsjXbaX/XkqILDHxz6/2aPda4OZfzHL4O4Zlrw8VQdpv4RmcKkQYniNtO2B4+3SwRd+GDU/zOl0zdQ3zuv/SzF18wtJKqdjfrGC1/FRFFn4LC571BpStO6qCgOw6CnOJPr4G+hlNZvJuf+r/ECBQWtLcE2MhUr927daJ+4SRCOuI2Ccm5sQCOntIY6fJgSHhAUHfDRPQsuJe2epEA3JTpj7Y0xig+dXOqH753Toq4FapHFofcZtymTfndxn3ksNfBxMbxjhEkHl3Fbw1LIMMTOtSiAF68pL9DoT6VsK8QBKjxQmtMOLEyDJyXbz2OLUcLYa68FTki4WvlGIyBa9kRSMthhaX8ClzfD/uPGMw2I7dX5jTGwQiZBaxaMs5MFkEHjkgheLRmQfKgqIJ4OFnmodSRFY5R3hxI4Pkw+Z/Sn5U8J/OkGD4VgcFUgMUMk5uQe2wAdecJpe3JKd0IbT0C7t6IQAVD7fxuvY/USfPo/nL3VgZcwgCtfqeAKvKgIhEDwQJ8IXpnH9DBE70ykHKcCtq1j2u+0VFcdr14IR7FKm8+kIG5GtjBDVBfGx67idE3SyxvXG/Jt/b1c/IK6hi3ahHNfshI3xbeAxpxVZD/a6M28141VKuzSJfEelEc7tZyleuama/Rwf+zfaTSsquC2EY65nWP9pNDpYdPn49abQk5/aJdx7/u6LgQ7qlXRoKbN6X+5jg3cUPF8PCTORkg0mys2zT4NSMeEzjLcnbjYhz/0SUTnj0fSLa4ERhnRdRRLdlZCpzVmUK2WFsOU4Pvohzi2cCIqSH7BR3nImZGQG37wl6U/eZwrFlVLJwYXe/v/aPLBA8rL5M20HDaNRDCWDwazv8ajf8Enq3kJROa+MgBobbG/c8h4/ES1L0gpjvLacukvRVbucEgBOq9uVAwRfBcCF5RmFahnY9IIb8KsB1yDRK4gNWOHB8nnIQZqsphKFf82oxv5iH/WKqTkp2QS2KdbjiJ9teLzs8PoZRFC+f5yA/kIo7BoJHsJr8Cb1AIA1dJD+cnWnGCpR2cpRBxStVjadbf+q51RQnhNWBFdM1FpAtvXmhhuNTys//m5ZxvXmKlkJGC1kmBMEjUVcrV/gtSWYBecZed3svFLWJNfd7SA3uF6O3mGequLrZ1Y1eh5AgKW4ceGOrlNOFzkIlYxfXO3rUvm3rmS8LhU219FwHTVfF7IyuTe0OgXOca5iovqJyE3r93rsW+fJl2UFAuUymhOmVU9qlO5iSSoFU7glKjjPLxbE/2Ekl/irwknbk/rPxuLX4HTrq6Mn9sfI6x1mz7j13heMsHRikX97/laWXeJA1y/UbZBHl21Fqm7M4Gvxkh8yWV7rF68h9URkMu4P7q7PASE3MH0boyaWXxQurmri3s6y+5e8AaUdVlqcbyAuHBrM6uRJk7qTpVZTXoALB+/CBE5IkJZRx1SLZTGuNWT6vI514HSnuKnXqGvrjV7vKBJCENr7yVrDAJ3mwhl/rre6vo0NfinkapAeSDWxjp/bwdAGlGqtN4RUMZGeXTJ21sxPNyT4Xh4xg/C9Skgl+Bft5mkw+7iuW1aAfHg56dDNAaT2aAOGkr+SdUzwuiWPJnTlJsG5PQCqMYQ3tajZHTPwp8VQ1WSy0GQtDOFTso3gVXuqpqMYCRoRcUX00LsKzGuC73TriaerpYX/rCOLpYX92190J8pE68wTYmUrqFjinWkSap08/4HUfHs/IoIlxUECWPGwYR1qeRtn+lEKllS3O3YQnSRAiv3tGWmI8u/HffHJ/YIAV1WZ3GrMrWg8GYeYS9yXLj/8ZrGbd+aqaEFy9EQ9HZsR0vWeXOyuz/bbV3nfQ8QuK8H/Q5qZhuwahfykx1jaXgMuPykN09hUugNwLcIJLMGckiMJmhpyUsQAvcSWOnd1wMZ/GTppFBcJJddri8gNUeSQHN3k6nQeEUUD+sCAVinLhlH5nHjXQTNn8SGmfU8XPkm/aCWm7aKwB+7AHMbWNfJdt6z/7LNQhxuBgKBElp8Dm+2OM5yrz0hIij9HZMFEJao/2pu5UsTW3iD894Q/snPnkp/7h3aN9srwKFka8n2wk/cfQ1DeQSgdC3dpP+RbrN8Rj4PGQZQOLZqFtzwCHcy386YyXdHd3k+kxf4qjpxZPpwy7LgmuAsNAZ2HW84J6blNLNGen5vp7k4m4gSolBPv4bm2izOViryI9muR44J8DPLZRERffhegmA8wZqB9wfVcYu0EYtgpV4R/xJnMflyLMpkonUIZ50syXJkOVgiWVWrcnsTggbWhE5WnJi/OIydC6JEVDf1X5hAeO8VZ+c4XcP1vgg4sHcHQq8WSXCx5D7RMEXalhQbp3eZdhJMTRNfxh14EIjdqFXG5tQaz8306cwtjduGaJQUe5LBApYr8nlOXV2j6j0BCCy4CwBqoc+vQv4YwzCwndppfD9pRDU17NcmIsSR+P59DdKBdknsCwHhZJG90SLkyc4R1Ea5NxSgFxbhGXoEDmDX+FNwt+XwxAt9Lg/chO75qT9KknaA+oN9c6oevDHFsSPCvXbwRrH67GRtbJJiimJK4I5oyqYr+pBqMNPvABk/567wpkacfe22pAY77t0IJ25J2FIo0xUQ7xl284XMTuYTkp3tLwTxpA8Bd7g8BR3CSuByPuZ7A64A18xFiRwOE0oeMJpl52iugNrAdcvd3+8HUC1dZK3hb5eUiTvnmcnDZS21xfnAyAsWvqlWoQsY9habvbV4kGmzmhQxJXf5hwojd7ZrVnRVY0779RDeEK/7QmUISFZNLetgaw5IDiS9iNio+imyt9Tj5UGpqWV3gQSHn7NQh4ZkPG8RVy6gpgbaLulUg5I1H3YYlcrOUzBiiwSxBbqyfUqL3GRWaROkyoHEP6CdadKwYxM5UPZBnExokxrRhRyP+HguaP875lGdG875bzEM6bW88TWqljqU73gNS2D25MdGmJpUGMJrk+WUHCeLypti62yvFzd4oItXM0nzNPfevNVrWD5zUt+6wxoiV8UmVGIw9r8oV4t4I94jI0XHq9ZtJfDDY33nOXP9m4BaddvJKgQn9Gv+Ge15cvNy43mRGFrxke8PuFJRE3bq8Q/mBXrJEEaBSAEbcTJwGUQv9I6iOeQsl4ZIi5v+Pxf84c2M9XnLXtxlwSiyARtzT+TSamfcBSeVOUdLIRmvHEhez3Ek8G65vLw0JEzIsy2NeGVUkHd8gK7llOuAgoCZRe7dF/ZtZq5SLPhVOUQgS9Nggudtc3EGu4rV+5noahlWVJ6Oc1P2TEn3KUu+AqW4rBLkIMKXWNjiE11vyjx7qefGQ16CwzbfOm8oWGdXgwGc1HhK7yb7/y0bMJovBkMi6Ugu1SSC+g1UaMo+5ERmZXxhqZ5p/KbyoC+njVoxHK1DYm9kWxXm2CFES+GhKs0ifL2DTXt6eR8y7H9IZ8ChCYaAWWzJAftzgA9j3drf60HLWUhrUcNvUuK5+6rMx3eYySyakNfeexAOZy9CqExnh4IatRyus80dGOVFO6C92oLbU9FSH0Pod3wrjg4lGn/nv5fnr6Hl1ncbPt32RBz3jPl061/RPx5bf010sIVxKFg8jZ7CI9bRqQnA0uP5R45MvnvUlIgXlkqjFIb1AV/pjO/2c5524QrBa5VXvkIuJQ4WrA2WtqYAvDbRhrNsuP1QrcJ8eA+H0K0cQCiL7y/HsfRt4y5X0ct8VJsEcK7lLxWAvXMwcoZVGxMh3p5hZkAMPs6XVFEzlwppKbDvVs0aoVP++MIByYY5IhIYhQzj/gcmMuA0bR1KBKMn7tuSYjxcg/wSLuqkbd1ZMskeD2q+93QyyZOzt/Ql7xT+b03YXWS2YVjEryDikxe3znftLmFdJnV9HPQtMB3k/kGaKxydMy9can9FYMWC8UeJ7NrxC7SbwOxyh/jk4PlTT+P9ayrMbJKd8jjhVU3uhpVc5Z+sEIvrVduLWaNq4egxtOBHth5ehwdhIZxHicPk2oerXk6WWhKO9c94XxHtLCbpvWwu0P8QROpjMYYzw8kTkSoAB8KqjzppzWG+ZZQM8VNk8LxihabBF36WxFuMC/ZUrgKGHbcSKACVrG66zEc6IAbsCFtf0MIzn2GzyzCHCJ2bkSYOcwKQoi0nWxe9jlcrqXcw83rZV4h4lB1RVowxbU9TKi4rGtYRFypZHKo7PmLgohyuJhyLMT0b42V9csqh2uSSw7ZtUpKOWQTP+VElkPgBbz/xwS37PLXNtMwb+NpGt4opuEcJCBo9eBEt4fhc/qH9UWvQQ/djrWpxweveBcUMLG0+ba+hdLyD/b0tvqsb6dwnwMy7RNvpQCxYg2shNK2ggUBqu2jHt7Lp3x1U+cl/uj5967D91KCebnRKvLIYtUjKZ+UfMWJZQQdTvLGIUu1pzy6iP/GjRSfOChJ7lut52JA2TqzfVIDa6YVmd+7ipm/M3KrZxPBCZfdvOIuGehtrJtf2bNH9jCUjvnXpNsLhoaMG8MiWsJxiEIcq92oo9CLDa2A59iDDKGCDxXuqbGAPNElUYn3tVHZJnHh1SD5Spkc29xEz5VUnCFLiClRhhMiqOEGCRIIr5b9Sa6EmJz4q5N1kb/uzBZ+Z1W86iP3OVhZsmO/t7vxP24hSJP66msQKpATlwaKgzWJ2u5M1n+N4PURvAsoSi5TjZ80qcV3TtRSNCwu8xSTmDMmGjS0NZGgwIp6OmnS1WwyJV2HoKZMEJVbGkqbfghlaMyePVQGLI3xyVWR9JvvJl/d1+ozJnw82C0LDRE8pSguRmG8jvsgz4/Tfui5JOCVM6zJU7alH8u0lAGRuPLoLmclM3k5AN5UhXSIfjZAOcNgyrZi0DMf1V8VtCEw3S8EVD094FoTIANUUOxUTbSrkJjp/OsVB3fciIE5Vo+ts7jaYl6tnve8c6rRxx3DM+fhaXjdCJrm+qJtwG/NdJxNVsMBc3z1bwnCQFH3lJpr9dYV9snF6P8e/vMK9VPwUNf6DFkUZRmTUeM835dyNLc+w04c560n0CG8t16TXxVGch8WRxxhrhcDI5HQcEhkSwWHqUcNh2D8yMfQwUCOi/sv7h9qX/x5VyMZjHt8VCTCYyERrvxxLgrUh10BzCFCjL2fy/76YL6lonZD2DUwR8aTHgTorqJNdmLezPMSgKJFckA81MIRKe2A2Y6WwBzSFu2Xw4bgq593Pys7vqD0mBZW/tb+EOX1AGgojaABxnUDmuknT0us6Ychz645AE3rEJL6o1IxVc2Jcq2eCD7shkU/ZxxL0EKcHsbzVFTcJQNeGDlSfw3JYZ2WeR3CRvX6poMF4xK0PGXB0KYmDpd1/NVc4APhQSDdKnIu1EZcfAQgVomcYwPxRj7HL0+C+OjcBFJzBENiyGYdmH83BQxZ/dzxHwzx9MB8n6lO4qDRe4ORJNgZ6kMm6g+pjcp530Fea9iGUf+jY24PVrcyhwF7P8oDxuk3Vc6Gd1LZC1fJ9oWw1tKG34Ld68F6RP2xjl5pgInUtJ3c3fL+vzYS2mIdOw2te1zj6C81xJRwqz5oLUvaNCLJuShkeEE1xWLc2IrNItlQeayDgxabBlYH7IuD62jaJP6pEjZifwTIn73VsYNr6cVGpEHkIUcwidq5nDowSTt9yhfr5yM/amyUbWQ7dOI5gSGMy6OiBcYi/kS3o1IRIM74VsdDaD8fR6whHRlFNcBlaSUdp8hcFt86yTo0r1hRpAFplmTieQT4fJxQOZvV0ueOcKhyRmGXkU2hZFPGm6reUwJx0V8okPh94FrRiCfaw5n249glnl+iWDCSKY8E4SPaIaBuXgkwkdqDqupwqebHCCsp8J7GFJc8YXkyTGR8w74FsqcY47Z1dUL2rPt/RpGBR2HRIXfz6JPIvIiWcgxsPlWbCJGX2IAgshn5bT2OaXUJ6GFupQ6Ri2NCHiKoZySo+D/XVkMMPFIT6SEZ7jZ4MGj4/veHq6tVCGwRtBhWG3mwvHsL7Ehz6M+QJbSPPNPT7LaQLooUmYMXUTiCM7Rc12Skbp6qJVqSLZWvH9EPBAZQ4PDscy+PRNN9pYsT6mDqMp0Bw5KKdVEi1wAhc6XEwqavxnTF9Q6SAOwypjq4J5tp4w+lInTgTueQ9BylFslvySCZnsTD9HSABHwb3qhrMWvl254trBo2ju5ha86J8FE0YeGJUqxtZcjpvSzjCUTlEfkdG3UeFtPSXNLsNDIpojZK67g/EmdhY5wv1ikuYc4nvErJGIKw+hqpSY0nSududm9evRvM+gRzTcGnL6noefkBA8GnznQKoo60GJeY1J74s6rafkRFjYudxiA8KDEk2hFC1PZskxMn5cEvOGkxSIYt/MilBwVa14FM4zpkMovwALAju9+BoMyHubWtBgTuyA9dMdRaz5tVXIkbj/jLFpqqpSCNW1nuaHslHCuPVmzyW9dUiMxjuL/SyF33l2Rj1cJpVf88ZAVyRsY+3wssQ0H22OjbjVccEh12NO9mZzYt0k4mCGLXCvZD/Lj9gyAlGDL2kBQ2VOHW1XuZsyzV9Vf0/tdBb06+8qsnjg8/i16lurmRCiowmZNZSx0Vf3LBia6nqTeT20pt4W06ZtvgU1bWITP6ifBOOMid6XRPwzHc7gE39EWr22RMZMGbzPLEwhncimltx9iIrIPvVIVglMOjHRuwikl0nsr3XmTgJOON9yJZevDAUjWGE/oPKAolvibxtMMGFGNfowOU+Sr2bjP37BrxVQt3+CIGQp6LA1QSqR1YziZOSys3Dfx4Wlr2QZX0hE/qr24v3/5X+BCw3yxDpiNkWrx9/uxTYeestLHzj2b2eA1avRPQmeMfkr95qIdXTqS8xvoo849dctMeyioIP6mLioWJDY4uNlckVNR3jfVTPpGbeGoJ6YHGV0Z/RYad1oU3hLWP0mDSF4loEYuwO8CWdPmY6f1z509u4QdgOemSr9OlHI0FskOFKCKB1ZuXhllwEdbBeaVj1ne+467vvsCcrLBGNi81Q1Ll3GPRxIiKkZBfzYioyswI8WRBTWc/ELMU9cb3sv0WEbLyE+hZgrqM3QzmaMqJNAIugQhUMOY6aSaERL3cfca8bN7hZXpp17Drhm30yDT8/pzl2ehfD06H1T9TgUvQRNOu+Qw+q0304mZdDW7EIdGvFLgTr1B0SgY8Ye78xchFuT/mcF6INyBINvjlh/lCqfFcnUqw2q9svKScZbRJQt8UXgq8lxp3jHBMemJdzmOaIfrM80a9fPHPjkw4EXK0TWMaS812Z4QbLU6FXG+fZTfd+Imyf5MoSux3O0S6RpQAA8QW4SoiL3xygtdfrIyyYG/ck+6vUzVHXlLc5T0tbfwn+F/dvdyD0dbMdI+0NKq6ZVFlL1w/+jYSiGiZ8qntG6nc3W5jZZrjXjn2MK6mcszxOPbjRxA/7jAsdKtgv4yaF/ByKXb9YMizRh+vCLLuWueyQVJPU4du1nTfcUVT7qhZgMj2YZ7m93eXJ0efSrI7QTWlaoMgy3upaLKrbqPc/oUvHVY0JQZbNFNueXy9vcCT0uwRm2TVk6EXWl4YbfJQNWh61sWAcAYUIOoHgHQvShenL/fPR2T5zSKEloepD+MB9HAI8i0M8csbadTPMfzW6gZLYYVm27KRfoRF1K2CzMRorR1gL6l/AxI3IdOTh+5FgXDYmW6sjEA3h8Qx6j7SUUM6KsVVVaSJUB5wS5v7sKAiFbUfuBGqGbjtFcnEfYaSBnS5GyUUTQ+Sh5g/qpGTBjJJoHeWKI9suoNJbbJSqZRPAhiJ7wDHSB3/LAvyPrw8E4U65Zkc8E4oI+XBI9SCNmrJnEMIiERlaCL4HRsoZvvYNrld8QCaOk0mS5q2nPJWycPMs5wethjKciPNu29CQFvW+l9T4ZKUwb2LyhL53h6Mrv139SwFYRNMFCeFWZwuQdW8yOCdT7GzFv8otvZO4rEksX9lJeq9KsoMs8GQSEOVa18PwTufinq100v6aN5W02yv4z00S1nK19HXcS8UDgdWPUhq6P+uIO3ymjO4V1CJY15G7GGK3JHuZd5Vf2n4WmmzTP7ut5ynWRmO9v1+gKtZW/jbf9mncDYiacne0BfzFmbZN2kAh6v3drRXoGsNU8mlyNvKzuwnBeXgQCXqsq6mwZZ2zGX8QQAP8Eg5AaRG7sn08GXyg6Z/gMf6IzZ0c9HDdxv9qRt+7f1FL6vohahivQVFCYNjmyS/fe3ozvUwDmpf24SK9tcJgueNXOw+yv/8M4QXhgYaHIOmuAIiG6RoIPYRmIZIImKlXD08WJtfv7bykLxLb8BLZEihB21yjf5ZPXoIC5tegd1X5TdyCO7ZKjz1wJa/ka3AdY3rih+nQZLQsyuGSvu+gAwOprXBQPupvoLeyb/Benax3k1ehQG0A8w2ByRcu6rxsJF2bGE64iE3HWY7mwTsX78x0OPSNmcdCXvXZVjY3F24RP/H3YDjb/JLgSHbstcbW2gg5P7qEU6EZfJmEF2k2GrSIwRzYPjgDRQDsCeWZu+/yKH1AW8PcDQAsLexcDz50EG3jhN7cpen9EaC35qTbBb054u20NI5kXRbb1f0CW+XkfGqJbSetjTfeFCtbWboY6xpRlvE4UbN90zQDhbv8AhQuUrYGa5HcyZ+TvlRx1dkxo/Ap4W9IiuiVt8LRDCPSvFosV3wIt0EoJbWx2vHW0H0PGBo2/hD/LcdKQuFzRocOxqFW25ndxxV0mp5VS7v1gWbs9A5k3E2duaP29hFgCLiI84Zs/pX9adp74Ff1QG5JU9MwP/9aV/yJ53bfzarIWYnOL098D7PoW8IRqXL3rlQ84q7+AU5gzF8j6UDmLKswYLsOkRauYiqt4mD6Bwq2DShUG1xdHNtYJyVA/rgiSBodcsk14/G9RLABTBqZ1lTgghBcZR/8nvnUxjO96tO7uWQkfGW/7UZjzQXLZFPIsdWIKr/QJLknauRC3FkmdlfZpZSXXlSltkm4WGtqoG4hWl6l0kApTTZFst9zeWFO4h5Bl79lM0tx34D0kkodudp7G5bIqCG8Ata1VPWrQeo9itM87sTQyB6x4dNGNnFPCMInLBt9C8Ek3Xy4i98qTiDPtHk8FUHD0E/UU1PfTlVHA2ceM2W9aeFp+vwVrKO0SEjEr3NWYkt3/BheRAEuzxqLQFfY6jlpat/pDEnst6gzYbmUv/DISUxIoSg9bMVig74ac7Hw4uy6W8lhA+x7MzJJQSpuPt+DvaH4G3YUmYU8SUXFkN1Gs35uhs1A3d/gUb906acVMAXamQfSkCA4E6uMBCBDXnb02AgU+DDI7d6BJLHTBRCjyXVBCFZwYjlaAzGabhUCC24XceGgVPzUfixrwx5OA3MNFx+bY2D46Np/vn+IngadISuiHw61DMUxhEOyn6/fkR9OF3ZeZBe9ApfPEd/9ZTL93o69U6DmZNxKL31po2D6qM0j1doP3R2guZt8fULfPhc9pBdRh7XTm9Mebl3ZPP7OfJIc8cN1PBaQ+YiKIqjyq/Xe7gZt+DPIIjLKfTgaPMiGC3v4sjeqfAhQHBlUmDiLnGvXJY1/M83BHppdHy76OriSovoR036kHjTB4WQlr70qcCWeFmeVx0AYWH27GO2yzGExJVWCjo1oN5TBAW3uA77Y98q4PDz/9MRu4Ds/RwTasV+JFF2iuGIV5OCyDWB+BD1QK8iYhPdlssbIlT8uCSB9QYyFc+OUPE0IN0nGYk/oXniTyxsUj+sfhQU34mxuZlQe0BskPAgXSHS9NMRd/4JWZA/etsNTBM8CexnoJAR03kRzeBwjSXYdWYmTVdYSvGu6crb8dlYlJ/JVqeVja9OZRlPj6uX/ncAhl2+I/nYWCbt7M4sx8wu0e0PJ97nYk5vgCqZ4sRbYmZ7Pik8j+Ptrte11Vzp97gL6xQBT/E8g+1q+51VHOgSbJ/J58kawGv0LawWXWLxNt7aTQgaJWumlg5S59P7ee5EKFjuh00PkSBnGFKkQCJs/GvGu1o0zQJdrTndzJacaxOTIYsSL5z0MVVHLRB35/SUwnsk9f8uEzp2h3rB16KtAkYFevlkt39opyOr7/f+7DY7YC8AyJWAi3M569MD9GUYlH9NNO+4Of61akw7UdKtUCxkQu3auSsfvfxDmG73Hn3HPUnNKkC63XZ7DO6dmUs8Lh4U892LyX6EfBMSnukOGARsjof27XlcDTMo0IxNESjIw0rY/Ke9od+JO2Cos7G6FfzT58L+0IvnIj8oYLRJy6xm3s9HFAdqZYLz3SwjXx/H/QgTxLL9/88DLHcjU34o/5dYBRpBWyR5FCvJ4gdtYrE5NJy5yHdSFsrQ6mFBsAPcq5LxZZlNiLgdfUs8XfXVWSOOCMT05dLGJQUj3C4VWO1qfdCulgHQERDSK3ODQYxmE+Hc7deLyNSuE7sXKtEEJdFDs68TZrr/lMi1r1G7Cy7OLs7E9Gq8Zvdv5h8we7NjB+MqJtOylRE4l48XUdCI8Whb4AuJ1KkwLqjH1sXzWiWPs4znqysuxqdQfqpx4aOSXi1mTwe4daYYJ0m68KIFU/x4wMFz8QwJD0wmEr43QbclIcJiV8kqaQumaA5j6MPhdJ14D3UFz4pdVaO1QETJigQSO5rkw4BrwWdWekgxT66zuJHlSOoBuiK7KIJT9RWJ/tpPbI5K6t1EGQ2ygY0zme66m14SZZ8WZg4I1AXjy/y/pkRtWtRAqDAuatX8TnAwshEdOKXMk1t2zrBSSIgw302C6vhaGJn4EgA5w2LrRXJqKvy+8EL3Zj3p3jt0Z9DEue6aSHiuSBOqGz+M09Q6BJnYmKWHDo1xWJIPcT9ty6UEFS9sJ78VXPWowJ4MdpIobEGyjwzFnTQSdiedIcWXsujmtZnNpO+SYqE9pmQiRjZsz9hvp/GmHb047qyGAy/C9y5zSrt7RHh5/lXyy9wO3EM0alCJlXQIX4GYCSnzP6VePjhoWqgdAcooAZEOyLqX9EheZZu+VP2QIO4iJ0asBt/VhaZF6IAmANaUhaTod0xnSJRSyKB4RCaXHvGuzgOipQR9Rq+rFnJisWIqHKCctwQeAQ9W8pfiw+mJmzuUC6zX/0dsPwGq6647W1PWG9VHQXyslKvFeKNICSltn/V4u6h4Yy7npfDgeEut2u8wV9OyG0YIPw9O683+dOhTeW11/KwKGRKmQIzkqP9cA7zFius1Ntrexj7xWhEaTfGqAP7PdWQfL50BI02KZVP/qLTw+kvXjcBDQFTlUru+Hfo5TtCfdEwOoTiJ5gOyFQJaS81JAyowMAHxRHusnSJDfJ1h26wm0eqrSTiSswPOhklE5K0QFEkQfpfbYk7GoPMTQntVAzhmq+S89SumBw4R1pm9D1dLZRaKetYxuWIZ9XOZgj/YshG9jDcb5u2ckIW8WBGtW6NW/M9d8rcQc5/ieeEK2SSHOY3ywOiHX7TkzcmvKoGFOftip7LmSxWcllYgp+Ld0iiaMjbF8q044xOXAm45QqbB1FPY9tLJs3qwIPcYYhTGcJqO/SvUtjEIilM9Sy2hqmj+kGUvntWeNsz7Yr6KVPhQqqaZQ4q/Dcsf3lA6+G/WY46cF2d+4kOvEa6bAvHIxrsbhPQWu5sgAGugvA1/QLNYzOlEc/iJAKjDBasybO98sZ29bgRqwefrJ+OFRvGxcboRAQo1kwEvCP+uXtQ9XaIPdHV+qWCo84eIt1icS6MsFgAuKMlTxb17p3kOJL0kteUVmBZJOagVopdmChQu9zZh3iqzoZdYHMU8RwDTS4q/W1mIc7f++hq/PGet0RNypfUFSwGBeBe2XDuNT3PePZoanU8v7njc1a7rdJsWqKMjZ+pkjHeoNoTOqOKyMJ/Qy0APpjjJ2Ze0p1qUpY4Db6Q77GwLoyeTh0ScPUgQe2TwgtpTucKjE3Fg3BhqkHQtM8w7K/3eOuIUJNOrRTBUxC7qPDZJacKukha8ThEKuMlOHqI5WZwTtGl8Q/lEBxqQ3xvHoJ8PTcttbWbmXNa0hgW53J8/UPhQZr9w7sQ8eUeBw+o5jfSlCgs2+hssIBx924/j4mSxyXo5bkxtj26Go6u0xFbZl7VM6T9VZz8Dzb21f44X7pgl6kbfWaUjxOBZaxQzNlQkM9oZ9kzK6kL5twYaPpNtFNteRxQL711eRijU8X7Uhd3RwpJZ/Rd6LWRTHNqUASU89yMghfkDrdHsHXhkhDvpWi2MeWgLD02zyxfnG7nMBroFfQNHvf6dlfaNPq7ZOut3G9ZvBY611nbZRCeNWsyHY49PJxPCBUfeCKiySI6JJuU+ZGAObyZivFaH5EaOO3axwzz/XtdZETmzzh0DP89qlKL5au2IPbdZQJIb6CVNHf/P4XrjoU/3kub14lI0seJ5krOG+z5Bf6Qf9GBc7P3w0A3ewzcZUWSJSEXD8o0HjcBqXF2w6bW+2sC/GlWfjP/2RoCjAnlegAnHr3B/naV4wiReBKB7UI7T6iovPpWTrE3qOTfmU9vuoYrzDTfkXkzgI2ZV4DG/Fud/HCykJZ001UYwYY1AFzPjEmQN1MjfrdI/LESYWgTs9rdOHZBYpEltkcCjWn4hqDBWwdyouWoX8W+ip3Zx/Q5amYrj3tG6oZtBfsTQOveMj3SVPArmSqTgqIiTVqy+MwOTx80zB+afiUTMgg/DQmdxeywKY5zTVIBvyKCG8wdqAK+UQoqVbzB2AbGGAmEuXPIRCnDKiuMEfG0FCbsKZ4+avpdhBWOwtqcxwsG7CQ1SRXDFCtu4SL3li8t4MoVi6kTUmtatIINTKfipWszGgXr7tM2Efhfx90LGUvmsIp85Jx2aOUu5r/nWk0v8Mov9y2Yal9b3iC8dH7wdkrCNTp9k/JL5Vw6bvIWHhZnXK7zTB7Ev71qk/O5xFRzuGV7WtjkWyhMP2CQ4My6sFF5CF5CfITwZ7CkPGaxM2sIpA6ybADAk8WfsazTCWr0576EbKRQMmhQrQqBZzzPmTVha/k+n2Q+yRHt66soF+wrIH6XZQYL+uUtL+Kvumv/R+Za/eGBxCivMo397s+GvNac9ZBxL7297Pnx93N0s56QY8Pi0XMu6wGDOmfz/vIDkSj7s701jlYiMrGmW2VvjIToMoo2Jh1Uu0h470N2GMb8itsQNXNDOuTkc++c4qbJv03MBO47tdSCjJdBBo4rodmnLHyRO27jFBGfzzE8hgOGlz4ypXeaj+LU9VHJen12mkg0vixQSAZ0fjtyHBOdtmXiW0HNZZkGwrAIqo+AXkMz5MDfdcqGmybsUsXI7VLM9Nu5WrOuYrZEE7yq37zvrOvg7gE4bK8Te3ZvFHc/eG/CkuJIlBEzLVyJgZInCGpwbLTcEyb5vALqi//ux79f7vWA0JHeTojla1g0giptLI9D3TEcY9B0Ck10nVi4bZl455Cee65ViYnxVz7hNhoeS9LjMHS7VKm8r5x94aC2guadW7lHeByu/LHdv/sz9eeM8v4dWG7BfaPL8a/n9FCwBQPPeTzfQFOYIB6N76mKJkepOhxu6gDsCME9AGDtpnHmkQ6tNv58bWurdxhyhhc0/BYpORF8iE3FcHEgqITiYpW5hQSjfKCEXR/7RNRLgtwQ/jVG4DHKRgJ8+OPnBHpvVGBz7Fvz709HEMJcTtqfMb7PCAme6bpynzWgt2vWHmYyyZOLlyAhhBuzuvNuUL3NmuHujs5tElSq8ScZ5ByyZ2jDOOiytNQZ7tFUWCu9NadTk/9wpMIeag49J3IBtC5g+ViNhy/UsOITV0RYt+xh+MFLaOxLLC6Tqc1nee3U+XdsGMKMLxhcj4WuYZKESn97FPPweUnEKejMr9PosIjM9EGppustKTRrhJK64zpBvj+LEjOj/wJxDrF/4+sVp6um9c/mLzs63a+lnAP5qj1mVxQm1rPKIbpABm67SFHMly+LJa5pY8JpQYploaHB4zckRkn7p8zpf7l7+TElyPctX4JM1XXOTKLjm6rsjEJV6bi2fgEA4tKvUkefMAZYBrRjF/GI/y5FKfx579U5UNb8Vt61m3Zu0POrS/o/M/f/TDo4MK2j/oJZVn47sgWWzcDnUah6DYKvqHgMcO3wY/yyBUHt9+CDSD3i4N6wj+DeT7Wrb+DAEsTy2ufpICYgp9p0gTd8mU4fdi4mL+vX6VwIRU54xz5tp/dDEJJfkhxICUfueOHM0XMH27d1314StnHAWz3V7dhS2OkkK+2cGj7jWfkrx0fc/8lgoqeFv++c3/Iuh/vXzMM3OuljXPhHLxUjswh1q7N7A5M+RKRIj0lAnEp8tdlyn9qrY2T8iLqQ3IsaqyfIz7Tjl0XDN8KCvxiTS2CzyETpcJ01AjXukQVm0E7CHoiCuz+Biv3Iay3Ruo7ef4fi4r1zp8O8luxWi/IR2NYjcBOh6C6c3naEzmfgyNXu+O8dVVVc+88O7wRqMPdKQjgK3wHYqb47gjuztS1Y+qSgmPDdI1djfVOLjXIEffk5C4hxsjDOjkdiOTuN+cRl0qrOn5vfrpZgaXomPf7bSjmubThgNPxkE0JyN3o6pnj50dFXJHQlUB+L7tHu3fj7h+OU25BHVCpIaJmQ6dz3gMeIgGEIfP+CFtF9ymaeyPhAYMhtkHYcyV2wPANTJnLcV5sYxD3Jmq61MvNQ+wwk2y8zpWmsPDc0Awqa2kuhgpdxD0tzkLuFuU+5ebaGtDc7MjFiHzJAqb4m6dJYvrBkuF8n5xRlj2P2YlYSTUZfPAIY80qJhjPTJu1hkMkMZohlPr7NQaeadnnG56TSd5fOMMT53GQiBKU2exmO0cBrxDJFSYa6eKIZEmyvTHLk8bWzQuvjIMx4FfXyeOoqHr5j7WEJ/jW5cprmKzltfhECPNVcEmq0XiPyzrosQCfHqHYbTJePnvHNAo17TJsfFpvPLuwpzAr95LZSCxo2GEBCJA5Q95eiizR/lR3ziyltJ5GheULBPCawN6p6K6fd3H0OrxAaXZwWIKNEbyZKBXylasmackf27MGv3Sk19F1N1zprsriLnbDv65e9U8gLz+jvw2MCAUciAyScJuiWaums3M75dzLK6ydrapzGozURgNtalA9okQ/Vxo6c+k/xyFzX5oW572tredhuZjbw/35Cr3r4DMEcOzELjcBiYHL1Wm6REnnU0cRpBW4/ruX1ediFxNrz3qgFAEblG0F7KIsmJLUJJ24+woOI9y7GXPKaa7mdPj525k+yuXcXWDSgJYzxvAjrnB9q/i4cxnR+c60Hoi/e0WVhLXZ62bBP6YlFqicucsFisrqH70YHWKSpk89yYzyUFgzHP4fQWRx23l3mpoqdFSvind2A5TosnIsNgoWzTqVynFytZLndew8/hhtn0NkkK76St4+8t7VL3pKIY3pukYqQPlrSf5s8dzDot5RrtCvEmpkKH8+PJv4S5soeNuukJQvu80+LyOx+445jqCndqTaoBf4H7z3++Xn6fFW3U1cg+jGsgAsl07D3c01/pl3A/UpFRWGx9pPr9/WH0RX2idVo3cJiCZS2C8s51Z6Ylq9e7nysbliOC1VUSLwJH8kN1f3OiN5Nf4bLzW56xl0u2Qf2y8izyLlyNU5cbcEf8E6FpmtpYq3qN5isEyA2cllK05LEMiJeIT5QLqaORrUaxeHdWh/rfYi69PEZgf4rw2v1RfZ8motJup/sPrfxnHHMM6/oIJs4FDO2pv8MikxnTwNnsYc3mN16JvtyUdbfRHal5WCDQNVO2tcjix+I/1av2sTrJZRPsOlN3jmNWyP1rzQlIFvMRxHvLTla8j593jwtOlVgJqlpY2eOrbv5CwDKkax3X2l5DPWsQr/lwrrA25xcu/073BPbJ+H7SudkGHapBKp4CRK4z2hJDb7IrjRH5xGD58NdQVzl5ZLyYCDTVwjY+nq6rRnfTxs9C7MQ/fnheTaBolFU7zoHaFkgeFnu3+0LcmmawKHRqH2UjXYwYOXEF6LPEabvSR7ZNBWvhvq5V+rhk1CC2sFJ4ehtb3GIlOmAfCWRi+EBEcHZ1YaFr3iJj+uwZkWZol8mGJWBxEjkAWgXiIlKmZ3p2WGaMp4FMpEkwexR/yz1/7t4uuDvn4oMkBGe6QCLzWDLbYbDrXulX7YCRTVkl7i2GUSZtQ1wcmG9XMFF+sxGI8KTiFMj0L0CkO8usEWXfqtJ8B4YQfgVUKHVTY94VvKfGlubTA37d+2/xxdwELiRja3g2/2P34s9Hzc77ofqjLXZOMyXTh0gbE6w0PFN7e/gkd3JOphwE1qvz8NcN1PixPh6lYcbxOaWLcFn9WVC+aD1s3gT0y5dabb9r9kXf8F8jUD/Rbt9JX4d3PBZ5rtMhVkuPX+1JCDi7dC4XuN5iAK0cAjwE469Y4x+uxjpbebzm17bHxVmi/2ZxsmaQnpd4gGI8jwJE8dbfiVWzwt2wR11t9+MmQwoePJ/zdX83PVcXfPjJ4XkqMniKxKtNwbywYD9eMEz5zKB5jB8GiTWLMP8eqfHfhRrJCsMR2WJIhCGBwsyD6XSS22Bz9syf37TWr9gO4B6tUQdCMfgv2ch0XYYf2BpjnoVAat9Zkz7BVaGC1u8EXC6tqAWUFhrl2SqeXy4fwo1k1ye1iPWdjSNOC3YSGMDuTMw21g0X54T3FMfKvcgfb/M6Gx8TbXV3TzX0/75GvRy+Xhv54XWQe695M/T6NvPNw/GD3/k43P3oHzzq3o8z9OM+GzzU0x3Cve4yIK/P/uF13Pde73noDfP/cfTu6Xuc0je4ou9wQA81kfmWMzonYE8taHZmkUZYEiyrttLj8y+I+0CbdXPzhDT9XB8Jvj+ALVee4Gqcnuef3wcX+d8uhfW0MbE2TRsuawLA5OY6Xbau2Vy/ksg/dog19NfFGOFbFyjNdgHEX+h6qb7mFJOjiG+FmxdvLf6jh1OT/o+HPv8IVux+PnvO7Sa/jW+I0AshrUShxzQ2jWZgS2NDMKUMK8HF32/wskbooV/HAWJFdSQnMxzOjbnXw9vIHoYpUx34s7XxGnsuF1g0lLeWYmYna2xiVrO4vpJFcT0/+HCi1JNmZGa50eUXszaa0ABjt7ePXo0KikooAfx5CvNEzzV2lpCdRxVB4fzVt07RmW46yzd2Hq72chTJ4yR6ZVY5Dx68zs7M5zX4OVDT5BI8flZ2iKOulupIE0jjB9d+Mm4pvxrPHGnzvRy//EeOxGi7oBzYbIiz+G9MB1WSG9URu834JzmbQRzx44/Qhez8lKHisiJn+OmHzw2FCV4DDs0+OXy8q7gV/pd8ZmBkYmZhZWPHYOls/V1Tn88vlfjc7RPjbncbFQYWeg3p9p7SKabuVBFcau3W9SGhVJtjRBzjiW3GVzR9eN+8YIWXa3thiNM+sTA+pOn3J1bHRjGd1OJW/qPKcT5YmKnRf9g+n4mfMD6+z84lgDkCb0t7tYd2cFhG1h7pWeXPLy2yny8JN+yXbdreothJMYE3ZjZnEIl4UPeov13jnCHCldtYP78+hhWLifyqgxyocyFe4fJPMpRcfYkfn2YtcNJM0vhT1RBxURvk5W9XCjR7AwS8DWQiIzqhKiQ5pndChhtizdttcWg0AC4DKELllw35Sr9hiBC4mmxc3qowx3XfskPb2krsKCvqiDP/BhIyh6IxbZO8vHXyWjc3EWEQyxaXg8Rt6cvJ512m+xVSrmQbbB7D1SmzU3XHQ1JO/zVxa1TGinUcGr1UuYFvlwT79arf9JZtae4OHOwavermSOnpzEMiqFFvSZvxtOHTSnWMT/47kTa3t76Mw+axjKX/5ZuPCPB7gzLpuXfCA7S+ecd5qV/MwgADnmAMsSwP8I8fkWvzNyiXhTIkPJhjPKyGXJgQ8Wgts1mgTSNLS+aJ0Jhcoi39mw2Be0VstrjWrtCZYSF0F/u96Pqd8DudpyhwlA/hDVjbUoa1XymEMUiPUyhUX7lVaZ8V/HdOZEp1mxjg1Il415013x9gKq3tT32G9RgteHO28USs8Xq42xDt099CA5sQz1daqEkcZoC7KCKAqrGHxYThT9K7GSJud5Ujuta/vBvamTxj+SbF2itvs97buMLtxlvMdQuL2kC3jOJzqBLu20GFW7hWazVqYYOMNYd0S0a3wpP3pPasXA9Xq22fz2L/ZJJNpd2eR+YWYRvzxjxA02ftB0w3bLqCg9jSze68I/cyNQsv1bP89r+apuyY17b0MNGZ58Tf6BRTPfJA4OrLb4ghl95G/Vlq64ea9MyPtmXDJ0Sucohroj96Mid7Zro1QGtl4MkWtdttt1VPTJpkeWcWc0/we4tVWCAW6E+Sse2e4eC6JLO7/+Y+aQyt9Kyh/c3e/dPYWPrBMywYS5H2VuAZobgiYMfq2bkEIDLfc2fV/Vxu6uvvtjWh1fz8pHXDAegwTj52D8j4IUupMUQBS+O44bA3ljqDWEvObyBRBs83mB5TR/OYNG3BQmrKQCA0XcHwvKlCSflNU4h83BSxfyRXGYFHKEKx2Mr6RpN8QFut5vX6AezLyn+xVGmRFpC40nl+Y+Ku/Feij1957KEZDukkEM8x3s8RN+WvIZ8vOCKjxmPWoJZi6/3zIDfpF7D/OeWdGA7gONxzQP0c4/1dbJo6NIZ8fMxdO0rQvOtMT0I4OWM6n5pp6Epihno7LXQ3l3IDPmmCAFdmCeznU1W25s8X8I8njZ8LkNApFQJL4QfOq27Or74Dv7xP98bReRr8pes7D1jLEGZfxZkOF+s4EBLnmJjAVY+XTdPAtCOUzGwdx0eZyTFuJYveztEIS3AQRAdcE1DlrJcUSmS4V86XEjORIyDtGt9I35RAgVo7vWGlthwwX3+omDuu1+KWA3YRU7/r5SZwb2cTeD00g0bQBJpBE4hBc7gJxIEDyVU587bU9eddxtrc0vrsecYJziU+gYv5Bs7xdNQpFN8lxrmvDuoZ7r0nPXVlHQGq4NmisRjcyvE5mjwlP2FyQGwYP8uGbs2LpeKi5tRy8SqQT2NDH+HaSeLUX9i7UZRx4VG3hA4r0gSuiN7Dni/RwHAXDSylQiWGnXKeS6NSKceUMaukz8FoVs7pbtc83Yxkuml8qT+X6XR8HtMBF9Nl09vEMKCW1xztovtM7vurNecpwgdMTewSRQG3tMLF1ZE99sHFLCgmFSPf8Z7NFp5Iai+x8KrJa66GdMXCfeoQfMZTQaXrxBwWECelXJRBkd0vZmcnx7IFE7XU3hO9D2h8ppHftqRg6UwKQrFTPC7tyTDePSe9PF/cTwmap7UwERBLq3pLkBtPrMyte4q+P2m5hBW7rj8/np68h9ntz7WAHx9I7pfoA0c/UJCE3eYA/XH93jNL91FcuL7198su9XwvGrxir+ZetGpZuCQ8mz7zE9muf5FSHLN9x/45Ml03QcyDK8pcK3e/fG7XlkjpUPvu6kHDcDAVWLBSI3dXDd6PV1G1/7yeqCKXHaSOu4cA78nnIA1mKjRipXruBmveW2sc+U3UYjpyZi7xYkXxGy4Pcy8NEF1TwYutuI7VxF+wLM+9zACDdQiaLA18qaYbVeIfs2Mro9lYwhdrukELfn5N/8dOM1l6+NIw14nOtyiqn93/Ae3T9Ol6rn+Xb1JUl7sPhG1tJWjkOhf5hj4HHEg5CYwkWKC1qiMBTWS1z/0gjojRomm7cmjIRctOrMrkM1ITsnOJ8qWJk13KMLy0802Vw0fs3yCojx+a44P6WdyciS2/a6761Y12WUoP2qWwHrJLrN1km6Lq8pk15A41xB+D3pMfd3VATJGdzGSX88bsMwscq2Ef06oGylIdu8731f6+lZfqktg1vSfR3klEsDTjO/Su5mLbKFO4cPVPF4AHMl1Ez/iXFEg7w5Wlc31qmCnOUfgsua1TyoJttXLSTIvOhjUXkv/chCLLrXS1d6PRuNsNMb5y5nncROVEKN3aJJePo1zvWA+6sIj12cFi1uqGIhyfO1jJxRNBz6Gf3aaLGYWdlVPcz49r9884Vf9uoQ1LPK9xGJsGb4+wKRFh8f2JyuX+FT78UfuFDN99zC6lA+DTimiG/VMITffpUpZbZJHGHiLOWycdLBD7Rzl8YPp2nAUTyCW9yoCIUAexGE2KOj72zIokmOmeoR4weiev6393l3ulip9yYe6ms1JPbYmgUsVuyhmCSqlAr75h5lGBbTH/08pbSmIHo6prkdpLheG6mJZexeS0y7TrihMaxr3HK4YGx4mwDGovrRDjhEMb+FBAWaDFd1K5UKhi5kYsznHmGqEIcluT+bFFleyEAepI3lCwup0CGQUnLqGUR9RNwqEMczs+jag8GEursgtwEu1uBGkZu9rQUGBuPPiIYQMMzuC7qHqHERUrjFin50Cc4pitpjtCDVrizqAOUg/Dan0KrhcB0ZurGftL2dh1nehCL9Wnj2ztNdAaGN8rU189i3m9Ql6EQ7TL4bvd3pnk2Vm1m4vUNgfRk2QTXQNorNxDR4nBT0mcjGHv3h5we5mq6goKQwG9kFdaOzJX93RYs1QpbpjesW0PMRsQEvciMwiXbpPgfzA3vCHM/Fhcfp1byDp/OK4zBIoKrSKEimw1XViorI39LM/fvped4D5teWh8JS+RJZTQqbYl0Nio+DNZegc5Bk711iTVACOTcfzkKkMnAyJtSkKnCqLFsPqFyewi387uyQgdEu7J1ZSMn4HZzVr5K1oC+EYkIettDTfTGdLmIKMLBDHX9wBZ+aU2B23qaUcMgjMy0D7BAamnC1459KVOGuRgHkDKrm3FlFqKb1KHRKjh29OJ2HmsxET1S+oDqvPoihpDuu0yP5zXWANR9MXTyzQ20KzdnNgKb3BXFy14iUZnuLhcvyrhxlTihtNpTVyoFXsReVVySTTGwPrUw1jGHnFIq11Z3gj0xSDMIY+ds3ueUYGWsHtMaKXvkWAnAUWzZGBUDlkuhJ764Bx9L2CBFpS4sfZizpVAJdx6Ldlalb10+2u3rBHjHM6gFuWlFGyVlrgysHXHOeTx1PJqQJbriyZ4DbgOA5XPcr2bLiVwV2Tx0NMHc4qA4WDBogYtQCdlEWGdVhaGkOqyRxPlIma8J5CQiUlEmv2QWf1u0LnLh+vGwwaXxZwMCbaMXAEjWubc0Jv1h0nAdXVXCLj4xqSfdfjc1zS38IXIxwCYf4khPe8z1jHN8Oc9j1nTy3Kl0wL55cSQPI3heHM8wjfYB/Hpfejj+Gk90w+4v1B736JTAXHVKxBsZPWuBygdO9itptOTxJAzDE9ItDimxp7j1+vxSL6mz/nHGtcYauHDuwFHvmfy3ingcU3OAIOfodj68+GNOvZQ7YDosEm9hEP+RUu9DlUe2FhLSgzgyhrnbyoYo1GpXldIcz43qB9Fwoq22jXsivDSXQaAxI07S7kBiLvUWFEm5uFgiKsnh5eCzEpghWg+IAT9UK7MpCCWH/9OpJz408F3snBo3bhVUj9Z1N9Qai9ICOAHYGAz0zDpPtlGf0tfKzOATLbZ31bmr3jsb4E54teQ789RM0jOpqaznYAUouOvG/kAgIgZWg4OzM2g+2p6BkHgrf44CFJjoAY9youuY0DoEydOf3DZyt4KkLvXQHB7w5sQxtdYcDvCOv2Rra9ERYvFT5zjtyjIpxpG6UVcmxpc102tplI63fp1t5cB5cTL+dZD8gV4fUbx41SKfzQrX+ofUH46/OHTCbiJfiI56d7zr+Q9FFWY2wBef+6ZHhm4fHPAqM5eil0JqhfqgiStq9cJk/TwhKhq0a7qsR4I8Pn8gKz2D2/yno3pW/5cEmVaC8r6JkYxuYcqR0x7YfC63s8mQMbeP7+tkSHfgiVZgwWHXTaDfIoR2b1FXDJNPMEY4FOLXrumDQWzYAsS2Tda776ARGFYfosnGguAKdKKBuxvJw19LzaWTBU8faEV/VAExYRrn0hDjPX9i8D7eH1L3o8RMPJ1ZlGb8QxU3AcjX2hYs6Rrw3oyqeXz/UymJg1vwkSsAdwliVFPC4KSt0vlTO1iWB4nCP46PtekHSUm6TbZWp2zztHFvXGCc/7pO/in0pSM+L6NLIP9yaI903psdZ2Pf/huPig0YXBmzn87z1qbVsjFZUCioh+K0tjdGBH4fhOzyvs9ZFK85gf+g+ika1O6MdX0HsfDodsLHcw7hPWdicOzrDHA2Oyyw3HQQUmNUwqORBwyC6aEogSXYNGMg4elNvRSMJIXqJdeLxO89Zre6w+HbhVQL6qLwWLhcj4YOgisF6XFp2Zg3g+DDoLqJV1x0/Qex73QaQGraVCDZuFyPgI6LbC2yIodD3rBWACQ9C7HQ6CDtOFf3NhWkpaSkRf1gLxl6CFy6gYLl/Nh0EHiaklb8AvpNId90EEAfwnYytdmlQFyOHSQSGIZVQw+uxyg46CDhE5YM1RhXS9UUNlJ2mgrl9b58kQeEOW918+wYkqJBKXrV4D8J9CtfzwTRRU8YOl4q/JPRcqijUivXpeyTH9/d/JC5BM2zSddIpBNkZxpvVUCNAVEUwsXxMJGbHTyoCUyb62IjXYC0l50hj4OfLUCQbJ2ya5U4M7W3k23T372aeLrK2DB1rJ/VAHxtJ5+f1AB47hu91nTiI323dG+9H11ktLO3yk3+IgqdWjeOmfhptuObp49HUTN/nXQcvBqYYNebJ0kN2lKHjD2dIyKALtvL6B86+8MqkonAuVS+WK3PKd6Fl9DN1jVJWWVsBLFdqqiZFNekFP2sZK7mCL1MxaAYlw/Hko/zw9l6/RnnoQ/nOKhdkTsdi8X37maqlePE2xFL5QiMJUm/ktRPGF0fIQ588Gev5M3y7/A1orGdkLQrX4bwV3awqR9Z+y7UD7kueadUwuV1NJ3MEQP7efXmmBYbjyBYoMueQdH7m+J/cvJ1i//Y3wY/eZeQemhyi0oJAsi3PVXMok5Huw38PuJzhv8ahPtrMItZrtGZ9KuQKEhjjT9v6XGGNsESbISCgQDRwILg64VM+8pU2ygJE9+SIm9xOXBof2FlVJXYyoWZYLGoFgE4u90B3tn7NGqAtd0s9plSTa+d89upDDgZjFAzGa2ZHCCIp7dlLFykXJH3864VkUqJq6ROHDgpVIWeQN2l2k36eaZkHaTmWKJdNiCpmNPsSj2F/rsLojZcaOjX7zX2I7MSzh5izV85DzHRC56hZPrEOeLJTc/F3oYdDDi/yxxTtrRvXKuSvT7QNWG+SrjSQzvrRSjQhEFJJadbHQBrqOEVMeW3Tau+p2GzUzvgId70eLjtt949n0BFBAl9TbZqk3GeEmxDhf9zEayPfDigVC7T37Nt1a6V3P6yFj7yeP8lxwiJy3oDRTbJmeKznJ6YhDYAYZrRCGYXcWBHYYs9Ps378CDBFs2vqdfeY9W10LKbQT8aTCyNOE/fr+MvX3ne3z3oYWEf96ZgtD/ta94YvmAbDjig8NR6odmomMYH/Pbe6GbPZyht3HXniF32z3AlprVRwCntyuO7Db+X5s3ylCaEIox7AFfkY4r4gidE5SV3EOZIZo/jU0d8rgwx97awB0zz+APPCk/f7YXDlj16nQyWrcXLN7s5Bez+EbA09Q1wGFWFtcMXAkmTr2THeD7YRWPDiTE3bhTj2hKHNDRMlSNl6Z9CYDaqn4VWq2bPepVTL9JaVFMYmJ+TScOpmLHyulSg9gIpsHU993aRrwa+56mNc8qdKcU8v4KLCjNLhdxjQ06Li++KoWshHc5F5+uLIhwA06Ij0cPMtVnAIS7qAeJIyAA/SkjcrSB0Vtym/c9Xdq5wGdzEN3RBKSZ94WvdovXKUt9KxJhk2OH+cKW8XztUtnqW/pk+zmAI+hbMeeXZv6N6ZF6FWMeCJCsjiqrmOj+JO0J+baoCQaK2YGzrQGOyQPoxmxlu6i45ZkClUkokslw4Rlh0l1Z9f9Ly0kjNiNpuQabJu5ar3aFk3c7BVimXYDGtZLNnWUZ8h0W0gIg+qPWmwIPBrqyXqXD/bbqSB/b2WilFFc/VicjGFiUg0OrmfSb/uK3aqHuxc+br9ax543vHS9jDJFSdFhYuFGDnSj3EMUd6fKBPIFje2g6l6F1exeAsNhw+aou2fDeJuQazP22xK0IVeuJoU/Jp8sUkB79blF0SMCf1gpyu0/jIBhggqFuhGJtLCng38fYDrrdmurk2lYnc4ojP8TjYfQs2ZGKpd+08CwsEhUdo0EbuvGDYCfSDlNtB1HVa2UsHiY6n4KFJL003V3Lre3CCc2CUPKXXCVeYZ53edXZus2r2z+O5f8ZlQ/sL7lC7wE0sE+OMlhk4dIXk5RXAGPNlo3LIo/58EC5IMIaSVsgLXkxHHZXLcuzO3NK+flj8DgCpQuJez5mrveKMd1iSrcLpwfkyYp/4EO5A2y3jV315aTifFcjCpDsH64S+KidLAR7Kj2Po3NKhWMjVxwHlPC330hzjqf0J2HJ0lL5B22Xum2/88EPoFf93jhofrut+D25BQXvv3ydkQ4W0+9agN8IVpj2/F4Ae/gBFJbfwQG+BAJ9Cnaoz6hy+cgrGN8jI5nITBayko3sxGzZ5lvBtxkBOPO3ORXJKQL47sCzFZEMoRYBhNEUzSKGORogKMXV7KkWCzRD3BQ5EgFEOl1LNOkswc0cEUagA9jJ0nI7CJUMzBFyBhbIU1J7O3hXSWvIW2W0mUd4hvARMV0AyJt0kT5p7TRhLikZLcgbvtfVDCZND7X6wJpXmZT3mtkJgVVpEt6j6uPOsNrkLBajAsiFdcEG81gfLDCPXLDAPCyQC/NYirxg5Z20WQLPoMN10g628AM4TSfnURNYD1aHYEDWHVLVchJgOInRblK5/+BSk+pCk+7ITE4ImXRKYtI1gUm5u6TS6dvv2f8p6lN8ricv3/+6GyZXhlS0gfQDUBNIFZsMtYHXZ4BlTE7mEWvNr94Xi6tcZ57Jl1F9+C7JZRJDWGS2qkPqxfS1eIvJIpOokMEFXm8x0V8A3xf9KuQKh2wRgFYaxStxFxEIXagzBY9aq2hxfcjTj0b/MhVMtDLRWEyJ3XxqMbvewUbyku9kX4UwUbkGlzL5S5DBvDokeO/uw4CEXSDhbrYlHHdCKXNtUKTkgWe7/nhSf9//7cdjwkSCACbCgZyEwgWsAweLg7h50C6Ksv9y2tr/t2O99SnFodY4ly4dDQEh71Hn0EZCnw0xn43QIoLh94f0RrItHUpULgBi+PunvQKMbEq7X4NR32v7nFdofadv2+4tW1Bpu8gyq5kKqdpYwhzGD21nnFyHlvU8s5QuqcDOyjdl34g5nWD914xis4vM5WcdTNuupmGLRZI/WxAZ9/Tva289uWVA9jxxnAwJPrjjClG9Gb3Hqd96Gv54X8CEP09ChYmM+F5mtjIjoteuzwhePjxFG9PIeY884MweSFDnjC+UXbYFbvcZ/qAcUdXO46OdRB06PvshwgHYQkTDCWJg2INASPr3HIDzkE05RLCDXeEYcYLYg0fh+z+lB4ce9ujaLxJrwxZdOYYfsABL1X9AI7zyjkUfsLNtkx86LDAz9b9XsdGyh4iNKaiMGrDzfTPF/oBaqNAkouIGJgdgHw5BMRPGI8dMTBhRQKMsKAXTQ78YFcHpQLRc1w+dO6FQDBGaIa3gfApF727iFEcUhP7+YfbXIu2K9f+/DwyEQryxZGlfSmydcIDGJNHSaH6o9moWqSaJKNZ64iNumlznvwpx3bZhaOPjOrwXUpFzCcuZ8EyB+Kfg15gTaiZijHFzjLjPVNtPT7f2VTkT7a2RCrYmqnMiKClKdxN92iZ5FvxAGXE2sYcFrETwL1QWH/mEla99+Litj8bJk+Ma/nAma/Sq7AqcaHQ3WQKq/EDxi5usEVYIzap2+UJTgmYQeMRNcmA18APItE3a7ghPaHY2sYYfcFrYJBfCEo0FqoHJ8VdiVxOppwkSRxPW6VKhZpIHlsiBWTgd6qSqMcE60dLBpioApExu4Rbs4AfwOpksgi1eav/AflbDjUwWoTJIn426hTgyX2Rl4qVpp7f3JKb8tP3sW5rkjsAm2+3rmjxle/bfLycq0iezqv0509ZGqG3yEoIwz2ZGfuenZw9ta2KYmlyGaps2NpG2Jl1NTTAOJwlpQ5PnA66dSX7ajB/qvC7HJA9Tq3IISw5TkKOLG4dcRtRHGWtkqm00s/qdjAQw3ERGK0IdDDfVKKOIG8Oi3zwNUH0w0/j1cYN1wK3prG6XpKdVd6j/GdtDsDmEZQ2hYp1M+wcYCPM0UjWrl8TOfvBAW0TEXdbxXsa9gwn9HHZjjoWdq+VgKDloHYdrwnE6TTaW6PlTavffUoPJcIvYUVVEkf/QMFmt8+XJ8eV50uNQQd52rslyGN9xk1IHd2ptti1Bjxatu0bpLlFte7LBc4O3rlUicyiOtLHY+N7pE1TxJe7avpenrKI/E+d6EfyQozIiS6lEH0Ik+tMOcX6cswOCZcm/uveYs+wTIZXuZSSK+tGy3sXzp3s2ayyh8VpqFMFWbyrQdfXXxnfVX+zXcl/gRf3cVE6280Qr4218uETi5M95WHjmmGr9WHPSnVKaq5MDIWrCSkr8X2NHzXchDfoan57d8/cjyDcb7VUL9wiAXdB7IHHwQZKtXaZMzM3LiO1EJj4stdHwguwsNfJC4xFYmrAHLtIFnqbTeWMyHQgutDudrAmvlpbc506ow8O0uFFla/JIrrnX8VX1xkFSxo5gQHdwETJuVo06cLtDlobuu5gCgRVxscPc5W0qS8iSa+CtUrdFRgvLaDs+4g7y1wSf8fSwdm7gKsZUYHaOM2mUxTIDDvvwMQsPI7EzvpbrrfPafqTGELYEJMUxjHLgGvUqPe3R/pKOhuR1fKlLLg88UTQXi1tOig+YwrEfQISKC0exwP0ewg3/RGGOVSxfIx4kSDhImGYQeFIPyK+NxBRQA4jJKz4VIekToPeqBMyXo7SGsG6n0fbUgGxf/SkIFzFM6iWcR1dTe6sqPEjyiPZ4mkFSAhbgIEsPNb130u582GV/Zjn9gJ5D2Z6fPdy+cdF7K6mPzzuSrIKfUBWYV3bbgZRWbJwcKGkoYOvKgT7N+whnf1v+w9015a6pddcM9e0Sy2ZPOKXjGXrk72p71/zfWd36jE5ODLqMl/C0LNZ6kQwMhicQhnx5+BkGHp9oGOqrnZ/DdODlMpupJ4tz4wOF8cMac7V6Q2KEtTiLnTZnDov3+vJ0WQC9IixmNiUkXldeFtxKlFzwWMZmths3rUIDFTRjgymTq7dC+pexEArGuaIVez98ds3n+LD5GVlyu3o0S5gCbDo1cO7frT/o3VCKp+TBYp7EhwHnm69s8nhcAFXvX/tHqTkXm63Km6rcj+roNtCoSplqmGju9RCGvinRVBcErpKklHB82MOibeCSliIiCdIRA5gKxCTUjMAYgG4ndSoYo+DUykl/akzNGtTW2E1M+UbT5zKYXBZ9GT9mhynHSIlRWQtbn6LnMI6uxI4npvCmRv5U6AOuxD/AqYxnZyXiDw6akYQVNkFfrftULJ9qn3Jttye7god0KHI+SQrCtHeWoP8+x+wJCO7m8r/cIHm0sPuGMN20IfoT3jWw958mjnrn8e2+504cBtu5Ohc9OS8h//iAoC+44OJNMEjFdT9mXfM3MPD2NjR8WAhD9vS9C7o45BLxLTEWzhyWaipbOW9SATr8Jm8RdH/omHVaOKXr0rylPcBmpZ15+3lQmBMtBvc6oIbDlTzBg8HiMPuNB4hHt3UssQ0wKuJYl9ATj0/2Z9jQiXb6EwGAfnJmIBxTbuapiHOUDCvi0vM5CrQLDPHsYrlGhEH+MPOzqdknavscGpbfOvJat5wJQ7bQ4COsXTGGHVhRfusnv0se0ri3sQXSUZlSq1qN6ob9RyBahy/0EuD4sVGMfvExTo9heqz6vZzRKMAHPSxR2R0PxHvomFQ8YL3YL9TX8BzJxm5HYq9++n90dHR0dHR0dHR8JuGEDyHEkEJG4DiD4tH8vzl81okRvpl0x5T/DJViyAijTWoyV8oj7dyus4l4ru/v5I3a55WxMRZwisd2AeMSl0VCvAAEQl2nf+aRZ8cLau1qaG9NxU8/Guw49W5ydzt5QwYE2w+rQwtfQLV5rp5mDDsGarkUr5KgqCT8y+tCSE3YcQOPd8DgrVFTee/K6t6ASPtfvjk0IvQ+PyN0pS3Iu6jXmAte7C19wWAHvpqr3kjvS6N9var+3L+7jfaAqrGvf7f+lliXvR1+a8J7oy7wdkOwecNes6cHhFmxsX8Rmgb5iMC3D7opCjsm5K06X+H0mHO1lWxo/2q7ksp58sP9AB1FPWOPkcstepHIgEpU3kM/PsjfpCvBgJb8wsQcf+KftUS3HmOjVB0cLun4d4tY4cgk41/uCMew9Hu3/hL1RT8yeQ5zLw33gZ1T87OSCjwPaRSQDy7fysFYjC1wgTtJ4zZojAaP8ZAxqca4VWvcqjNu1TNuVY3almDcpHEbNEaDlxgVRdqINOiGbofo09DtK9IaXBv0QjRcRFiLrqxFBFZaEuO36Nc2wx1Vqwh7kOUBUMVlg45tA3ilOgskHVpINoNx1r38Vy216QQ3CkjG8ASC6utAynd5r/qfC+ncxY3DBZeYqkPpslbXn/KAtRj8M6ED+zIjJHoBgoCOY3c63tA8vaYreC9BewTYebiMWSxY1oLma+BEB6kd5vCg9SZhYg2dNcDX8PDVj6Cr1Fexs+kmIvXZ+Gd8HFCj3n1tqNQcrzSdXDTOqNltpKsOuniW6xtEaOq2hhmBhJDLg6KL/o239xn6+qpJd4JmqKWAs/KNPm8vxiYnBvJ7UvTC92ac5ONSl1rNdKIOOwSRZdeQkHS4DzZPlbLZ4jx2f+hklcx8r98X9uNMFpG732OoU10ereMJ2kWNet0owsnkUq9O3GAqyIgpQWrrZECQQ5e3IDzCUl4eJjWeDUJO8CD5234OFoXy9exsrp/BIgnsacvhT6q6fZG5oVxYSokJ4OgEFpuV8xcyy0LAkH0XfApBPCWYAEyz1hp6I8V12z3eNF5PRHsO7jBgGFDDvGlL1KM7ge9cf+3x7X7eSSfTfv3/wDv5biXsugMukS12re+P2kLP6tB7NVgr0d0RUpfaLgLxDj43PYnA6coNEv1v9uLn/PVqoJ6Do2lbyEaeYVvAT0UN+8OAdL8VpPKJIT5Usa/mVB824IA/98b4GdvpuNiECX4nXTjICy+2/1nAAml52wnBvVQFb01hWPfquJcGiOKNR0aA5bBg9BeSiH6cHJ8dO1Mw9zCCdK4xB3p5W8dAswUaSX2qqf1kfNJVC9E9ulSAoJierdoTOSLnZiZy6zSbxIREDqpY//+eZN4oTb0g278lYdfVfMQbVOTTylD+7nZX7rLtjT6Xf8XqlZqbRLRI5tDd63WZnQboW9Zkl0LUy96RSMLsvjf8qcsk445bkdL01Fhzi4QsuIWG3FgjdA+7FDgshafbw2Qi4qZqnbe3CJUUFbmevN7B3Z01cWEBnNTP+uzYeSP7oIek4Q4Fr3Vs/r/Ri9fPVPX2BvCbIgkE7SG0DUpsp3Qvxw0DvaH3kcS1vV6rDaf87cTh5xkOd59mfsJwpo6f73nk7MTOJS/I+fEeTQtv4Rxe8RUnwa6+o8sn4yOgxt3LB+8CcWPCfGmOXENYFTi+OYcv7JpHai8CKJ0H+xGgTY8ElgI0ucs183Ueca6mPXYVfXGaXGvHPxLeBPFTOt9uzN5Heojcvk63e1e60y4P+9mtBg+IbIBlOK3tYvQ2etSY7m32I710xB7/nMLRjJCyubOIZ9Qgnmtr/XPjgv3MuVXiGWBEGCYrGLcAasUqW+jHJ9i9xiSULWACKNXElvAEwNqpstI/ke37icuEhFmElGG3s4gxjBrEWK6t9WO6csEe21y+p5FBZWNpE49bHTzClUfNHEv7iojQO8c/1k7wV3ZrahMXNjmGPI5P4hBT1Ve12U3zOF9Xcc5MV5zxNyDp5Ph0z3cwcgHRZ0F/TIRdIndjqBLltpNDOdBMXQ/HqBbQuGpBYSWqEijZC5Gmro+jUJURdAyyxHk69vbqwLLjeF6FkrIKKiEWLt3ApARqBNHqZF8qLw4lLbiUa7ouf3yvAhtI49VKZ8zAjLAtoyEGhpmdIoU6Fe1zFt8jrJHeR897RX2DdldR9d8XWhXuBsRdQlvH3YDYAaKdIMcrEU7PaXR8JZByXuCaZC/brjiWIlFVMoeFacCbSWIJAhzbNklCazMUTAroHfMg8m4CM58lFX9PLtiekcn0d/Z97wEbHTdOST0byzVU/JpDLk9wXoSnytHtntR0RQ6kMWh1/KNEfxPD88PatX/SjIbFjxHb9y6yKkQqJdNUxSOaIDhG1SCbN4HoVY1r4w6x1GZPLjFJRDEw3NMcawNN+99E7ODxt6FcOjgXhXEyKNIYf2kCHj+/LJaqhoTHX7rns73jZ/37lh46Z608GABUJiL8vcJbUGEZRlcTnGcnyylmeK7TW8ewfGkppdWD9Qkw6He0nGxJbUyW5aXZL3uviUS59GWPsECOR09mGpaugXhdzIhKG9eLNsXRxJDRGyU1rtVyWIwqKapAd10HAPzSHDJhBNSGOBGoT1l52FJThYLn8X1NOdDA4VCejsdA3idCJhcVOhsSUlGiaK9vBlFN8aca/N6KHmnyi/br9PYg6nUz6Ly3HED2IaUdJg3mCvuELbL3uU1FTmg4QNGiWBy3APFRR/rwAn5q8tqaLfjkZO9xWY5NWUfdxW6p3JSVjq7wyWE+meRelc7ZblYZxhdDIsQJpnhgNYVQNuMMl0XTa9+r8gOgJo8o5q+sBKBc9KOjj1KJrloeU2Z6oUbXaCr3aWpFL24E/aFWMkxTS1kAoF84Rxvsis6pt6AuJYAw0OIMcgySwg6d1PwanWF4X/KSMVNQvqOwzKYn4Ouuw8wm0WrcXy17I5+5iAatdx93CtWWHYr0tnmF6GeQtloBVtvueZ+qMhDBILkunLDh3eZkFcgO02SshZQPk7UNk+b2gyOb1WWu7dmUm401KPIB0Z5/PECTux0tqJqtFUSCxFR646WUAyG3GN5tydbnCSgJHlz84mcpxuERGt3tmWrDsIJImMCCIx8aNUQssRjZ7TTE2F4DFe3UwGbQyxVQKS58gmbXM21vNFIhzYW/XH8Hv+Wod6aPIavNK0JUrW3U6fo2LNgRHhINU0lbv4RZa+Yjb22iUwPrRrZTbliL5u+XeCKNpq1+6Th3OplHqABaoc74c1+QRL+t2TOZF2y82s+DRzXQpcd9N3GStE6jIfgRSGOueZ/JlXVJlTVPqHbFMx4YTB5srhUx4xU0nsdR/VUNmrcZ6xql5jlvdWhyBMYJVecnD+cxhzEk0SQPJE5N+B86OdF5rtfz/hdeybCcnyR5up+LPwcvwz42yBQOLt80enYat8mGlLgjrRFGTYfwbMFdf5M2fAW82paaJZo4sl2lCTxl/nVyH0rInrdKdWMRvbf4tThq5f7U8KaREA3B/WmtDskQd00lG72tAehMOqgPccFhfiiYCiQDDiHEen0PGKuywxAI0pZ8ShR3FFKgqIyn5iN0lHOElBefHAk69nYJSkvzTBFnjGSDED4O9DXsnDTuk3hMjwKVE5mKuvArqyj2A23OJEd2ovLCKi5F07DWrXjTTTQOzW8fSaGypc8QMcVTv0/eHuZMk/y+TgMylxkQrKvyLj5etdINeynIjT0TRhjDANnL5xMu/ujJzOgVq06MgWXqKicQKVmENp8hcgCqaSRFP8xcXnzDT3xzgtSm0Jzm7a8pVqwFf74XG2+Zj+bpzGWSH+zDS/W6rqcrNRLvC+Ibf4J2qlKUxm4CDGJC/tGkm/GkAojIx6ofGJgs78PWP4FNIPH1IKncjmE4kFTskPG2Oxaa2BkjqSHJJ5zmsYQl1lhgVcD2kEeFH2N+juFyq0sFj4MSPaaZ4cfVuzqZZo0JlqRWDvadNWfWoSnYLvsr8A2QhHF3dNBBUgnCy/uhRcB2D0oP1IYTyt1PRbADyMwu2CICucVqWXyLJaqJdxucEG7gbr6cmeoEcEc6iIzmVL623yYRwdvzoUbvGi8xpUE14rScHo/a1vFo1VZ0x7I2C0hXyhPFAdQAQ4rHyznNgornPFXO5L1e7wWADCdNFvnHEf7uYiu3nDtlG5NN/jHMP6nmQMQU/BNGTpWTaj4ewZMETZ628knGibkdJRUvKx+8xxC0sOSLQgDQ6pTOYBQdZblFDNxNn9TOWRvYohJh68uY181tGWhwnAjcYXlepzfvtYy1q7MI9rttC85tametSOUfSkEPr2GPdPcBz333RodQ0jVk5Dp4Y+0Y/eQ28aPx4qMqPhPFdNdLx8rVpUdL2c2SCfcdTVBBtWlZLTIPpIpX8NmVFoItP5oGSOO2067DyV20LHV9veWm6zvLvRkVWC8AjCWt4KEOhvCZXEnUoxpjIAz7AoDswqkci62Js3YQRLdVP0NPX3PtT9TmH7Lp4iwmftJjjUMOu6pNhf+POB4mXNP80WIKJblnqtpuGmKc1FBFk9IC97pGuz7u1fdm6l0lYcFVp7k5Noeq9hFOqmGkWMLk7Y6o39RWkXHtI7/gwK4JqY1S9GoEACEDgTuSpZBgSyl4uODWbzc+h9EULTqXdW2lpuzwS7AZuwB2H6AzvBNlWAhfzaNxMUGDQ++xoHW7BcqVcVaTKT5D3/G21ssCcfRECYxXbdwsdO/vTnoDOqNxmO+a3giFOTXpshy9PDjU/Ph8GFqIwgnb4dkKtPjmE0eR72CB8U1gELrRXHGICGJkFvQRhpc6ONfOGDOurheplYtUBNGD59nzSiiTG5OG0bYk6jF4HOapsjNHUB4Gkm7OZSelCW4zwInMk9ETdxie9KbUyvhFGLqlu1iyrsssv1acdrv/y/PODbfrETTI+++dVK/LZutTuVFR9TxV04NoN5XlW6KzAHjcaNn90DXWdzme5V0OZXWXAcZ16d3SPqk7b1KTXgfyZzsZhLvRwzdAKv63+Iwj/KejjL9lBf11xi1lfo1pfNKvE3dKz//3ilLpX7ASVo9SfNqls9rqv0eb7BajKSamy3yKnJmqLmHeGpL4b2LO3hpx4fOUvjyvEfvO03LTZ/f5V9Sxr1RvvIXU8qIywqw1FRVHjqfznfWONgn47rAc06DzMxegxcJbuj//ZMrF+CgXhcbrPYaO4WLr+OVLcQzeB7xFp2HT2SXyELUT8pS4YXKCNf3sNGMCkwX6XLISrDxdRgVQ9pEbuDa8jWE7BCVnPnbGMxGTu3HMbdpCetOjPSefEV/QrDf2DuPac4vF/EVrpgx73Ns3hHSGfUFaPUjbMw9rBdbORWMepKRFfsTGb6dFGyKLnY0PCf5kEHasSbvx/AETBNKSNfc5pjM/nfXizB2d+netxn+P1EjLhBiAvA7ImAKqJb07MKWCDsW9w1Iq6pG8WQFuEBSXEC2MQ+Nysv1xbFxQZ0cXlSz8mAABN1Tk6k5QkXuOXsP9QLSXRqGNr60BdmeISaMuoOWAMhGCK06AMSFO3IDDAXBAfFUFMCXMy9XnAcBBqZUioM5R08adFwDHxZfSj0uclzPofAA4SC8wGCbodQVemQNkPK2CHloev0mFGFHhQwFotPcgnFl89kvv5pD9weH/roRL3YjQDkDvHu09rXjDNx0sG/swqSR38A0RO4oKHcWwKjR6hCpRwaAs3b1RZAX2xI8cqRXHhh8fPqTzp36QwT2nIR9DBK+G0nz8bpq/HseVjfTef6Wk0nJtGX3xX/x1kIHNdqIsAb9yifFMWuZ5kd/Td1ObNgw1a7OuP57nN2aD4VU8que1IPwWASpYQGV6t8CdvTs8oSyKMkAsp7+AXhoI7+475kvF9ZWBSCQSiUQikbjlvlN/FQ4S91OYe/SizFgFYjYzlcvmt7n5J0gc4efH7j3TcdRvyJCYC3DdLBWcOrvbYrYJumbFGOzIO5tXDgx22c1nwcsY1635JXB68QwTb+5gdd2fflRSM0+w8tH9Ant+FMck5Czd9U+LsLyMmpYmwR5ZLphFN1aL1FebvROqmKBG+7DAC7vAvfkdTsuy6Ip0TkgxgfROrCS7v7tlT4bI4MFDeuY09XRbQ8sJr2+mCRdZLVy+tOXjbjNRMDW9+nuThdR1i5FYzymCtW+bm/2xQ6qJ0B2MFTZgX1hRNYxt3/cnBgQrAstGkkhtlpKg7ASAwXxIoaYAViiBrU1xS0xFLAo+To5/iE16FixOVPH3ikaWLighga8CC1NBVMlnjGBZsWMjOGHAo6fgY8YDC9KAjn2WcB5CsvfFaQc5DOi/JN03tYX/ts4QA0o3MwhhQY6dff2mnmLeXkM1ooz+FsqPaY60a4DwKrKPHzFnAM0zV7VOktE+7mI5HIX9xWs8nvc97irgM+wa30178INcPpBegjILeHMX/G7AV6eiHXvI+v73CJxCrg3K0uDyoZhzi5AeLhiYJYgp9H8nHp0CvH/HrCWdzxgEL21+6pWf04eWZ8F3soQHRfGlqLvkXD4sFZPRflMNGzPXniLOmUMk+XHo5EoHkamahGGE/A803TIIH2n2r9HcImXpIdbcK0QoumTYLlhBReEasDsA6p9+hlVAoj4W4gJb+SU9BAKlroGZYlrZi2SnASBAwupdBLYBuoDy8IUkDQ3GsX7GuPAEkIGLhIINBe6OQIGcwjTMFkklYtAWPahGJDyKC8t503m5HY29dfzMQmHNTNXNNjRndTM6rmO2EILjh0UmolC5cSOUPpLkA4cGCMZF5Fgn24k9qBj3hlGn7QaUcPJ2IrikizY8LVo4ZW/JJm7buKuxAFtnKybT8AqAWI5BjIJcF1hSArCEdOWcbs3TYSp0siSQ+eVq5a51m+enyXSV5yQZj/nLZU1SH0Y9hHuI5myJ8TX734iXzaaSznM4zk1rQGdy5ryPRqaRfH9f5mF2/2BTtHRercgHwYyr/Rz6h53ykG3xLkafKuQywEzrXeYSjzLc7Hu6znpyL/uhXp6GmlWt6DN5lUnsVbDJvc55cq/6bn5absjXvKuUEO0D3W27t4dmAvMQsw4D83vOfX/1SSCj2aUnb/eQ8NlTINEyQqbXhMTKKAJCHkFXOc0VWSCE0dBoGhEVmWgytJvRJUTwzxkFFdQVCSp3NRACnSAUS1ozV5QXgmSZNO7MFQOx5wSng1Lha5DNPGRgYSDe/sU71Qpvy15puZXF1Vji8V+V0rIPUPHJNyRD4E3JomMoejm9oCSZlkk8UHCKxtQtV1wPbz7f9Go5Nr7trikuuSzMWuWubfcslpeWG2a/gK0hDrsTQm4tToT9HaYV63cJi9B2xMGgNgLXYyajm6If7fAOXLB26Mvxte3QWC6877J6Xg9AsANpgpEqa9n4SbgdgWMSfOyRE6l42uaEkl6jAeKwY5U2XoOwDQO9uzaAqqGsT6Nx13i46r3dmFDFawSjSYiFs+dMZ99fm9Civ3F4Kkngd3wC6O61YWgEzzV4vlBRpJDNERqF91NNy699nn4Xxgapn++9/HdcyUCrqJPdSObrZ8d5zhSfvD0aJNgL0pi+UycQw5WeRuXHQWg0vXGCExTr2TwlTb+2TRZYZBKwJB9XGPBVZZvRxGUury7YJgJxSmctP3MYRGOHGSxCEqeaVZfXE1SeXc0K2rOKM4Jei7AQX+Q8xmFcJeWwnVqrP4f1XJYZp1uNBvfNhFRL5gBM0LiGEnkCjIsqVGSY0efQ+0+BXCFVXu6627KJ159YLOpsqEVpcok8ec4MLoaMYuOqZjeZFCK9mEzvmQD7praUbVvmbUHzr/Os8SrexOCo5YsYCeFqwI/1ck3KOnFDWe4x60xc1gdeNBOxGuPEVrqSSusSEFbbWGWn1N/4rrJD9lxnxHcwrldn0ArqFmyFuL76Q+0wOPadNsm9nqW7gtNBDnhsIWMvE6Ycjqqpc8EkVScwxbhdTyLyQe8HS6JNVcOcXEciESAumThr5FX6odIPIzIJnvJSpqY7D3MIfr+unmwaPuMUloGUIKfxA/2B8UL7Zfu+91JDrTL8WEUSPmLF/oC3rr49ao/SLhq0tzvTSOvXSZorOe9OC9eTiMxehjJlNc5fgr/K95Mfn9FYP7J/U4/sx2N/mSlJouw82O1NL5pof5LtJs2AXUdZ4AFRXeApMxS/TDCqQvOCtcvPWVMSawJjafELjYzRcMJTwkQm2+6xkIyxFFmzpA5PbuG0jFVYxhqLWCLpX//S1l0RbVlsMS+ZlEjjzigVdGbFibIY7cbCzllZJxesMYklWSsnNk19dcsNyPu5dYogwOutRPq3WyfEF9lFQxaeWg9e2S/KssfN3F37R1rk6cWi814H53XCTWg2Lhl3rvqBkJkPll9RwUbz2aG6jF8Ff/7fFeTOTtAWYxky3lUxopnKAmljoyVFtJzXzT55VMk98pTRPllUb+4tvbHYjFvWmEtkUM2OUex5qhGrITV+tZwfzWzvhNiGDWmkXz0ZtElAvVCdMQaU1DGkhQsnHIgryrNVkXMZhZ9aAC4b69QB7waBXO+eZffufRBtLSXZ5SWMJ1WlN7FcwNQ854hMk8w1WcFBy2nQP08w6e1zodGWzstttMsK+dzwNk8QtB4aWqQemFPm0o9pMgLfipM/9B1TxbMhy/l8ij9vzu6hNZ1oqVhbn9KnuArypgraXVizJVESZl2sCODxL+DN1wBPs5GBgrMObjJfNi/BYRjd/DkbDTdbtYrqb0tFFg0/dmJipf5lqyhudL1uYFh9hrIUffrTVP++ZurbD8Ahq8qT0U5wVCyeJej59Znxdgi0jizYfxuYB91Yx8UldW7mYTHfXQAGYAeuw9KvFerQQgcLC3gXMnsLEYAVZ6Qut9gGcXtDO2i1pBpXDZFQ4vqivzxduNlJoZUk2zQMttDn7K+1Zf4nZptn0TjrgLHwUr5EW0frB2HK83V7I361Wj7DtYiGxdvVsBjUkmCKPYqW41D72eJvfvFeOPF52lF4gH6X5LuQKdFEdHr1zI3k+A6820MzbWf+raOotjt7LmvuqPOOe2N+Lfpwg6HKQmQhl43NyqkRDcQHLufohuYdVV0TTOkR49cyS3U9EDVo2JIdPH4tI5PVMtRGok6/Z/w61Al+pKz31rSe1+U34/PPuCyWP5i6ULelv8ldVucZVtw5fGuniTCdNbIFlMKq1Ps64Xat/Snb0V/ksg48TJ1+Ana0RX0Yxr1+dffoXKmKX35OIeDWAzdFOxuakIuk3SbhP1/EhNJx+Ha/HGcZ2nN2v/Pw/12q7aM9jpTGNr0086OR/zOZfups+i30jn9Ws/VA4Dut1eqtZJtgzk+VF9asL7cZ7OAPomYVXsuGHf1AJv/vYWMXxf0qn1pQd7ZBXIg6sRPXGs8BVlfPHGAuJ6Kl6M5IKtQbD15Wiel1/Yf/AYkebVJAIvEELps7hziSnzBJ/s395T5FcJPQO39n14XyB6vOzLUT33YhcXDbtnLGCeBGj9DSx3FHNz393Vx6zFexxTso1N/X5e67zZvYdlHnsR5c+XJsowebDXuKVBYyXxvSbyGLVmumx9oduhKORLlUbma7empZ9EKwQceyBwZUBWtPUrhkpfJ8ZMoybmsSFisdl1QJryQLpHoUO76WbMrtkKaAPSsxCGaDL2MPgk6/gD2jcBH40vXsRnfv5T0eCkDoV760vdjuS011XnBZWQjj5S986/y6MmJ4FKPQvnL6TPEDzYF/wPvFio4rwILNi2/sUaH4ALBNW1pz7048Hrv7T+T8BAwKNcsCTHCYhZVNDWLSyYfO+U0P1k4RQOOvLY49nHzHDRUhNrGFcMvBO+T/tCXuT7y6zYjXvBmzw3XD7lMoKlOXM720S+jf59eL0NOh4i7YINrDgtArRO647o3pCGqykcy9coGXE9srGCbjVdusEFGu2pKhH7wSvnjDtftogbOwTvY0TdquRoORtU62gdsHArL1XF1IdjavDhQaAL96rQwsE9YTdb48lY1UYPrzOWy0ih1pPT8Pq/s83eI9F0Jn36tdCMmjfKonFzhjdWNaqMvaLree7j+1/PPv+wHZU+M1N9Lxcwdvdz183YMQk0RwJgFDLapvlU+doKHz/zefB8DCeFXFRTLTrTha2Lxuw6AJ64ygiHAB6+N2N6zTpzXqH8l5p7BB2FTlH8YZGgniIMvE2Kx7K5a4x3f794BLY81YAsQit2TbdG2F2MObyhPk3ZTfKf0GJAOpv+8pNnQtQfn4XG0so62pxrOslFhnOHgMC9ywpOoDn9AqYu8Rg6L8iOdBqXLd5/bNLDvnUzlbekiTo6WO/AQNjkgpqSUr6huIo7nFCZ3AdtwlB1riO5cLpdBYooOioZ9oAnQTXdSEE/0kEXC3dTnQpK2ApcC3G0N90KmVMPeAAxAfAjWcPTB89jksg84fVkmaoJVozHccLNTEr0mBkFOBysnsZT/MSiQcPfrFyoxuSADtReUW4LIGg8I4cQWTj8x1sppgRDODBt0clMHUgqx+G2esTdOeyA4mEzGWF3bc6UljipQVJj9AR1g4CB/Dqd36jvuQ6aCtLRc6SOzR5/uPrz6FO8MAeevHgLxltgr7wj9A9eLig1nddjdZOIXdVqZynCwd/UAHssu1ka2TuwYWdIecOZ7Zt4yPQTI7u4pTIbD50FYdRM19VQmdt9Cfe22MFxzTItlpKFYsWRB8s/788ffwjuKNhn2+mjmnCHWCB0XDjJfNdZe40csv3D6rd+Fqx+K/g9z10y235LA/fm+c31tAPHqSeyKMnpRLP65XchU7A2i10QfkEwPzAabd+7KHO3Nf0a6QzLUplzV8N/dtiaPMNe3G31+eMqk4m2RTLp7x2tPN8di7nZXpnlHHAg259/x7Vv92LsgK3pyaGDQxyVZwRiSjo0mD2t7V5L/NPG66SGyWtMoOyz+b4+o1OTcrRK95UdmR/fKrm6/ZC+0zNrj8FSi6IeHiByL96jQ/HdrOX8xKmtwXx8+ecfwuD1eFq0HeDZ6LXTnhyJWpkoZTDZ3wI+8gvjBjp2XLwE0x4V2vbnyql+M+92rgYEwfJlRgqb7ifcEzhgTGojCm/xkrfURv+oXvFvE3yQb3ru93ZZA6UzvZkGubknAiz7mxptn3P7FCAyP65f8a91d+7mC560BYMyATDa/Bp7vqlMl2Tbtno3TG4jxTjHcAYelZXT4lMPHlG/49NKTX7BseH23zaCyykFq9k7v8cnfbo22m0ji81KfTH65PV/dJbs/+7OiiO5VRbSf1O/H+DAqJ9HHTu5yfg50Khp9BrP1BffqX9wlazmXEAD1jbtSB7UoHvXphrqRGeKnVDvJUlV3XrSzB+fWoQ5Fvwgn0wUCgqz451IR2UxFKxv39zenDNakeUlM9EVkaDDMxJKXY6ES3Tq1FzJtLcolqEoEHuMnVajr1jQXPxy8AC/fQSfIH9gDsWPHs4QiBn5m5OKBXayAl6rZ5rklRZnx6Xb3Rbh8Gjk5mE/fDbI6pwu52N6GYt4UI+Fk7SVDgXgiWFSsErHYY3I46vSZYH/lNaE+DS1AAZanS6FruXCOA2+j+mksS7MxkZYO1DuCvlowA6nW71y4DBcZ2xnfebb94DWsd5R0VAMh2/pGNDRBGx7Zua/azBRB+an3oAw8vvuBlcdnxM624sa57A991WepYvqtHhi5K/fI3VqTp6Vjf/8nYl22A1KVUFeT67c0+Px6G5U8Vd7yGtl8/qUfjNvDT7Yirv8YloxN+fjVcbL8bnvqnDt/eGsJXLp/EfaO0xKhAazgV3n71v9qJoTh/BMiv7utPN3CjZVfeGyo/0XhYCeqauhV24Cv2FZghdw+7eDI60yMPSekWfDQgqQ0VfUw70aXcEDxvtibgT18GFCpeZXmC/qTX/tTBVsae2/BBbAhm3TxWthtQ6yeXf/GwCi8B860YgpPV0EXs9qCFm2lwBzuFBRjF97CCHGC7jUHkibCE6hDFIQ6CJ1ul/aO8zARIqO3qQAgV8KCDG3QOXbvpkaaUPHPsBXE1Tm+K/x7FOwXJDFltj0cXm3evhv9yFTluv1AnoITym3F/feNVdqHx+GSOnkKmFV01tmeYz1VckLYOidGLFwI/SA0ezzXyRJvbDM4WJZG29/JGR+7CdgsCqsfng89nsd+btV6SS2ZZAcYCpoZ8f6k0nr/8d2wInhVa9v+IFSuzfGKzml1Z5Ht95zcN5uQ6I8/r+uOlfPbj4vv2rE1ElVn9Pj2C7lkEvUliPY5CmGe6YXraKQ9qZ3vYCKvSGDOqOpU4YRIlI9m07sTDnqcZ8Q8waCs1vANR3s9cQtrfntTcIKOeRNnDGpBBFQZ7X7oH9mHWoYdukWjgoPW6Eq9lPo9O+GJPbcfyDcDmx0/jSJyCJQOft5qnSSW+2TKlLcuAcr1cUNv3aLbS97tznMRHPGmr26M+z17n32iBJJv9Yq12eVfxG5lwRVcEQ5QQ0Luy6hBVYDGmjhRbI7bUB6Tn3g3+Y212mxOdKY9nT+fs7ujHg6JLc9PczGx64h+xp/rHOxk1mXA9ajRYqVwSCC3qNn6ZgoVEw+9UskaU9ebO2juInABX7KeD/uCyB/dRmFOK3OWvOvfsZR0fvLTpe4MJBIsQh2p64FCNn6L8HUPQSajQ+BY10VbWZ701WS0NkvNOG5S3jEUf/kxmz/1Az7HjwdVFWyLZ0gLM7ye65HRWOL+pTCHkd7zP/T648BpcXMgaBR0AYMriluV/wKS8dzQkM/j7I5tMp1T8GnM0gEz5Hhch7yJjvr9jFs/h4yduC6TmEB/il8ozcfrp/0AJY72xs/omp+RyR2ZlS5cKjXf+i5OlKULp+DB+0L1s/rwuzUv0ZWggRIYlnGy3fe2Y/z+XSoCl23249ZBxUo5V2Wz2XNj05zPYcgeScWYloD55R7fihenAfxC8yopTkd/ghjzBnWztyGtq/Lyuxs+wCC8Art0nQYzuQn696Y1iP9Bn9jm/WGdEK8yDi/3Lz/AKbkIVNQnCmx6NOlRfk6Ko7VFmW3K3CSqbFpIKX9RKvmQb267Uqpo/7CMeMOKJ2l8Ldw+H7QlaBsQ3P7XOjtZGHRFop7sNf7qnaXG3yNtha4tBD8Kuk1WQURV74nI7qKYprY+exK6j2jaZ6j1iwxfuUiRRXTmprvP5y7yiT4xUf+y+uWXGJkBxbyzXANcC2MVyUXiHHQlYqByY4gWbdpdiBsgXX6y4wRgvEoBJeXMiPaT42gp+Dc6h0R+ln9A2wDxPb3agQ/k9T1X+ikc+sO0IgwQmWafXls/1+zAf8t4Lc0cNBsgxsZcIlirNNK838qcA17pLA/J5C7PuNY4wBiIah6RYnktja1j9Qtbnquic7wOk+dNYr1V6MZ3lIEHHOmlOvksQJyca3TOL0/5HotG56F/vmOdrxRkzxAWpZPbMF/p0zFMh8452LE/tJxoC2XA3Dyecw8GFxwONCcvWgDp1GuiJd3W5OsbTWKeGdLkovcAy64c+fy6oiTo2Jtl49Ysu1gsp9XkJdDhNm9HKIcHqdB/0HN4oQwtNrAvU5kwfYAEBdahDu8dW/f91tQV+UqVhsarqYwHZWBliJPeHZVLIhPNXjV/FGtA39NyVhJNbgTXiNoitu7qz8P/3K6re0BQsjEOPHupkuWbKdQFGg3iELUVusWLuA2zKtnL/yid6hH8eocwQmbKXxQVoK3UjiVjPPxeRqr2o9DKqQ3PD4aKuXNy9xxcnZKvZddX9+zBiUtPmrpAri+gTQVt25uSnU3G6oYgGodN7FE/o5SrPUStEaw51PJtz/7NtC+zIxoXdQGfAZcZ8v5brMeVzE2MkQ5P7+EffaGPiPbNtB7MM3fUZlGtb2ppCM/R7nwrf1r6ydwphKBPCHx0BCtKf/JVDOiTBFslz05Bn7We0xo4KM9MruyVkMvkcwxDSA4TtogCD4DwJFxPUKG4dQijBUUOtD5uQCCGtM0vCZJDIb41c/SvEmnkD16O/o7jwYTZ5cBdFfxV8oSj2TjkM+43We+dTniGNaHxjH3cjyggPP3bOqohc590bccGU28i4p4n0AhyZ5ABwnrDiwMZrX4X0+LiyaaDpg0PHBINHwr3nCOhWwIRCuP0gbaM++te+5vhNh2AfONuc7sgW6eIB74K08aXjJkEgFExubAd/oUYcVVUSI+/OKwO009gUy++eaHfXHfsZlQZuJE0m3eNEfT+p6H5043NNhPVxNgyuCc5WRRgp44JcAfQPfjCgeFTHjYc3qDYt5dARMmHjCFtyRdGILwczevbgoiZ2L60mjw5EyJldZrdHREAb5N67el2+pTHpKJRB5jAHkXpS0W+xhcPBQlNtmPdpUVlbjG2xN0gp5bKFbsXBmXpZL5FgGnqEcrblRICNX+6tKeiADN8hgB+wHA+ESwlrXsj5vCn2rFV2T7m7U4s8gMnWGmVEnfVCgZ8C8iti0piO8ECUYjfFq6n4NPvo9iMos0q+CdCQkV8oeetE/1QSvN/gpbjov5MRVbMgVmlx0zpfiLaT8dERhcQLG/uubvu2rHGA8NzJj9D2drVihtvmwhvwKEUVA2fcE3x+95fYFyZ9DKxgn3jAuCpDFjDt5NpKOiWbbVc77erOJwFa9+TEsTM6ET8TQSBhXYS3KBMSbCp96K7FL502epcJrFwDew7snNlpQ+bc4gN5Os0WTxq75csSFrhGpfRq1ZVi4ClqyeDDIRgFpPDl5YPMx+q1WeUl6XMwiRpSGG/0Kj06MPDR6XAJxhxqFhP1qk/nvY+dk9m/Nn4VKKi1flWozyNLraVkw/es1ZNWpM1kP/K4NNmQbENdTIaNnYDEvtFEt7x89lK4Bsmi1O2fXwl98sIm9u87aGE59cRynJ55gfKfEaHLJmSj0WNOlGC4sC9Ov4N43Du2v6JECzqZAoQCEyBIhrvcmP4evTJnowgzo60Fy8ivzzf0MT8XnKtfn7e684f9i1mu8WGsjFnCdx0mY1sLqb1072fOeRa3It/WKeqpDQ7cZzZxtYepG/xGa1LhVxhRwF/wV0YOIgxlfJid5twkduBaXgankLPY6l6gJqUulCVpoCekh1emIoLkUouuohWntT9xwJIrqrtuhCTMjXntQLiD91fOlD7F5Sr0ZNlb70GjLw31e5p4lfVHs2md1Is6r50G2e+cQkrb8ufObiZmqvvWSSShiEKI9xO1gZIKijjk+C7Qe15Mmt25HILEVuaWGe8+WYFO00nu9vyv9VQA4tqicjgG8eztUUnfvH1DdJAhVqqV6fUu48HHfIwU0BZ/aIBfHrNzKh0gQofTx0RcSisqaYGxuj94Iw/DUG8FeDxqa3Y5ldFyGg23BN1sd+S56imF+NMI0TDAg635z6//Bl57OQrh9alizxWHnt+1xBTBHEJGQFH6qxKPADGQ+3wwKvI9QkZUWfwN9JkbC1M2nzmHFg937c4XVnYUjKo8V5YE75dpWJMTLmeDYP41OJXuvxWrbmpFEkkdDpzbH7Ok8y7AQ25fqozmLH9DPfPvKrDyhXFKSDDmJf8en4ScB7Js9Pd8ScHFSGjv3HJpsvN47CU2ITcql94z1YbIA7iiQ0aSIl8gptcdVw15S4khXxF484aEVnlXgUbaw9Akxd6fChmGyeBU6ri6ib6b/ERw3JazjZAfZ+sdyxDDLUUKtTk0P6IgG7fy03NOUSou5rT5aRYksUH9P81nJx/hYVWyLhOnMz6YHMuPrvcGUxnZObp9wD6DaCPTn+d0MjtGlqADavivHEKGQR9r0eEyRNkqabVv5mc9Kr5Wd9Z9cUmklsxTHxQJtMjGHNMdStLdWiQVe+xy6pBaBqgHAD3gfgrK3smf8jkyZV8LsesP1pAKj0OAZw5lpuItE59/HTMWHg81BPV7ioPPSpLsxRcVyFUI+RBB7BSh7LEjCSXqdXCeeNeeeFrkckFfzmdc1LqayPVaQT2yM5bnlVjyQ9YmGD7lVaGEED9z9tR1ISPr11WS77x+4hxyzPfYky7A3VoiWXer06Q0f0uBDr8jVtde9eibXJeS/AhMvziMs8khV9M0V4SfeCQ6bHnsd4JBqoQLNdnH5tIKJ5F6qDTXzxcabIG7w+JQoxRo/LqXfwUP/Q2Z0Rl61d9m15+u3tvgOci8NlEH4By0VfvWfHa98j8/+V5xNN2f7YWgPoGhxBVxoF9whWNGBcAzQA2mp1XqcISywQ2Vezd9wtXMnvtx9g1HYiWzm4xt4uKj4NjneL+/YKAPXubRKXKDKRbXsu/d17Xp21/pBpvP1z2t8Xwiv5O/GVp7GG3qrIBPDNQk62oQ7JXoGcX0ipl9kLhD93jrgPOTiI5HK8qEj4a1GwZpTpVJBaJx4k85WM/nR9hTjFKBA7NGfP2QMneMEQI9ifcmPjwflOXhWyUj4hUHxc3V4tKR6lVSIgr1vPh91h9slqIqE/OdrbfO9ud+e7ihvJ95z7S7HkHP3RUXxqC2it5UDbD2a/cgljzv7ORHF7OY01Xh7fYU2T1LGCsj7GEoYtQvqru35eyICeEY5PZi0JeerHEDLnzveiamwcp+qKLJq41GqKSXuMCgS0eI+75GpdO4U/7hEvlpGPFr6LUOB6lTj6nUP12CwgNo9v+eUtBBQJow57EiCxMtovimyEGcN9B06XFi55AuQ07gQT436pg8h3wqyXmdIOBoAvvgASGCf+d/edndc6ZeoVNLYP11wnXaRz4WjCsQBtxEpQTOl56nKF4qAZlLQDBl4s5cHjEk/H/RnaMp97hb9Db27R9vXZ6BFShSUCNhmNC27PbovL0A1WCm+Cp8hWFAlOcpHlEk1BLK1T4oNfgevIHxjliQ4Z8Ee2a98d0IwHWgKvpnpnwDKP1407tx/SlAp4f32Z1s78m2MNUaziSMAm4cXSUhbB+riCZhLHADDlgjC1ESRhZNRdQ4kukkoUrCoUgMMoAl4RktCqM4KngolRDAjwS0nR87mf4o9nPQL+ce2OGBC9b5RhH3IMfAhgSCFA9Q6NnbCJo8dEg4T0TGf4zfLiSRoMNL+EWyNfZ/+elLTxSsn/l20Dizfw+9K6/o2Tp+vmjOQ6MAnUYQkT7VkVJCPcXhUkLTNQozJcDMLQZOCW8ccupfvMBTwl6X/2xW7zsUfxpIs1/xicrFtUFnwNKoSJ7+z7ARLxNvs2QW6JNwcGRrEBe/8E4CMtsV3g+JtO/1d2aPwaA2wY/9O28wTQI8Zuc9/vmcpo28kq/wRPkwHo2BErxdcnkHp0YoTJMA/kkT6NWyCiWP2jWrCac33sMtDZ6y4K0Gn9LCV2llWJrTR+3C68Lq7zmb8CHEiziljVvCeMoH7/LBp3TwJTKqxwcyTmgWjRKOy9oRBRwn1BFVRVui6IoRjyZUibSzpMLYNwGz5uSaeHxFKNxwboI2yp8TxlzhbsKFPatD8DVB7bBC7LN57Ia3BR8lbL1S/Wcb5DXJqHwFUROQPgxUE7BeDFcTDBeQw9T4PGk3WPrIAXzVBW4t+bImanD3l39lziShwQ1DBE71zr0R7XcZ0LWZPruQpdzrNkJg88JuQAv92yTFTKTQKyhGVSYH7xLIfZ2eaOzpvpQaJ2q++h57AWsJnS/0jG/SkpdT9I9ElV7SGzQgTYjjmL8XdJ6vhIukF8FALoF8VBsiodhwZJew9O8v401F1D7xwsvlTaa1m4jBdCvSYHU78mB3J8pOuJaH8DzKD4MiCDSxhH/1Err+MwuvQtR/csJhI9l/Io/nCrgKLj/btN+uxtSDV2w+znTyUgPu5YVUwCXODsttW3RYtCuqEsVN2BZZHy7f//ytCh5yN9HD7yb98F0oOIMRhKGiBqKmoikR1Y1Gg/wPAEL3HY/kLEiOSTQu5GxJDkpODfIQXBtuBj9TwAPwlMDjgKcY9l9Reqtoz/+WwhQZvzS+EVa93d+NmoNfZwOHPnBo71thIbJcPe5VZMYxi1rRfCgpFbYYxQe2Xj/ofxcMfW7t2sDhWr6kTfHnA2B8JC9YVrRgc2am/AgK1H7J1T+iVXwG71d2st0bpSoYvyPQ2vVIm6KPDCnGHF1ZF2zOhm5OwQ5IGxbX97QlL5aB61Et7WL9R7TZ1Ab/2Ixqt+MjgxFPwQo/oKs44CyvofaXq9Xno3UAffjTnhf7Ew4DOx8LIZJQuUOl1O9ylAtV8AWFlAWe32X3FvVxKLiWnDfwZYLnPQg9OqS0MJ44BDMowuTK9iwaTTv8HcGrPCd0fyv68bWDCirdO08HI24He3TkzclyjMEd2HRuQEFU7kDLmx36ME53WNyaoU0pGLg7mBHHrxOL/FDeQSc1pw620PdEUv+DENw1uneo4EVvTzp432H9QK88xzEAeCCbvLjFkOBhi3hWZ+6DQcKDzs+aXL2cIGx4CBtrz9EKCCQeaH17nOtOoMVDzc2isxhsPDQpEqw9uyGFHw8qKTftToQByQO1vMRtMER5mPIUIauOIdDyYAb7+OR3wDDmwbhKe0mFcc2DbewHm85joPNAc73L24ehz8N67e7SkQeCoQd6JUfShejowZRDre7OEC89mALuATVhBPWQ/OlU0o96EGKqB/pmY8qDUdZDsc0b8dG46yHKvk6JDyCxh1i3PdbG2Oxhau9eXErb7QdrDypidqd5VwzfHqhg+zqLAd2DCZzMQdr8EO9BnQsljpsWoO+hiDfPWj8Y+EDZd7x6IS58sMH3eG16wEjxYXGySKguhB0f6EgPkzd+NPngi29Nz5XqZYAvH4orx6NzEecDB0zu8nwY9EE9GcaWlkGo9KGoTnC3gqkPdlS8dfaEgetDE/HXH6UaCGUf6GA62jkMbh/WgxUPMW4HaPdhfoF3gPj3wSTWae6uGBE/mGQP5pQgRn5Yd4bcLskRaH7oMrPSMt9oJzD6wcRrzWPPAcD6QeNxDeybqR9qP6gu8gYDPUDw/WCz+YzL7MRw/IH7UScHPoD+oIeaMJwWQ/aH4noheF9B/MMQc2ngTUFY/9AF081+NXOFQP+BHreIsRj6P4Ty3rtFsABEkVtvnwMOIGLOJqFguAARUXtxuBqhAALCF9CdU/MBWS5dznaZn6rn5yaRRuaF00yNdlfPm9JkA75bLM8E23G+D/nWsGkpAJQDHNI6wkW+8PknZeg3k9meoSo5gbXOxIyuqRn3pdmsv7w10JktPrI2TDtX4UkP7E2OZ7v7Lt3nVT+MGDWf+PHtVS9DfHLwzoXvdiYmTpJaAPOAwzx1zsuae8t/q96DnVvv+MHom+HkeXielh3KWsYPlTPo2/0Yi7v2OqH9tcq7LmvT+viTgUz397M515Fy9Vmew9IVA8+iqG8Of3GMcudp0uVNnx2pJigVg3EtmkKFwTMq6vf/f7V1f5Yfb3t5cgfiFs9Y0XShbyRWIyOWCPx5FfFbXHRsl68FNN9cWrTZ4eubLI9sNcZvFfVAYI20WEDyEjxj7kXYk5fiecHjsgohD74ucJ1DGnVbmO7KYXlMv/Qah/NOnaUp1nXxaSZ1mV1Nq8r7aThjd6p6g1Q8Wlma/K83LFP7OEJAF83QD08RX4Mrm1TVsI7V5Lq6Hn8Q5SJEwA2E7lEBqrxpLSPO77zJdIJXwTLY1VJJ0q9CPw0NOXWb+oMHBEoubj2ln2t6ydD1e4sxL8de1rCjbvp/wzRwMNgnjgZDNeJwhvaehU2G2+ssXePBj2/zE4JWHNt5jE8uti7Dq7XR0TvCMKmK/rPlwVxboMNYMr2xYXWDCy6UMd18tajamtjWezZBHV9Z6HZvTAyDZqhqqJqjGoQchxyH6gqMuIwm7SkaT33QrRxXSer2buzTlPeSopPExGl/DzE29UrTy2KCurRekEkrkR5ZBmlheRjgNbFSN3k9wwJM2jbnMAHjsqN9ck5O60bvub7sjgV25wI6S3S2nX4mVnrttNp8mid7mhdPSf8VsZzVKLbIy0VNYou6vKmZ2KK9vDMnHl3Lh9YskVhEd46KlM7IqUZJ9Zr6uexanfX003eLqPowG3Jwg7kGb/eQnY3qJtRK/E1B+OTZ0KNh7b+uOFWzMTM2c6SlrMMrmGgawrHUL2I9P42qZOSZnZ27UyvQDkXdjaTS/Ri4OvUuUZyxB7TBS3/546Lv1cXfq/ByvIVsUS7iEAbvyMUF7CFkZ6O6CfXwH/26sqIoXnFst/8wknDYmDHTmGmMhT9KL0XDgofPZJI7B4wkWqA6Rm4yGpxfUXnGxlqsnOvpBM+Zn07ZnGcOD41m5ocZ+W7G6B5O63ocaErFYr+BRF7VADLyzMKo0304Bk+d7tHASF7g6LjBCx4963lhNcwajeTZcJ4Mj6YQSmh6BdooTGh6BcrhJpOhhmRolkLLd38R9KMPkh7hyIf80BbgmUMyS06bW16fe8GYR9GcZ4ke/bUiQMDUzgxv+783tr4EdR2G/1AWie/G8Ibq0b5Gat7oruwKVSziCrVae3ivgdcVunr3/3HjujvJC4upVLnPK+NMze43mvyH9tog8cb1m04vtnjxzKqk0uCLfUK6FnifcNjVvU3O6YY1WpxxElwjZY2D/TAmE+NLSWwf2owTpmZ4eQVsMnSCcrJ/Jc15oN9MCKPTHxaZfZDwt/RHxqEWgFMyMFB+86PATAZfZn/UGsjPM/pqmhBpTXIzItO/v5fbx31s/DDoI6JPMH2Yc73DtIVeJm49o7tmTAa6fLo7APYViB1/VHMm/IK14ysOllYiXvBSL7iXd2y9i3sHqinr9eJJj+zYcsqv5Yhgynq9whl8lb2sV+CVekrcZVGczWq7uQp7tk2Jf0UmnT1n57d2wqYocm1or34+mSMXAlVBKn34aZYTI48VpWLE7W0b8fobRmAc4zsYCDRzQbKdV8kPXSTsIrN5FuZ4wXkMeBwyKWdva8Iv3JjOD7GYE+vW+SyUI1ZrUe9GLaqlwo2xDVvA+r5XGL4/rtGSOqs24qSPztttxeJpCditiI/F72B7/C2KbVaMlziDzGITtioGwWe1lTFqEqnoCmhQEAtQg1beZky0GhG+5A9vs+Bi3SHIX8vGv3UwhsOTag7dnmnXH1eMKgxBkctD12IxSd7XZaXnl4vELhb1XPQXmdJsry/TFznF817f/Z1SsutlSLDIJrJE1xPLjSqo9BJ9G2URrkbcjSL5NkXzDQ0UZLiZ+5Mpu3Jd9J1T1N9myZq4zMnLk0KmKDJrHdRplOe1VnsrhemtAhfaRgJaglPLBRAuYKDyyxJcGz/0omz4au3LPjwLjfsFCChs1QamH8DtayEwn+CuKGiwJNVtaDIxAb0zimgsS/ZFjNYc68dwS1SzVwQ7He0EZuNPRm2HyXvwZnVXWJLqVlRFGIMVrdZMYT4Fr4KAW+R2v4lHl/qQWg/Su1AZVnMpENVG34ue3qPaqBbBEC60TqyisKmoUWW02B7VMbUY+DTmDil134KpVBofn8I4K207R0/ST10YcqQm9o5ic5PmiE7HviK18a9i4ZZi1R2wlVXKgFswFkuj56exQ0up+zQx/EoN1E0quMewyhEeQ0d/kfwXqSHsIrkR0bZ2SB612iPkK9OSgjSxpi56uRaWYWSe8osWQzYyT86y7amnPdX0i1ffFM3tKbd1JXzkJYKwDOMwjXkmFnEYQ54ppmpY1J6GFRxm4Z6JORPGkNuwIsME9CQMsjCJQbDyyoWKH4HUz92r5e7HqGzX+xTwuK6yu7PnmUD2gNbjMB3WmdrxV4R3o1KymKI5iRrwooMavs5NZB0VR4HvRJUFJ0Nyt9SecFLtral+3CjwM6nv3hCIwg7r/Sx+WjE60AKbcJgBJ2CcDWsEz+iu+Pi5YLRHTHWB4yFvozmwjBdthCLIEdCAcl+bizauYsdx0XePjslJ0022ccUb2dp8yBVq/7I8GzgVqdFCNmiup0+2qZ/vXu0mlgNYYB4agSChz+vGYbEhdSDA4PMp7x4wxVpa7gpqOqxcAYUh62P8l6Pj8nfeHmZLkIRPrJssrtGVDRURfQWP3ZK+DnC+dYBzH2BDHTM4w4GPTjbvLqjtzq4ANqHn7m8VNUQQurLRLj3OyvrJookIjy44py4I3dvimR5Hv9vbYb47WvOCs15e9kvTgB7VytJNVZt1G0AcaSX7NkBwtMX3Pcv3R784fzeAS3aoQckU28QUYclvzuGLIkFyFdxnFgceT65dUcqQzGamQZEoabJiZShAfLd9mz6eF7/U0F6E/68HVWjPIK7ayFHl1zxdu8B/PEjMdLEosLvfg3FwciOWyM9Fmk2njQLKIRY+XPyKM98ifbff6Cm4fptdHmi7d1Czf0Vc93795C+w+3BIMfZm5THIu6mIrZDg5Fgx6d8zULeFldpSLD630EqdUxaxlaiHYg/JJ8S2wSjgurETKfVhdxRoB9hZ4okisMt/6anQf1a7njM5E2Fj5tVKUbj+Ck//hKQX17woY9y4NOuLmJw3QjmFNf/TfySNdR4K/M9ap/EDvfo95VYDCdslrZtnIaKSJR2l9/yT0s/g5W9P0MvPltr4GURDLXeZrR7Hv/Z9YKW0MKVJE+mybZkFz8LlcPzMyvy2fFqsTsXrW1LRVT+N/ntVk6Er5fuqemdZjAaqy+Y7MYvvnyqkVlsZt7dd3A+JEvF0k0Hai4G6Ic5zucr/kpa959ZIgShUnpBnAkw4VNmUxyTVecadvLb/VttZF5bph7mqvPj6l+pCaG2H6y85O09AMriq3R7WFTTD94OdPsqsv3Vlu7J9VHkogwi5b9aVaza7FbYJCsPa55LaZgcWDHbS47x3/2ijUsrFsC/u4mH+4DJSPKnnTPkbnlpbbdtrF3L6mD88Pski+9EjJU9T4O4jHl58L8e65Ct58fmUP38/f0x4flfLfBJ/f9zwuetjn3V5vTfBl2Ie5ejvp0fjl88OxRF3E5H8aMIje/PdHCOvvD+eJ4eafxR00m17uQN2X9zQzxkaQ3RdrS3HJKc/b7s6Ex8RwVFx4xsU19KfuoEX1dFkAwxgm50RN13nJ8zR+qVV6gT0B1Thn8s7mPY+Jt8hDFUfJ7gXfgHWdTu7GlgvO9azsP7ahdi0cMX4berfM3PT/4Hfja5CpbZVWVQYmunb8PrU8qqI7uuj3HptdxGSF9eW++WtsgTTR0eKebJiNH+q3RjRb0kB2TZ/S2vs5c4eLnLd79gdYpett0g9hrv9Jn/lkcxqbtFsDeuVxByEo8zTlAdkJPdnFua+9UBy9LtqyLU05QotkWVmYMAg4xb96HnugmmSL51dzn4ndz6994g+oZiOsRJyft1m5NN4HdIx7HM6YM0bu1j+ELZDfTuoJ+c3MMv+D4TxgTeWH4CCBUq5w80A4b792zpmrZlq93N7uBIU/kdkNojA+O7r1wxHGrpdbs9TzJi+kCY9upsJPn/i1vviaI3qA8l0oFwu/9upUgozs5gEd7LXqD+Jcx/e82z+NXIBj+Gy586Mk5j+c2gtaiZjQ0H4VWlfUfp4Bl/qN7hQkSc3xtXPyCnt54aOqPRMLeyBP2Vvoqy+cJHXENQQRmY1w52ta0e+xM+2e3HecyMW9KLFB3Z/tWqf8HQgQuGQiaFNfBut8l6K11vg6I69CNTXy75UveefIhc2HMY7+++2tDvznmeynjOrqU0ZFDIuuPni5ycjSfjZtb1Qhz8wN2nJl+ozMf/6Vc6vyB1X03fiLCJ4Sb8UtNsgWvDG9me1tfelxrnU2iWv7dFWvk38gdugK+LzksFfs372vhLB01XRBgWnZy+CLl5UvzCYGN1OMjpZmb7O6AYAdIH2BBBrkUOSKXVn3veG/3MnVH4u7Dx1e4KNVydtsRy9Gg57kNBiLq75LCL6ovAxF+Bb0SM0yhrc5dM7SQjfH9iIJR77y08iANOtOIs+K3n2CIOLMbEOGGNTATSeiY8sMQlZsHXeUc7sMB24QcWJeXPEnQgn1SGZFCz8U1KVWdy5vE9B1xhpAcNOA51j89Ipp/sIm0oukpdGcIZOBw62zf/7ME7Gv35NJrKOZ2xQbfHZF12LUHoA0XN+0wc6j0eCtr/hkod9HRqxthdAHNTtXrE3Py41zK95TTMfGNATrdKaYjt9py3NAhHMwMUkZOGZWdQIi+KOc54o9tFiaeGlWf4Zs+rf4kEXw+iUWViaD2LIxu6p8pliYqe9RAKp4mW/HeIQiW6cNbwzReA+M7UqN4gOOv0N4hMIzY4L7B/T+F7yfiPdK19hIov4JcPFGXo8dNmYJWVreKb0w1U7lTZjz7gQMD73nyKbtweSfXUaGiYQi15ImSU1qKRvKTYR9ZqS5ov8zPgY9XP+m+uqYJ0ZQhUXOz9q81zM+7M+aGdVAFdeBxztXN4HUq95w6fFG2qLN+dHt+gNd6bxNl5gbLx4m+XoGwEv9ClTA+p+hqfrVFpgh8rjJjhKRzOQciU2f8nByMesZhbhGjRjFzZpmtt8YlO53eZ7VrEzi9Wmku5u2ojSs5XctHbLjLyIpfB3vEpjdY4fhj7y6smiS69AcBb8A7gbiFhV1ImOGg6lfHBT0jRDSQh8uhcudFJpawRnLkiA2qVPPnptwfaoHptsQ4tGSLEYDLw2ALQaewbl0IZfIrf1eKix6DLVDyPhaqyMh9YSepayTXHBr1JlpsrfYwnWYKxQbJSSjpTyd4W/Nq+w0rzj1CieWgsWsr1KHHauZ8dQg6/8k6r+wqnHa4Z+5ywHQO1xTib/A4PzZOj+rvLw8M9ytZcFvD2IGc7ZxCtLnSNKkoOGB07VmowscDen76QT1yn5gKH4yu833spAnV+r9jB77q3R+vYzuIB1+4GZHzcw99cH5XjY8iaCuSqwa8SeWOJm+dNUds+9Ld2fHA0/8xfhJ7cChX0l6XFIUpaG/hrjlqjBqCfFZRHNrWlzt0xTmDPjtGWgWeJMOARF4pGHi1ySo3Y/J4t56fG96jbJyMosnSbb/QS2CiiwXYgFYbuH8VrCSEorPOVpV6qmm1ZCmtZoZVQ35cwY8tXNZK3+WsSjtv28KFY/B4VGghf6sj8IxPnMgS8K5hltFO2Bi+/zXobHPQD4ayE9bPWaqXQGMFtwT8Ks22oYFymAB7lIHr14dRhBbocFCw12uPpykXbkbX7jEob7DzNQ6FIIHHbV0uTwvA/9wnlzHjH41kf71yaBCEzNUIMzl4K5QEScZhg6a2oNMjqcKx4+fwGfOZoxEuDgm+tqxbBCyNeN//WhfvGRz8VHQq/5dOgTHuYHbrw20bYfImhex1mHS+QDvcYwOyuL4zX3uvTx/Fo2C9m88KwGV7OiafGK+cUrQlf20OXAXsDsfOGxp3HwBaKI3hso3U1xe1DUafp55plLrBl3h7TTgJ4SgOLX2GIJ/en2A9+u++/ml0y8u9MK//ViGbmuc/icRT/5rRU667q6K/Us77tHyvNh6d73xCPd5/1+l5+ftwWA4aVIAFXoiuRsIlSF55eDpS+iK15BdBmmiABLNqNjv0WbACAudXoo8Xw2KoQ/o4HL7jNKmOZEAqBKIJWF55o7ish9bJ7ikX1qO+x9amco3Vu9qDmfpQrCndW96DkHBnhkRHVfsCiuWA6KkWXkkHve5uWwFnsLJ6qXPfTFyeRBhtxdG4aclQFOaD8irfDDMBV3zAIZygFkV7KB3TVUbnSECgTcHXkI3rMAjwtX9oOI9kuaEvdVeFyioRKTvBzp/nCGXknjjcjg6Ec1QWLTWNGVjS/KiBOJSUTaXrggOMiwl0qOaYvpw4GcEZg0TEgdYndTxMXhrxkfPynmzGY0s7XO08wzm2o2eE+Iy2zua9g6pogUqUHT9j05u0xcGuzY9FPCJDklIO3SGAVerzdRI+4nOn0ojjIHU4roeHFaZmaGm4/kQ6e4TnP88OSYq1OuR+os3p2Vm9i5yYE3FxkdhkT34nIIoALFJSnCpYa9vBWPFz4sc6+aa2q81qXlXQSr3iHqzLP2Qer6PwhQgrPVkslAPj4o8TIwUswg+D34uB56C5h2NGLYMw4JkyMfyX+rr+YAfgb1rwufOYhL8GIUso9KKy1zMIgZxjJaWNBDXrH1duZadkrqducpBYmUpcAaU8+gS4KoFJLSwo2CyD/oCuRaVfaBkNoRfYzO4Q1eTrXwsq8P2NgcpW5G1GvqLDk1tLXOsLHhNiPEGXy4FD/kLaeIxkazBxpaSV+zK/WlrOsis3hMzMdk2C41kcj6nwn6PwyQTwr72anY6WNLdR1DXMEILQ8+0qSqrJpqs45Z43gdc7gF87DabcoCF7BESwKCd+8yzMcMG1zODn7Gvn8N2+cMe7gpW7S53GFjeLjtaCyv44RbcMaDOsstyTfcdoW8Gt7p7tX7oHswfPyoT3bzHM9Qw4s2L1w7U77DvhFP3L78HTgj2KHiOm3wcGrOUSXMlKqoewbVvIJ8gxmHQ550j1lrQ9lwB8I6ejhDH46FmhN9rhaAB6GnH+GKaILPQkWK8I+OkAERxcR11Ucm2V3eb1ywS4TDl8icMmo/PghF1mMRK0jzVnj+SqIkKhLtXQLIcMDY/vsEW6DlQ/X1M8tE9bOlsHKqUAPZQDSXbM8nVU2V7TPC4iVgK+MKm2AwbFOJ52TtUyqfAsccgSMox6nroVXu8MmzCcWy5MhpMYvzEJidLmNGxpHMVaYMvo5cTBmzAQmikkhYlwRhE8bPtJuc4WkBBYbmg02tQd+qcg3Kk8q5TFR+rzvGgk7zWf2SA04x9+ILDQadxkAjNYYanaZejU5jqDXUGmpr0Q5TfGcL7WAHzwyTcmWo1WqJRBY1UYn2WITOjZAlmD5DiCLzRVfBtJdWadWNXijEwJl2G5bxeSRIrtTd5eU93WP2SkLPJwBsHMWSMfsmesJI2YQ7Q+fdE/eyKhpx4I6xS5FY8TvQ/14y9EIDm2z9G7ZoVUWDSqnOGbey11trmqwdbqCcoBXAJI8EUfmQlBVudAO55/bjRLKHox3aUtBx1uPIqLAInXyvOp3eYGyD0dAXVl3BQ5tu2wlWtWpigckBZElA8O4pF+oEOtPAlKahqTPrNXWmoWVoGVq1WK9KD6LOMrCkZWjprHptnW1o12vr7Frsg1Zj/9qtQV5E0Ab20/O80c1hbyUtgjBV8GkOGxyNnaqEY58fHCfbQbSHQ2RJ/7hzY0+rxKPSeNVqfA0evPOwwZNZj0hQFWbBkjHQgmec3uu3P/al9JzseT/u6WIv3BCfefmvxMCsVySISiMpA1YXcu912I6b3J6Cg55un9wqW+9Bd5x+8lS06vPpvjzNNyt9e0PU3Rnck4+GV91DvU+6J8PnG18UE8M3dbxVw72JHeTtmWpbtVWr7I21M+OR00Hg+v+b25vcDW8650mQ7vdDWBJlyXkBB+4JIQ77ke7oJS++9/ZJclEFPowMUkrXJdHWGegCg8Ak0JOMsFjxAgomTop0frhDG3mAbmGJBaejNayfjMpt6HFji+JJudqnxYOB5Oh3ZBZ6tqhnpXIBK5YXk+ewT6khLYgehVgPO1E2OCImWgaj1B4ZRXsAcvYMyJokqAqxGqt9MNBGHFpUr4GYPIkd9c57B07QO3AWQRN7aqXyFO2ziTJBVzmx+v70dzYkOj1xq0kakhklJGIptJpcQ/I+yxF6VT/sHZ/ouwy/nxmblEJUGkkVN3LJAskXXxWwMPcWqbthyHmpVctayNQ3HzJ+1TU2oMMBlLuMwHrXuo1mL9D5elJ2q02r2bci29FseLhNIVuUk8NJ9cL15xNzsanf3LoJ5m5X9hvv3EDTks1N5Iu82o22KvXW2Fsf74XySfcm+0yCinMh6N7U8Zay0+9cN/veoN7Bqj1F3xeuUmWr9MBVFtpUvgNX1ff1K1fsS9/UPGyn8xMKcROAxklJjzlvOiPnk0OCqFwk5YHVQUGEwtDSXDvMJkQImlfQLfMRVQ22OrTRUCeUWi23obwXlcCwByeVreZWKy6vNH2eWNlQYQNlzVWD3q5/abBMVZfMcsdVOa6lMBDVacxta/83BDkbb3TwNg+uqxc3qA+1bfjwmOSqSqV2d9IyTMOX4YpZ2Vilamjy1GZV4mlLOYbdYe+F66c0Ley1Hb0wXdxJHSrKF4emlPeNrTZ+7iJbkYlFf/1V9gmIhW/6bRWF+lq6y2TX+P9AAa6N2r2VRXzGAOXPY6QuTlDY0OWzacu6AFkapkDRaKdwXTJsvtJIlG4gjFD+PndWcD/GyiL7YC5K1BS24kXQOktK61J2MrBxTm45rBJwdbopzEQ3dYVDihJ/Bt39jov4DfgZUniqCHKtEo6YmU3j7ZCxCU8VQyLXqy/jtm1Ej9Mv0u3DwCY9ihOXX/fCdv4x0Y0Pm0xFM7RJvpe9O2Ob8PThxoZ69+ag4cfZSuYLKvqH/I7V1jPi73B7BAEeN4BHYE/zYbzh786ZzYp9Vr2xVBbsmxT5ahg8izl3n+WzJ8u0lPWExyjgZzKlf9YSlnbKrFu1DtVLc+YVLDrWsoDLmMRDwlMujMM4aS0C3m4Zs3NGiz9Ts5TNVC246euVUxlNYK84oW10jkeDeVXELM4RVkmOcQFPOdHvZ7NFL5F5+LERbJlNcZzLZ3fXMw7Uyu9MeqNZSDiRhIlB5i24uHf4MFnxQsw3cXGfSJ2ij4Us5eI6zocgDHB2jtNgr0/QNzB4gPh2WFeaQ3wtlA4Scx7f4ZNstPp1xpVQepj3nL+rvblI18cwb1HlD0POCFaLmeARv7htwnWdBFGT8VHAnnEd12DpjBgumaqg4oTJiQvWDRGjeuv8yhI6NM+4+xGMA7ta2n0aZ92yqL1b8C44eSknxk5ZSSfs+9jrTVLgWPWV5BqualgPtw52KSg97x/0/lXKj9X1BYsKaznr8iSl3wfTRqYHPd7EUi47J5g+NlyAO+m5SmpMw0sroLgOJSMl8Afftb+rvdMcrW7bHEsl/V2h77bgpleTlgPdErqtUgs/UQXM0AlWaAk9z0zuZmN0XJvS7FyY/tRQnVk+lBfdaPCnBuaMZbS4+vxFa//Nli83F/h+86OO1yKzIe3cvBw8NMe3f4oefu7/u5if9W2P4sdDi6e/8A3mpaPVZ/FSncxEtDjg/SBAjspnoE6dlD90n1XapJeMaM1jo38LQSuh/Anwf3PBKozdLxEyluzsDMWmePYN+8zkULuKaNLlh9P4ymjw6XtlzHz+uj7NDj5hrwBF+mKT8BdMkzHYY4nDtb935ojaIgPqSWi4g7hCKGp8miQh+4SnF2VWmfyER0KCWRJ0HM62iQwzJIoaJ7LPl1hl9kSC2VTj/fgd+yUa3YeevafWSA7TbQZKpkbMzPSej6CtOTlPUz5Lty5CV1tviEq7zg+wKvsMPFXwGKRym4+gFpscndLty2xtxf/5Ay7mH7hxUz5zsWMBxU+7zs2QBafnqLU7zcooMTjBMElCVJlgnzRBZf4EwU4kvuwatzf8doYOIUUH44QdJCbvoJbu6m60KTHX/V/TABDmGUiI2DES4ZVkU2+s1r64tUDt60zXJS0eR1AMo8lRClnzpAFD/309hcDwr6O/aCqmFPplZizaNBv5YLQSGmcoYeS4CJ8px76sNDn9UDQ/CVrPfDqU6y9nyDWiyLBNl6Ewe65ivXJZ2rupdrbMUPccNgbADjNSYJnJUbBih8vWxnU/rtZmlovHt9d2Uw0Yw2UGQkb8GJXhOR8zS29yeIZ0r7FU3B4rE5imGVMhrhiwx7QD6Mw+YMleVL7jO6G9iUxkhHkaOhRbE2KviSmx1vykWDZPqx7R1V/xAFzgiAwzEKKoMRuyT0iFVSbnQYJpEs2MNr7RNtlAcXxm4OMIxKgc1/moeYKTA3S0O7JcRnT8eXs+3zD6ojxmKhxeFOk4c2G5yYtW7jXVFYSgXnnM0OvwopeOM/ZabvJeK6f7dj8TXtxeR+wBn3KYIqvoIiu/CbNWmz0r4Xxur8sssKZHMVfMdpyBpK0SE7X9JyTrq05O2B4CnZaCrku02EtD+64z0E7oxH0rXiUk5qtS9k5eJZyQrrrUnwB0tz+WgmtnemeBNbYF/Ly7gdtCO8TMKSnMX8m3S1DgLgowM8xdN6RMmz6gjYpOfXcO26OYExa77OPVJVRhIxY3WSMx28MB6tkCg8bwtsXGY2YXEKaPmD9+/rEKF8n4n3hHxG7OxEBS6Vt4tMCpx+aZvr+ZbsVtu0PMrw/Kfgv8ZU736jbpIeFDoZmO4V8lF9XsAQOXreM61xnvfwn7ebAoCLlnr1AfBEaltB3d6+xa0hgUk6u1udyGOiRG0fG6k8FsxMCTIYgEJgFSmvgU/uVOVpFpXEOg7G5lbATcKltlN10iBXQX/gUuAmKT+0B0EFh50MWZMNO3FXppF3zahWhVaAeS1VFef0N0rv3mo20fMy9seDJhgSU83CrlN62ggDKuctfJjp5C6CETffsR7OfHoqAd6PtTd+vi/Kp3VJPQF16TfVT5P7EjwzTbi4v5NqUKovlRu682N5pTVnajMAFR0A9QK71zD5MfArBEcwDX51ISfKjZvj8TC253XVto6WL4zFUlZahhnWUA/BTqxikHFYiDGWEdkz4M99+z84C+Sra3b2uOQpK8YPODW/z13wlUN3Qw/U8hWnxCx9h1qsmR5vtnlrWrY3O+c43bFgNB+nms0L/shhLa2XYlQWJgok8cf4E3pL+ce4q9F6VTyExzbYOLgo14rsxInMAJ1p9Jm7zM+LA5SM1/JaGb2MdZ9Y5N9EoaJUp8ZC3BEW75GlRd4TfsJ2WTVC6VcefOQlRJa2lm6cDJLj7DTmW56FmzFoBc+BJtRQWpS6SYXBWfIEzWcoEQJCjeCPRwRXYX//vL3RzAEJXlX5GRZ+CHc3OgpAOCvHdxBOaNhGqabRDzmOou4isQNkDd2c6IJ3EUBO9hTuTjGnP3cb18cE7UYBkbyb7gfgJIsAa4t9f0d5eb7jIugTjYvJR1rl1WYeEvvXyBxRbyLctEOdh0NR3U9S8uX9hPhXOY4OmxqsW+bAOOEnPY0T4Vw87WJJypsbRzrRpx4Cn+ealFb6CcyHi5mM7KRfzjDmDXGN6RacgsD99V/tgUdiDiwjKNG9Bn8omcVfrsbYvE1kzXz/mLovl2mWHbND7aIwVtCa5NMmsEtHb3DYaScau+H8QezMZ1WAm1E1IRaA5RW+9c9vUwogBCsMCNTRKLuo/9OsGp8NBKDIZ2jog5EiW4OEZqHRX0ZHYsRSDMNIbrtlAp2c15Ej+zw3KIsLahGslBhlJdalei47kcnsTbuAaf9qQS/B8l9ILDXecQQvwAf6JVrnssPuj2ZbpN/QUvrMDbv/whWBQ4dap/6h0DjR49f8BvEA7FYbxbUo526iuI8DlUBJrtWqfagsMwrV/4BVVN1MH0d6RzRAMVuclG5MRmiZ1rPIgDiAe6tOmiEcjm4AuekMic7jBuuS1fLKytdgKp3Qr6Slvlum4xaIypgMF9l1IkvwpPyXPhSENTRRxBRfZX+qjGCiIapFhkl6RADYJFLijMyAuiN0UEi/3/6Ryy5ou4yNuqGcSBVSFsbMM4ilNoVk13kcGXyPH81Yd+6nMP5HX7/WXIh/RV9Gy/sFOI7l/lnrfvBUeJQGgNdPBPhYbgzQH08myAbOtdW6ayooBu4MhUSLSQuA0B3fBwduvZJTbbv/pfZZlbT8lmSaO1sWF9s7PRYRbZzyn2DoARnYDTKWHZI91Fo+YAbvRWJfhHq0v2CVosPQt+aIhv5fJ+pcmJznhqI/Ile3Z2V8dsP7a4HE2jwKHK9AHcslAU0p0ELwFwQ3W6oWTAJ7GGQWiss7XADppa7SFxUCI2AXQXBO+V29gqJO2aYKcaO03q7dVh8pqgPb3CLUs8/WMSZ5+LY9mYazG1n0/gRRRe5TwrFtDLaS6Z7F+u5dpq3J9mPkwIJrhJkkQbCS8vcLAumY04nnAOuhL6rHyq3daOITHNdy2zuJtBS2BUAmxBMykxtxkD0XsWmRCqTwuzFarBp7JHlSlbr1sagXk6NWgK/Sofm3AJNxJ/EuhuCHt3DChavUCkFE1R1feR0NukfTvKnKb1i+ymgNoMC4Qi/6MntBIdxNB7HR6SYLqOwKKmxIgiUULq2TXefHWK0Jf0XNIiS0Ouyknrk1LD2S0SIbfaPckxlWLmuwMONPy8pu7215g96STh6d8O9y21gwk2DpyGzXbDHpMSJwA7YbcyvuLwmYkBmkHI08QTOvD83mDtZVRqs1aicPaM1mTKLLki7NK17fDI3FDhi0aCwLBWZ7vaO5eDNvwhaAe/rGCVV0UfX0JMuMWxvmIPXH/MwxrmT6Hc4/pvS58hyRqpye5N61BgCJ3Wjut7deDEWmw1ZYuVucKQAAjeTeqsY+CO2SXO1MJNdFDOha6Ed/JqgeM6lVcCQYgcIWjnoDFpmC7HTtCAf5X8W8GdktYSwUXs6xWgAO1q6szSOSCNS4R8rpV8TudzvOww+7wg78zXLOs8ujgd/d2Z/3j3upd90doMe5FeDe1AAfwROCO2uv4sN6ezTtLSm4nDp+6BDY9I9E/O6hAf0Hne4j4cs3dQdXNAi0Qht5rgyCkIsR4Gi0VBunYg8cNbdsNiDK+V0xi4xd1KE4u5zfOmuh972zNjGGhwbIyTgaorhQJfIZKYRBkzqMsHApMXdSpEOCaPGS6p7SV5U6vmDAHXBVK9DOk6CK8Gk1NDgz95C/L9DO58GLM6zA1SlT3yBWk0NKsz2xKksgzeYBAeDXvjtBncIvTuMtsUZzdgsM0RbZwMdF4qtOuVfEmMEOpk0CYN6uAA6YNe2TwsZaNLKPMO3qpxarqD3YWzSTUh9OvuNFApmmQ4W23G4MsLChOSDme72p5Iic2bSVJeFcwBTmsLOxJ8IdDBQJuVciuAu60ShfRhSWoxhBvAXQaDvS0FcnbKXY4hXQGRceCOkUcysghmikEdsg1Rk93TZkknlZ1lGMzPAobmtIFL1KaQaCdZTYZwMchLwa1eXKZEXb2eL4yJWvLHgNflnkwCAKvJgO2CvBT08nmgEavDr/WoqY+Vu/d3ov73CyyhXPG0xkl5PnHflJYpdesAxMdRhwzWXBs8MkHSsrlA4MCnoBEvMrKfFjYhjwsgYyFgmpxskTCd8Ao3JDKpDtwSk5M0ps0pymm7UHn4T/REh2IQyDFId4TcCuCNuqNci38xg08ZBDHBgFskfwS4GxSzqZHKnpsTAEhi5yYmQDeYPcIVYmWKh8WFcSQFyIHjOT8Y77yQTUOCbVlygw0nXkraDQk9nZgiqSkGGkpKjAJ1LbsuESbf8YSj090PJP88KXG9vC/T5fsI50wetXjqH4LOElBHU/eP/R/fCggE7ToDnZtYw1C73S8cEyHV1+85TZnIZkFxdzoKiUynn/am2WiWRydZTyBoC1Dd22PHUotL0D67/5jE6SgzWSoA/3b3MC2zA9TUfN+0G5TxAn2O05XEOhB/PdvNOODwNDUHlPpkic90s5UkYu0tYR669d0QjzSxTRl4SrL4uRRL7BbmJ1Z5Vci2QHrr2Q7Y9rd0x54WpG6Uip+8AeXcDWpd1f3BHd0RZg9YGDOqJhcDqvkzHE1TD2Y4V3vOAwAZWC22CJcbg7JgMAHCxmomBLjjZFs9l+yz7kIgN9Wl7YKXLPZhYnInF2MWDIzIAimZMQ1IXwRqNCscsW5el8sBieRt9mYg68awJD+mOAfP37YBQRW+g5gy07Wi/VTyX4M/Am2zj61cnRmXReq7yrYVoRHtgXXLt78npgSCjZUryZ8+y2BwKbflE2whdJMCPcxySThovhJJN5AbN+uz8PLpYXZBosHQSErQ5bI4KfmamIaQA5Va7XjPiyxEVd3LFhbdJUH0COaf5d4I4xS1Fhmp7xUJPXbDUjpZz+K2AEKpbZXpUUDv2pCaeFbPm6futW7ifn+PsAANaN7Lm5f2sxoDXvtb/+1vGDGvUi7jAO9matlF1fXRSgRn8leqctHPcBKO367bPMJuIYUyeMOPLyQ5zoaoSqQqL0qdiPF2CTUOZ5bSX9oUfzvPy4vuQuxQBD7Acj3lFr2MYwn6V4EOaKxTLXW5fgZ8rhRfGWgW5di9lRhzl1WUGxZBkrkomQs6ipKJuNfBscEexsdqQi+DN4Q0aCV4Gyeoik/YCFUqy+DOhvByeJ2q2cpt0PYGs1Sfyvwzp7ZtRVyfs0RzJpWaqHlVYm8uBgkSM8JQmhYCE0Ft7jyVblIhxlaIIjSPR36fr5ch2BWOZ3NOt21IG0Na64HATQrMSEpSD7Nyq7VJZXoK2UbJXVrMTVQpgYRX8KB5nm6lUSmBAFN1v6+fqwZ95Oy61LkWxphCymzCgB9jgYkAh3LRZIPuJS/rQ4PFTbuCY5EnmPRrAZTMK1IbMdDQLDER9MYIsQW6sZLyMGvU0vZtTQkzYB0z6xswhqnzwzDWw3lNcPIQ8FFMXMjeTXkg3RoDbifSEOAduaht0N1aR4iHDIFgtAc+0Hgh08ODcuNDTBy9CQ2PToLWpjRdXutscjzrWSe7YIUcy7wEa+vqt601AWX29CLjY2zMlHmvtOGYjU54ZjcBs1pc7B/iu0CzVOYQCDRys5lZi8ZiAX8CK2tSfbgNYvK85Rmy6W/UZI88Q856HRyr+JlZHdw+WUka8wjNzvno6APXuDnUeh17/xK03WL9gPX8tfS0YuLeRRWD5f7V5W8pla0F/MaA3kG3WLKkbB5/O0iUhkQCJ1Yg+76LeW16SxEqpy2O7NaqHxT0cmktC/5Z3Qq38Y6Gi6RJCezdJiadJ61EXhuwmw9w3pGFEvvgvuYZ11ctMvEu7iTOrv0bWhrHoDT3/aAZSQnKDAKtbVgrEjQvx+oipDcwBUr7OZ8WXHcUt+oDqrUmRhW+E0lohm7XsBYtZsX7dROCERlXnofLwKz45es2Z3dawrZLOz9YktjIFNEnARibcT1O462w3coppBKNCxD6c/0wjXZ5r+V8/za6qE/mB+nPn4OlZRtjZ/ObKdnMmBUHXHSDqM0+IRhadKfH5KSke06rWOvZkMJHwo5Aihag64A5ULVpUNNukI3AqSlrLmeF8qORRySMwDJt+9Af9j4wezlIBK6KZqti5pYYDzyPFkI5knuY73f9gKMgVBxFo6zMbKJw2ftYIFD3GJaAMwKUT4KI7XM8vAUUn1tJB9+BGxt6RFspJFKi16pPvaO+GmgWqTAd/ZDAqYW+wj8oWIpxbtyE9QOP4MJ1F8SgWLvl1g5u4+vUHfsBIndU+VNuUPozXVTxw6/ThYvCrnf6TnSzY540qiYxwhktl3YYXeSOWmx1AdWrPIOKM+2UMu3zVdhZWoQsJixgDj5+aB9kLPNN7euj64m6GxAjnkK8PoFUcnfpVppYjHZgMP5WOEf0VF0pFLRRMc+RKGOAW1UlJYd3kpgBuLHbmWDPZgKpHsBoYWjwTzeGfDdgd0Rd9lPyr8aCM/0z6NysoI9Tz6JE2Ns0TYCzr1dyzaUBmT6AWzZM/vkcIJgDnNYW9u72tAMS3JoNUXyWhZm2wOLGDeD5/8GEtZ4c/XuaBd3gDhu4xKYpnj9/pk3QuIFl4bnuQcwA3NhyTzLSg9UEqIFXqDvc5kE+AOhfj/qKlg1Mlsh3PIH9JOuPPgf5J82WvHspKzM1bHhdnKBGHy7rtDb+rWhXFXTk/JUGViyasc1BG8My1BDn+fVBfH3CVc506iw0U73cmcw1SJiUskNoT0a7+C7P4I2IMP60srLv60PrWfQR9SxK+NwNitnUSGXPzXkNuLKyz5XTDWaX01he0IfUc66MRp24aOYArpYA4ix08faDmAzUK5WaAqjtczXN2UZjvNTVbZLOgpCKyksgJenONnVoQ9nPPcRUuZV6gafREdfdpg1VN446FBV0E3JfuDmEImF3v09SkZ/Lv34+T5h/ZgFnc3l1kVwf0/U54/amNqYsi7QyxYa5E5wh/Wkwg4tKcph9gwz3cN5y2CmJXpWzi0hnYS8GJj6vAnqlLGf75aaE0fu6Z64dbDp9t5XfkTkJuZmaeC0AzByK2sLzmT8uYfH3fBlXsGB6LsYZFksD4rG/p+qjuHa9Pr4r86lbc2DJMcRxppgjim25nNOZUFfcJkrHZlYl7pR4ycrGjINosFvXQU+gXcq9ugaLOQjN6z0WqJKSOdVqGW/QeGLiMZvnvLM/AkEGgm/iVbwF+lZVUZbS9gDObmVYiZCYiYqdeqUoplg3ITov+ZsL6WH2ztwgAhNkiZoQjxUo3hUCg64Gv3MLKfL2YFdyivzc8gnQKIVndWQKHxVRx7lEilWEFNUvzWfGQjSmqm6idrQ2tOZnFdK9Gwwzi7q6flnCk2kjFofMbqxB1ieQxi3u5QhFTOrU8nRLl8Dtm6x9ZmspL9ydPT/rcegjnGo2jBFOXdejeDYaqHTny7NokUq7jtLKLzzsVpKXlS1obx27F8AUs6Zvqnhl8viS9wrflTjuuPDclXnUZebqsNnE6RqXCIRgQLaVzU1g7hTTgZYWS1LV5VU0VVgAufNNxB3vkhsq7x1BnDvu3KNtt39Sag+Fa/XH9EUyShmEuZUu+K1wIVPl1rWQKf/VLGSq7BoW7OTsf4lr+tepqt5FYk/0znXQ5FosNVQgTwe1d/Pgc8SB0HfWmhWlTnFc99rlgrdd5QHTlZc/BSldXEgi7pL0ULxXWyWpBqwwWGb+JNAC6DWXIy2sgEj5pu3HtJQyajZz+w4/QQzaLl07YovfaFXIG2ArmFS2ld+Nyd2krh9RusyDbXqwgrUtll3RIoSipPyjrVj1RqkVbmDvuZKN4l5dsQZRX0VX7f9RtCsJHi3QlVGiYjYblsC8NO7/Uu1YUbRAiocQvbEjpMiaV/JW26175WOB4YYc9stYCxdMjAJ6tjI7y5nkkPxJqfMQzr0/CtxpLN+HpsJpDpCCtPws5PtldA/RvS6zoNENZmQwng7NacMP2SrZWS+35EfshEAoGGsL2YSA1fJo4GWQe106Mekui8uU5AHmTtBC+tOgggrrN1zqFPJwCiSXubGQYcgFGu7F2uUxyX4tblumWxInE0IruLDtwk6jk1tASzkcJHO2Vrn6Hzgvp66E/H/QXa7QV735ieBxcDo+OhOVZZOuhTDdcIMJM3LkB3Dw0wyuQmsXCaXqnrblnRddrP5L0Kjmzsyai61VC7vq3AVCqlsVCMVsUVJbdb5VCpOq4T1ZS+q8AdUPALjIfyuxj8tHqWU8/U2jr8FIP+zWcVl+HcEw6LkDiI6wgQ2zs0rPWgxzbgyUd9SEdyXny4UpNwLKO6iSu6cwzHX5N5W8m+BYVX17jN353NiuTQWYa5yaRMlAyNwGgNJwkGn6CpfQx6eKNDSS4qEdIJgnAJM4EQai00QdA7UZQmKkapykVJMeIG8ia1ReZak6WTqMXuKYECb++vlOmzNLz5PlMu/6ZtxdX5wTUM0qQcV0dZybiux3ma+LfEpn0MdSiMgbENkXWjv++sp9cd7/dC3MzFpHcWiWyKKOD+aXQs6FebZnZTiPVi2bBpQR9cqkISTqhOl66tuNYNox+GuABRUtdn1tKaCV5GLW+1aTkTsR3SS5b2KoJPYdhkn3PTUelGyhht/NrNkwcTffoc3kW5uzA/dW95wF+ZuxlwMPD7NBb6uUhW0Yf3jcJ2f85U+1UujByXCDX9qW2HTxMCVCT+bLT6AG5pettT/WysoAxgtCkFWt2Xy7tjquNnk//aHaWIbFb12uzYV5IjFRlQrXjYO+Tp9W4h/mkXQ8G4P6m69wNqF/PwnnmtY5CNZPxk+7W4zG3EWnrM8V9JcOeJZp6dTFqF4lR8y9dCiByPVKpESE0krpBVfpTkvPMfJuikF/ZSK0VrYn1m7aaAqYbzQHzB3h3NokQ27qHSTGYw0rXMb7mq9QjM1ynxkQF0RwwtsL0/V1nmXhBMzusPvah0n6x9klDNP5pLyI9RGjW+UUivczZN1qOslHb4eC+WSg7XHKT8X+vdKv842mTxY3JnQ/0IdIGRf37jDcgN4yQBszu3UCeDtAeJUe5asO5sVN3GkcZCPq6WCy7mfmLoNL76tDid8qZOi/TIpHQ/ZPVZW9zhIbRuGoj3XghmyHgJG23gvSa8lwZXq0GAEE2300HR+uI+YeI1Fiwuz6ByoU8xvELnRnxx4vuN+1zPecu3uWnMuCE2cMwulMbYpjCcz8igXtGhxL9HEW20SQiNqoRXiFD+78wuq+w2yz4XQwuDUx2qKVnYEbol7ObemFmpn3e7VfNor+0OpsnyAV4/ROHeAts0GLw7WPBx/8IGt4wk9yms2doiZSt1NQdxhKZrltEGmmwPK0esrCDaNt5v0m+Vg5YXkPBQcq0nlg8CTr0Tr3dhWrbLxapP8dVNGCiH26Nv5Oo+TQ4KjphbFJ83rPA2Mf/Wi2c3QDvzO34Ot74EzdYaKyMOiThCLZw3Lo6M7VvLejI2qAtc2eDPwfnk4D6PCFsZu1CK8Kz+LAW06HqvNU9g0uRB3YrwESC4/PuHTZ6Phg10eGoLu1R1NvHdAePnE4OvMnI5nIHRv4OQiN3YFhu4Xb1E6gX20LiI1/53tlLSA8+XvKWsaXyW8onxkXkz8dPWk/k+9dShcfPRqL1hsHcoMWiB1z/fI3t+oSbCD28iBqCgEKGm5zpQ6fVfnn0yK+ojwwyNfqeNgr8QBNerxqg231VNLtGJbrJjwT/GBr+PhpXzKIRPmcWsRXRfkCgalSNXbdjkNY5RTHUg92+dI4WOvuDcf0TT1ak945WcxSmoLd9iKlVH9G9n4Ax9bTr80aIbMmR5j0PIKiWA4Z8VFIcQf7Hic6Nc+fOYwKCiY2FdOCklENcr6tEn/NPgVtJmcYMLkiax6NQbIZr1St+yLqYb8+7WriOytCj1rpBv3FwjiSYem7zvRbY9A42nYysz/abkTloh6mwQimavzOFtSzj/qi2H283ZWPsyrnxrlzz/KEXq+etunUjfyivYGDB9X94Xp/+EmfOYB/gzkU79P9wA+KMg8WItKigLsMxMQNHlX6DIoTd3GAYqLJ/UeFkcZLQ0s9TrdB5ohSW31A7rds7gVdNKb7Q0q/UZdhnwbkIUOotmg7wH7A4W2dOupyemBIUmbAcTuwMhcpfNUcXknQU6cxACo5vKlyB3R2Fj6m9ER2xAHp89T4LHgqBXQUibzvcQCGLumEIAzlBKH35Nzhp4wr4sr3g1kNeURzcJ4ux0Pr8gNnDJhLD4cxDH62g9x2Zkls0JkSyVWAWxJJOf8QUKX71YM8EdEvNKylJJ8S00EoLqFGHRBtKBlLOCycTFsZnsqe/sGDIglEksmHE8wOjAgzKLM4IHZSIjICeq2FyQ/WE+l6Qlz/qi8sVb7qCYmXrXqiiJattkhuw1oi0FfU6lE1MKsA/WaHSDKPu+mTIyXz1thZMU+OPUkwJZSKU5s2m5hDsch0pFFEGHvHDzlu2D8qCJOOs/s9Ni8wRSCHxReDVNLOKaPhvn/UEv4VkciIgrakY5lgvg9HA11mc2TiIufr297u9j9vQg5TM+wmZYXZ/v5NR+481mcPXvjEPPqDEf+vK94ywRwZwWXG4+ikU0G3NcnA19vlddP9J/rifhGc79haJsb/Wh1h6xTY3nQl3ePd9XM0yR4ftdZ4xJoWxjXXm2U88RWcSz+0iZe8hPfLS+OcrI8vkjDopSu8UnrfqI2puH5rAw3iU2xYXCWf4ESFptVbJlwN2DoYrpGSnf87tygTttXALJnwuxUh50faBeqrd0FYJVwdBtfUSAWKVTl2+4J5tYBLNFNN9OTpv3Ea9V5nsdUBLamsRQbz2S7ykTa7sJoAKCd+rUE24EWG1jCtBuRkJP3ycuzyeXVf6oMOP8fAofHlPfcLp5EVyFGssKslfefrcteiIQiBPO6pzJ6n3pqQhmEE+MKe1HSAi7/2SbkqwKokydG2yfmrGjqsXtKq4UDTGcLjD+2f8tRENAhQu+MI5fQyzacmnEPQ0txw9AW9TvloIhoEqNxxtHvWXDn38pSy/V0oSkeMjc6Z4yjrHX5uxDCbkCMd+MyHnMPORGuYWIEfhlSHmZKxLvKkPvhq0SDAohse6kb6v5rzGl88K5ZVAy7mwX8whXBVw7HwvTZe3IgumurzKCwJP19iDSCFLeE3preUx6FOsfSO9Mmw1BR9un+Gy8FKp2FnWcaB7qK1CvwoLPEATbPGSdSSbBIfB+mQkxad/xiTt2eYVqoZra9YuG+LnQXaK0HME8V9ewW9ST8fJHXs74pA9hkGXHNXcnu9OnqrQG3asZ/UyGcvrQ+aEHnIy557WS5aAT/w5I9vy3N5Z6yHmoZtH4pPT9D4U3zpn0Lz5dlr7WW2QEhqREeZjN7FjrF0ZA4+Ykx3iQXLgubJGBgpZTVUoXfWoyrB73N7+ZV15MOCFUIU7H/d9e8AlYgJVvoLqq5cUIZrEM+S18MUaXvrf0PxF9bKnvRzrcCbkt9ao5Mtx7BQhBgp8x9uguj5eKx/1HPaXDNE1Y6tfEs9F47+OlMYergorb0F+alKyw8u1P9YlSjH1aGnqV8rxbu0j1SHg7k25w0WqY2n5Olr1R4/PrTdjc1+CtE8RDNA/NMcYbp6+WwsoX4ziGTBYqmLvr1Ghg9gOGpK0Vy2mfkSpNJRZckUV9BX+HurcTFSjSAhbzPSb5N2QzxPVeYxabZwAwuws4PZ0dHA14NeDN2iX8xPx0ewjHwpkfMqFn6jB5yY7jT4MzdjHsrUzkL8oJRM3T/ZnsQAefCUZ4bxaQjyJBTonM/cRYwHCSE9EajCDRgpIsCTxlZlvRl79znxGxlkZrRBGt1WSB+PE+EJpqaGZOwTdhabr0Dix7Mw9tI1StJ8r0MSlYRhg/oAZ3AbdurnEIEu9zZ0/79He4L8zPF99+V9E/WtGi+S+Rb2Qy86PDKVYzD/MW0tJa00abUeolMsZEQsiozU6WrcjpfV8dJSXRs82PoJw7V+ARYHFU3H9LKTLnxCnZR81cOOJRTQlqJkxnPAAFqF7iqXwtJN+spCdNXTh7L55uXxbHQx/e1f0whoMQoWsKzVP1OIxc8+UP0Axwamf66TqIoF9VDpJxYfX6HjR7vRDFz+xU7t/zOPzZq+4HV22ftW1tJ23t2cdJ8OZ/xeGE+vxrK4OI8xeopPG3iIRKKM79hRLll8qF6rTbqWnmzPsb1allDrdKrXapPezqelxJ70vpUe8NiDpT6cKyct/RaVMyeqEdETao6vNfl4W90iInCT4Qt9BomOti6ShzC5tPRUCEgze6SCOcgMLSc+e2llzuTcYCQBQarzYvycDL3H1BhvS70sjsKjayZF1Q9//xBA/4TOcUS8OdbG/sDq08x+xzkVkMfjWmxkTjfSDsGsT3JRjxXit1FbmmFnD5TeUJnwJsZmp+lOXsTKmrrI9d5M9RenuprVS63SUj4345hCmaxEJ8iVkESk/2eSVx7mFsTdB5rifVaUdKS8p4Tw9fhFb7RPt2nW12LNr/USlinu/MKRN717ka7qMsaP+feEzko6ywMYJGUwxhdteRT2mxMhxeKGZ7wY9ZEMKUPpaZEsSfjplXr6vJpRzxVwNE8+4PXimD7LsVqi6sC2cHRMvMK/bFo3HvD6w6e003C+huDq5ENnyuAiNYSS2G+8G4nt4zXOPNaqRW2tqPjJYml8fIS3uaQ62bU/5MPSysg109Mm8sPB78deTOrcx6jmzJ0MyCGyWDrJ55MmUwH9ZqlFjA6WYEClnmdVjJ53Bvttte35tif+TE8ihDzlROg7B1Ugh5i3xgrG8Ajzj7wIB1t4LGxIma+LwIsSF+HaT/hvr2GTxhMI6utQ41z7417gRuur6fX1PknXr5q0MuFpAPHO2Ir9+ScKXSqOQINnUErinp3F76tK8VTDKK6ydZlZEGuPiSp1ELhRKfzstZxuBeXlBGAMiaXKob3Se62ahteGONjBeXXTTSnYqml6tKYFIB5ps2Xap9Dcsx9WGoRSwNQoEO53oMxwOTmY5VMKcBP1VP6SQlgUriJ3bvIoNZ1KMipbpYFnXTofro5n7JkM/5WKZEDx+yTMDjkQvVlPSqu4rzj0cvJuiI9/HyjnQtX1llNtIyFbN0uli2ymAspnQKgI+V6qp3/yqaXhC+pyqFaODcprDOh5oLodXKtDV9tMQ62bKbvuRfwsiLl8a1k6W5tyTqs47HUWT9BVDU9qpX57RMbmuGI/cpe9UpuuB1XdpCMissUx6ZImYOx5ZIGm1Ds84Pn+FCxf+w2fxKKeqhN6xS5f4f30DRiNc5lisZjjon1/uE6yt7At99Z537Rbr/05BuUqf3OU5q4hbXKwPIJPjoxO7d8GeCyApEFITo+Eg+RBGf6+WFve882L82i6QnCYv6990yIVgf7iQT4yEhaoFvlx+DmGgFIxGWpe1md/e1HL4jNrKNIWk/WhYF4hJXHcf2IMb8rLeGpSPNQGhQFmYcuMRAheSJ2NBCEv2w0P9nOfzScIq75SLHLulfRqdQJ9younKb/KcyF3HNry6x0Xcvdh1uL/+GN3Zt0Dm+X84e0wK4ztMLbMCbzpF4VlBOJBnBG8OcHVeQWkIOKhmw3TWv4hfpv6+7dIF4eEqIrPb4xdN7yDXP//2CVn2Cv1mZ4iGLmvVdPdfAFjUcptpZ7VWM6bCFL2FEMeC9hIMbLVOkEw2h0qw8cmt8yg5jPjifrtmeclxoNqH++8CNOwZdDz1zs+54/smTowju8joQG+WilcMIJ8XA+pEHKQAy6nCVxQJbmrk2va1b11CNs96RZd66N47/27o9Iq8FMPrRNfocj4z79D+NIRKvXhZzhHB9S3ZNaIVA/1+sUwxTO134pe2sWOp6OuQMfwutsK0ThUHA1aR7t0NOr816hU13H9kezAc7VhaE/RVrc07k6QXV3c0Hou6Q7Ae5WNjIyPh2kzvqjUGEcddlf0zUxlYUmjzVmXSoJ7acUQLL4Vb5WLLCHH6jakf11u6kGx27Vu3gKywdL7drPYJHrSqTHeNvoVG49Bo6n1JSXnjhyKhdbmC5ujXojY/tXQP2u9XRaXwvHTat2kxy5aizN1AtrHd+8sJYAPd3WlNG4kmHj58HOMaB7CHhSkiDJnOjemgkea4DiuZwvJBPnC9buywzvYzNtWSIOTJlJAGt4rbqV2uZNQHRWlp9fHGlZ92JOn72KafSBp8Kn15GagzYI0ZI1rDO0jBaMqGRhsmJsfbyzOczZXbBZmRseZVDmrfsmkSec70ETcGAPD7NzQ97FBc25F8l1hBBoBAZmyyd7hCz99Ox7UKmpaPwKkKnQINlsI4iH1Qmld0v1sqwNirVlPHuEj8shdk31A9DzX4joUhnZWbQfUza/OgGvd5ul/qvRQ3UK7xoZxQRw/0QuX57MpAEzmjwZZhX01rkJ+yh6dYQfWB7udbjs2zUuQhm6txPlRbWm8cQJK2f2of7P2AncZefabG0bzBn63ZFPQVP7anVb4BT6nQV/f/PFuUEABo2hkqyf64/h8K+kdUMJWWWLbewpt5/dw7uSXKoXcFrCm8K7KLW0/fxeaiRJBn+UNR9RjpVRbocI8NtwVL+dDqdpL+lLhp1upqPYnqIbBcsPXDLjG/Wh80FddY8ocNBw/9PQmLVEnv/MQn1PMijX5rRfUOSqzSTygumeSvyeoZbq+aWw47xfwS/h7iFkxbbexC8BI5ZD1GYisQh9iN9lEfJXNA8Qq93Kijmr35MP9Ao2iPIh+mn9EMZOew+Ll4eZtMt1TPsQ+aVAaymqOPio4o502xegJyuz+N938Bic4SoNWKej6bGn1Fl7cOxtONb8ZJ1vKw1etKAHFBWUA5XPUw71QNQOqVTuGz6kSqgpxbfH1veJb/36iU81v5mmu8hBWSVHpqIm+j6yb5qHwwtIsiD7FPZSZqgw9XxZr/hLTFRAyocFyfO90R1rTNGBp6KoWlA1bWpTCnHbALs+5X43PVwyaH9qmf3mTnsc+t173V67vIKBTX58A4scpHsOtfIQF2JYuI3rKk3Ig0e4ubU5K+GVzYV/3sua3Tm9gorUkWNLLl2qpk4ZQ9/Y6qtEU28IHtUwPYOkxWn6nsDsjKcdfRk/secbNfwdymbKI0El7TkqjVi7dQV/eVDMTU4RtcSfxK7NXaEomSUlg/W9LMirWnkQsskgtqTkvoaN+nNiw7/6/AtaXt1duQ4smVuwWyId6VCyTRx42d+IfKD35JdTnnsUuH3Bqol38cejz7vlfrFkSniKSJJjm3Rz45WAmD7an0YislE6ci0If16lut3tbldRyPzbTTDgGSLw+odQV/gbc35PN+iBR7Dlou/kFn4m9+/hID5dqbeUxQCaJQmcRUOM1B7Pl6BWicC7dp5BTXirew3AqFvzleuXKx5dr8onmuWQZXzBRufozPAMMHs7HZlYKT9CDd481C60z1t1WU8JD5+UMs0DFBJ/PSgZpt43DvAngk/OcmWdG92pqaCHhNgx03I6QkmjLI7HTBhTKbLc7ZXrzVWz/V2cZ1JFq4/PLHmPyJti7symz9w2LLHc68eNHUXaf3N64QYXvlElJ3dlJ7XWe0KUz8brTVltOwlmfGvbYv3LZksGzpm1OSZk1MyGjdW/qM7OTwB7lwNZ49hIdULxzOV0ul0z4pDHZ25PqVIy0jssdliP1lAcGfkqGudpy0A9xtfY9g8uAGfwLeZmpgVn5854zHwSqO/j5rqSeTUK9zediaGJ7eXc0wTxLRn5dYt/lJZy2pyWUa5vUVeC+Va0NUzht5rPOvg1WHoOV++5Sqovwg3zwhhdwgN+qvYQQ8stkfpdvHMBQurlBPdfke5c8fnq0uAu2189evM6AkmvCHKcCbDlD2aeb3+AyRZCQVd/VCTbeBniG5izSlKpDrbvzjZAaLgjC+4iLj68Hcue6/r3X9AvHeQzKSRE/qkC/Zr/bVs4O7QZWLm0D9BqO+dqkTTd+Kkgsb/bkYiBw0FYffXN/mP07qdid3YnB+O0gGrOPwAwJJvL5WJZYQ0oM7ZA4VIi18RXvHQ0kApRf7U7vI67YuQf02Lu9n4hsk+1fG8TWyTocfOQ0Qet2nnxbTf91I9sy2HfI8SbJhs/+3SrHN9XTj/TM15O4n1zP8oGsuQNpElQHOWbMGeovYPUoSAN76bukS47pxrJcxoftywwQU/35hNODGi2UU8Tfj59qVpuADYF9ZSlIG0y5CZJDDZ5n4axFEuXk9vhtliqnAHE009h9JMdRda0AXih1znK2PZO1X73BDTZXx1HYbScO0bKowMbeAHartYyuJwGGjvFWdLV9Sd1cbfICsO9PM2Z9m7APQ/sVvbxQUzhERO3SS68xfHFQXEheHy+mh3bBHgVA0XFa3UleIGxpuGvosuFF665adP7WuKREloYyRxi8YUfU4toAmHjM3Gj1XS6BwKDolMGKWj76nqCPlQRBqqIoUNF6W5N2wQ50JbuQSsBrs/BiVj8jPDDlLTrRnNTddSk3Ft5yxvSOTmQm8pGXiIW6JFmJFuRcYNo2vygO2rl7pL4SkofP5BQ6p2xhBX9/kuH+DVPPEe1Uszth62EPJJ+1bRP/66V77CJGx+DwKxlREoIcGaLSPoavsKQlvBm9+JoRrUt3wRnaXga2431y1Yv0MUTynInxZCfFgWv64geqVIRZKgMmRQGLqsFadK20HcSVQ1pYsbPC7XInk5vN0+XsWYKYHhutJa9rl3N8J47l8gz078ylvnB5ICLEtk+l0BrOIkrlMWrCdLaiwpEDFFgwAvJl8jHaarvlBOISRiI/ayDW9nYrFV5zwfa3083v37sDxcqIfe+UEXEpGl57AUpv9uJUAMvga7jylMcyqJAWghRSw5EB/LybratimMdBI8vdTuVjmAIBgszuV98C2uFsVanXZPdWbD9iNZ4YyMmfZb0snouiQtsJExPErrUurlk2BBPvbHnMxIZ//N1PstjneZOcdynOhgPckKyipW4JlWFM7Y0iPwUR72i5Ei5KvD39Hey8K0U6yP/auzarUeNcNSqBir9er5JjS/pf5+q5V07OAs/3htrr1/qzHeo/FdpNLZocMmWArZcV5174hee9qmPW87YE+FIdYz/yocMI1wcqP6vqp6MUbSsxw1qrTnSDoVHHG4H7Bgs8V5xXRx3xfXeNPTwYq0kX2HQaQ4nXGYa9YOHkForqtzhf90d2LLYxeJf8rYfngeHYrTqvCcSNcVnM0+3lYv4hgvbqj2jAa8pSxkjpyHgtlSSXMDXNFqrO+uJRy7q+7JbcXcSbYObQCXk3tUMzS2L/8iPurt/6wqv2d8FfjaYE4INv5kU6QuXfuGA0LJINnAJvhT2K4iG0Kg5Awty7AZcFbU4lkbjfsF5UZf3Pa1wbXQlhn157+TQaD047SYhE7L4nyr83PvY/rSC6etd3+lnu0I9PTt4Gly1bsKn9upb93ofBr6RivRPUMY5bkB6egSIlFQV2MiLz5Fk3V/jY6wN13R2V4nR5YThsa3847z16+zMj6YFc83HY2ei3tT8cyaKdvN+xJ4rWWjz4yo76R4n3/P3mKX1bfzRftPhMQczNmVX5XtXZU+L4cFAHWl/yw5+nG3hrvKpBvN+u2vSxC7aY8Tm85Ci3268PFh/lPyaPdFHUK5Yx5iPXNWrX6yxqeNKFzjX+xs7hFVb88qASYgaXiwSTTmdEr854tb+XGSLO6AGYzegpzUVsJDvRoNy3s1clXBgnaZHsRbG+9c1Eh6Q7kvRPBHUYFi+PqzcE617XSvHuCrmaRpEkAuXLQ4p9dO90ujHE5edbSE8tRxrpGLXygDCm52mK4QVpVs803++HdC/dTsRjp0g173TdEIpnbk60PQM2Cfx3WyWVH1gSOxzlrxw63ZXE1lcC9Ao0PoyQItsYG5bGdQKfAwfc0BEl2PwFDIMGzHXFOkwnGIwa+4NZebVZNDkIfSCK5tGJjfLuvNS73lct4h3N85+1vAlvNGg1oBtA847Dd7ZiwVwz0TvhbblmawmHM8ITG0pII2t5f5E2+2jIh0s00WwBiFvfiPpVhUVrL6VPxCTLYXSNWytcJ3sspZvAYC+jZXEVwRqrm3MmSnNzJ+KZ/d9RWToNrkgLqTJXMPMF4wtTNxt+b29LNHUQL2v8RDBJNvYR4s2eyJpuc4Kgen3hXmX8tYrO7xg1kZ1unLsFMssXRkQNAa/RgSkAHKXWiIHX/gQ/vQ/L4XkDff7o17kLB8rJG5l1O2HXo+fSmo0qxtr44gJVpDrfV7puDoFP+o807UdKleBfaFDrANtiKs2nLmfiajIchvXafQBcJyWiIi1XK6uPLDkIrdHmW7Pc3NQjGjQRqCThaiukD7gMymw7S4KWWNsmgBpEuJQF5DTLVaIV9e0jetcr6gVhXP87dP24k+DKsFdvQovflUQSC1eNx4w4yHIrUcOMpvMyv1+vy+OBTF6w66K2znE10fVupB0rFmWLQaBENzBWIeMTJfGNf9ySWDcs8tqrtOlDlC2vmk9eaLLvKNOH6Xrq0D8eDSyNdXbqGn83CVREHAcGOh/Eqd82UWADDMZI4xymhQBevKzpIeCXY4Gtgm7O8z7RI3s5w85OcycOBB8/XV9XqozA+YipLsU3vkovDBBp7wqppj6ioiaWmCpqrmekgZVaJDtG3ojXCDA5FGbt4srRsEa2HbXe7Pec95N0j8Xv9KEeBjpIFtJL236NZBrFHsHOi15U82knqEbC9MDQEx62hCTXgQR05PphTHqnyPFD+UIfWJDUw3tIHr/Bet4SXmTUk4MKxYsE0MAEMi8+qAy81MJ2eeGmHunmJFKQBQgTiqaJRANCy+HF+4gGp+i99wKJ12Dl8NVeh5e9F07jyIa68Yvf6r6Qvry37gEv2wV/qXtuZwW0s8pFo4B4n958x0MPe8tckU2jFN98JFf4oS3Zf+h5ie78RarIqGfmmlCDBcIgURWMOg+XDslKsSJdV7gHJQAhi8m8f6WEqfIFm1hQEz78lYDFY6EcVbpgFC+qviSloHASaeKLP/WZVAL2rUJbXgYBXJOAKE6FYbU7WN5jMrODkWVPJP2FdphXizq9VLLAGgJ7Xvi5SEWXzVn/klrPZ17JQ7hAxV3znpS2l86XP6seasWBV+ZxUWDQ3ytqy+rzcVOpXPaz6l7PNNBlozQUFjw07VmE8stK/rz2M+ox2mKP+KdQwj5AZNQ1VrhCsswcpUUY/qzhM+p9jRwbJ4kWmwoQfGjJ+1JylBoXPqRU9Pmzjc+qp2eSHU/AwCNwNiQf7s8lPqOeWawZPdFsjIr+652XzZ/5e0Y9utB3YE3PoKQAA+1VpmBRdya0mPPn1Z5RR7cGrmg0ja2ZWAOVL5f4BS13UpsaAB/3MA+tLK+ScXITYSGfNKsdpYN8+eJT2taQj/eVFacuchLf7Pq8sMPXAcI4PvkbFVzsm7oPc4t26p96cyolCrnVc/3poI+T6M15yPgH98zOhIsP0g/HFGKrJ0euImNE1uPV8czu24KWn3yXwlt8Rfq1C5UgszksuevMNt01bet+tqxMpuYLWr5Ll8rGPKuusxuu/XlGg67M5qfzPvFOrUvynXPubPi4Ljqfu2lJes6f5mS+SYn9HQjMD/2rPdEccpbj9FlzfU7RFV28nDA1NnQDJSa7yNZygsLtTuYJaJ+Zzv/8lfv56ZRUysa51k5zWhvKET6jJ3zZnjTzybysAfxcA7s/O6DU7f/hj9xNG4jI9vvzoV/Q0nP7pbCZX4nea+6FurNLtyjauTPSd9+xqO3dL/T5M8Aft0rfLjD43zKr5A5AQd5IR9O1ya3bRXXsj5huIyXxTs+q66xfg1MCDr60HMzpvLdH46kZ/IRh1egygm+8T56v8/mmudrwt4ey5EV8NZjNPhJYLfgnbWZV1PnvBU6NP2nCuBiRuY00s81NbV7z0LeOpaSf0IOXKw/avzeS+zk4YanfSIgeHGA6AONCOAQsSihp+OkxD5tD6xDKGkMkzevjSB1xknO9M5l0U5Vm8aNtb3vbufdnhvZLSoZT1zaHb+LPy/PhlQXrMR3cibrHXFvQWqVgtZ/blclbm1xFfVIJuBCmpHuOpQonb+sQRRrbRq63QBtAKdTzymnE63JKvhAJaE/Ma2T/OR/v0YN4OB249rtcZLTmOtF/RV9JBoBCy6ZZNwVlWSZMGflsk1NfHmSaGwyPPFfeSgvWVXa7GHE0dCXzoU0ZTt2SNJtIMCexG2+4/gZfmlDLCj2DBqvXMmndlrvC3gGQM3ICoewEH0+llqGVNbCXf0naYahsGEkv+CbW0LAoJMRhLsg4yYrUJy5kAdA5nW/oQt4Ekn4nNSl0GwtVmnxFBNFUCv8aK1P5pYkUSHSCUSU9Hz/Od7IYvzdD/Fh22TJMBLUYcjYCMpZEJf0PF6eQDOgHRWwGT0jQ5dDUQkgLtqmrtzNyfbulggScjpISeJPFZWULGYtuE2GTylMSuMIc423RgqIxxUF0PR+H+w/YRvvrP8dFljSsdYY6HcVkWXr6Xf108m3eXv4pDAxtS1JhsjjqJE4UUlNcnNVRIZsKalD076vFtIwvYwtegKQjbfkWi1qmzaIUZTgmJkmDUBc671pm8KKBWjayVqwkEPB8oO8O38QR57OtlStp8KMxcXE++gNiDV8tUgGhH/Ii4KGLWlmFgyQffW6r8/ooXU/BvjY9qAFSMx0XQyEa4lFM/aj7JJ4jDOkcUDxU9Hhk6rjcgMSHc6oqOb2e1XXCKXwXkG5Er8I/RrIxvNlXPJaxSVw4WYOYAfMh/jmzYCfTY/skR63TcDqQk8LGlfVjekUa6F7YChiXjgGPnpJZQlw0JlF7+jKskAfOIaFJq5I2mYD8H4FR253e6nSImUw1yjmBjgrwOtAUnhRe23PbMTWQA5PTVwdRtd65bIgHrEHycNnMtZKmSg7WJ2FqzQdjahhKz6LOsF6+Ekfi+rQkuDFoc9CFRyK0HB7VXb+O+cs36sAWomALCCqjCjDdK8sDE42Szke6RphMrmlNdWJot4N7Yr2BETrUKNTvntgD1k/3HQiWYdM8blfDw8tyN7xqMRwYrRT08BQs7UuLjEKg/Sk0ZJURQe+yLiV1VMmGV1qGqUMN9YYUQBPGOrGsUXRFHCmekea9mMsVtFxx2CANv8i3qzxrmK8HC1s1l/bfVtnM8qJTxaGY2EmirCg2ose3qgS0SGiHAztHhYErueBYtfE3iII5afb1qNVHt9Bazv+HRavaix79utosKsSxTuflVxkrwMtAJ4vMa6KG57dgAPyC11jGmp6HlQPgV63XH5EZ85yMbNcAJv4UzDqf78JNp6xrxrt11u0CAOKvc/fdV8bF++WRNTmnuqrWngQTF+x59GPUNbkXkiqouBm/9j4KxHIG83ichteeqXCpg0kYqqU2NC7dySOjQOMFO7EsvYm4cXK1K+QKqgDPv9i7/g5BhifZG2I1Td7QiRmgfblM8mJitGphfiFLSlyTEiy4GuQ/eI5WhwQ/cRZFyrfzv7wg/uv0UbM+3yfusUyCrcODNMuLy+T9iXIU5mM4jnaKn7ECEfPR1AY3dnlYo7uk+s4xtH1Modu4vyfQAX6PMWH+l42Fkhl3aVvoM39DL0culfNoxxVikEQYd6lcwXg/xWOaLKGXO9z1nFeY+bHgDvZe7/aFriataRFk+scA/9K+YR5TfczpXWbaKtLL2gds7+HczUhtJ/OsEelkd78Y2SzWGkZPH6pnGUt9SCWRvWzHm5deJKnX6f8eiS27s2QCUPK/dVNK16Eog5ye5Fgzrj6qXDxGkyZCiyzhoQYQXNt2m+1dtve1b97sG0eq92Qz7dWpAA71W5hRW609rj3lrKH2ydZvEdFL9VyucfVVhGbNrxbG+9DNbS9ONYQ39Ra51prp0lT7pdUisbWWqm7adiYVJWe1RofrBVoIszzDqwVNa09y0vE2SE27bOpmN9FEmxqUeMWy+qXY5p1y9Q9fIKEZmy5WPKf1IDSJLOkl0glutw+LIiF31iPJE27xV+S2F/D6NCqXdD2sRVK9/f0lSCadYhGNKGU+r3RGZliHeqlJF/6C0uX+KKUFxcioWEjS9fXFd3Vaq9mlOzntWE5InqUyVjiyy1fq7N6p8BCZHaNmBYLa/YmUk7nq6h5Iy0r4mdHzbWKydaZyLZ0PR7Zfw0NxDuYkdDTxZLiTjMXPnYe1xoykv3xSStjoz+neiBfAwAqv1ZPx0dKlkSO0C8Wdo0ZKFL3WyIZHZyXZRgR4q4bLI8ulU+VhHZhs3hrq8OiUQicsQzYZxfB5lTrvWE6pk2FrNFNWC3jEEz6HGtYGs+fUAgUv4DXqMeOihaVucOylFkCy4WjpzMwTiqCjvgPpcLTENEOLRF7OicrjrJZj8LNzVx9qm1fh81uK5ksrgo99vFSzUOczzzHPdMbn6uIETaLrJX8BA1c6Kxvo4gL449dTAcLgSM40wJydc2qHZX6evWoeTpsUXzqJZZJXg7oojvgByz2G1pL7XWDdYGjko0UCn1PRd5RS5eFD14vsdg9z55XF+ocu9g333uy2EY7ejyvjgzx6DTLdo4hXKOm/yUsiV1TAnA/0XahCXOdojXeYendTSsbJRoW6wc1oh8hY0xX1WNSpZ8YMLzwhUsFLTqBHeE7arag+vIQnJUFRM7kOeK9R4xo9oSJ+4xcOZgvzTezGyijYAvfjWZKNVKWdtDt7Jz6505eQcUV/w568Egh+6S3sdI1dNrTvynb3pNE2SrXYZQFV6iDmiF5FnJQPoy9bN5z8W15Hcm7/x4g1vf6afx58+2dq7zts/iMkTSPz32Hy+uqExCd/m8jCVoqz4WNbq9/YO9QHv3N3RHIVAT2ApFpAgyieyJdXzzabLthGkEQjFEn0iveVsUWHQ/tAyU6GhozID7iCxKj2L1e6LtvfHz0+zEL02r/+lkIheu087tOWCAzVOGdjvM/QWsnCQLtJxqGtX//vePy8/yA7pHj4rYCoed9XTRMcn6hY/uY0X35645SA8LXglFJZpfdqlYbFK3J/9xLcffRiahYRXqVIVOkrAl3/+WtlHgCgilTDUrkFKAjUvM0Ti/oSOELZ7mEiVPku6VfnhxTvhQ9RH1j8Maarss2FhzYxfxlpATym3CjMfgsCh8qaM3OM70w+HpYM7BTJTGl++cWOBoku1X3go5Ulk3f/GAWA4oEDHB2WjGFKAoM3/pEJrD4ljm4l+bzc7UiL4f2+wZzCmeIZ9bjGF+HyutQnHaGdIpmR5sdXXkh7CR2i8qXdm+p9Dbx96ODItO/lF0PoD9ZN1Z+x5qd3ZkxziR2i9ckRm4a73P/0yYwFiS0O3IJw/DGmLzL1dNxz/Y0pwRP5IavpI4pnPjS/rlwRDn9gWExOsc3r/Hk2+PT7x/+H5IleL1shpIIQilbixnTGsFVZCQRHm+PZPyAGxPTthe4HdvlmwLwWZWt8X/cyrPvX3Adrwf9ZL8F+6EUphFRJQLUdg0E8PbViDbCwcjwVTggRT3t0d/BJD2vOQ3hKr+44M8nC+Zv6H/9yh0JEMrTcjMKnQ3nCbSyNY/xKHhVKPRXQuM7QsrDX2yevPU6eFiAZbHP5gD1An7RwMi1wvtTbZjgDnoP1FpzGeb4pKbecRJ5J3MDDp+NZIitMaTi8yBCE0CqBgKbj4TYc8eXNiRWLJ1KARxEiQA8uFZ/e346s4Fv/iBIQAvWHmOoWjsH4RKDxxCcDsMcZ8BZm4JUwaJ74tBx+vW3vARPgv8pDpUgc7zUZ7xVxT6unhGfHG0/U/LQzx3h7RSjobIoEar3ts3EG0SeAkyQ8CZidNdbQhT20/eTxgOToqOYq4yTWf0Zb8aMwRA7BKAJIhUbexmHfG3hJZMkTMzT94aPw+PTS9hzZ2E+gEUcwFtmxF/aQTPJYQPKESHu9uAkeD15++mDGRollo2jBWGaWX9i/m+QTSJ4w1L7CPP96ZvOvQdBZ6SUhhBPb50WBAHCTljHJG8Vzu5bEAYXBW+2mhMaznvt+o4Iete0KBjjtpgZG65OvQgqOetbnl5gyRCJWQNEGX1kRNF5Zrs3FD5MLChJOokhZ3D3wNkYFHkle/Ai9BIBoxUOUTIIA6kD8FNiV8Hn1y8ESRckmQaQkFN3HH8JuGxfAoRT2KLnzoMcYZr09MmThSJkHxTAUb5xbOALiUwgGpJzYgupPBp1BecLxcvz/nL7YQV4i1EckqY7HuQPDIQz3nJCgVNPwUQg+oT8A4HQmf1WbqpjMZGCTmoFHkDVo2wHPozEbT4r0SIYiHt1QHu2AT2KPDfdYmMxkYJNqoJFnjTER1vXvVmz1JPKSgUzYDTzyDMHg48seZAiPQfFq23Oj4/pPxrbnDZGImkFShNj2dq2h4evWGez544UqIuIUyf6zPNqR59n+KaqXlgyeXAOLEDCGmTZMc6Yv1fLab+trbin75defBUhv8h+dP8OulAoprpOQwtpPbVY+vJCcI0rnGKe3fgBePvi5FJjGxDUJIlEIYhJu5ojXIM/OyeGUt8Z7DdKSrGMI09Ryl7xNObjpQO7pnDxB8AxrO9DhbvFp/ZfKALoP3x/xv8KHhuU89JtbAYZKT7kGa8295lZgBMM95A7xNWUgVECtIVDrXdkO8KUyGKwz7Sg0A73QGrzScI+0rbd1RefGUFnDvbtW8PlV79zTpAueIup78fX9WNecA2wkY0MOq9wNp4HrUKVLznqOq8jvpmFYsA/OCqB1sY9Kw1Xn/iorKIh615R3cSDcTWU1hwO3VgmHAolgm9W+8ELFiz1RGjxyr5QVHEGVB0rDEvdGWUEUr9jC03CF+yfZkpAEkSgEMQtVzicNjdwRZdW6jZtneeJA/iZbbHJbB40PYGzcWWODLb6ZBUfIHTc23HLbpmjh5E4cG2yxZQNRcYcO9TCsv7U7xIKBqnSNWEHuhFRaOT5+ZOGidckzGH0J6UIizYSsCFZcebzjfg/lKCJCcSSwnadSh14ZFaL58J1CBD8G859ufQls50hLC4RoHbT6khoA3CqiQcn68xSj1CALavXla1h9WQt4Vtwz74XyaKYdHXlRCXh/v+NeJO/7KUt7dpR+jvV2Pd0HMls3KXIBJ+9/W0vyxzWG0J61Pp2RiKgTjbooqosPnU+BdIsh0168EYL+wP0xmZDgI7gaRO7QrV03KX2QGPjnB+X89y3+FLD3mgapFqwGeq81Sr/+KbW8aO+aSx5P86nZjwbFaaVdA2r8xX9D0IPV/0YEi6UOWMJSI9lgU9Kgala6EzdiTaD0ktaq+phQzeMp4lgNt4t0kLhgtZc7abUhMVW61lF6djONo/SUp+q+nBK2nDUDxF3jxidaf86HN36iqwWlBy+hQFN1/2P02q/E822l9nKzaevEkrkTFhGFGkwpKUNGEmEJo/ySGCm3FbQSVBqCFaDS4OVu53K3c2mNVZJKYtlXoV5aGANW3ASNhbjqUqYb9w/eClvpMKF411TOyiA/a92Z56nnlUbu2HNQDwvG0HR+0urr9003MfIKp3kjxrrnif2jMTG1gh2CbkPWh38C+MAx/aCpuwpAaczE77/COB+sHKVaoN5qDyQ3KUhcXLobpXBKqDJZygeTsdziuio9pUbEOAR1iREImgvw20RLIc7wgQj2Fr8xtbVqZKUO6V0l5k0CpjgMreGwE8JNxnX++mBphMRUC2oLytdolnWJ8QtSY4cVh0R+pGQodP0BypWU66NGHWZalsNw2MtuC25GRUyTYATE9AjqEg0FJwf1tfTd4K7WlRAj7JIKcPSxrdqVJgb1qzSbrnOURkuMnhgx8VT2zeiJ8RBjIFbqUvfoDUkwM6idpGknniZts3o+AoKSwDi/lpZGi0iYY6fls8xpwIL/Rm9xK03jpMrfGbEiE3eyDecyO6cGyyXb6HDcvWHMd/Gj+BbhceduAdj9zGp4J/D4kI/54NecGe9dDj1IKqthqRHfyjiPmxgnMQ3E2ImxElNDTCMxdmKWTe8mPYWp4yn9kxWLnpy/exZplPM/cZIp5++qvGxfujNECpSuYyvlERmuIsAG98Dav0frtpSwVF4AnvnRgjbZAsr+zkxeBdKRZJFGbgH/1T2zE/gooP9xAIXLAEbryvPn+kq/CLOdp+dMDewsl6UAE4iUqI7tIg6r1u2EamzBe85Xhx3S7OuZv/eGu8WZPE0iC2n203X3J1aHnPUm/RTbN/HaGEis/3t2vAkwmI9ag/vcAPsSncMMh7VNMBE7E3kPPa/qdXLUA5nvangvf6OzJfw029m7xyFBjrJxmiZBQz/Ye0rKnJuk6g+erzft65n/+189yHLAyezlM+9R45BkH21K49KX2V/GNacMEUSmXqDn3i5OKXCc4bE3GjKvb1c9J5IxksQ0CAKz64Nzyxhp08DGGs96eU41ijjfRtGmqNxOdaL/Bqzg/o36aNevzzra7/SjuHnp9ZunKdL272w+vY1xnCGyNyKZVFC+XAvZ/b8IhgM8KcWsKfxpNRGHVelliP47GalPjMBXDczPRTy+ycapZ+mnBsxpclZ1eG5K4FEzT4MoWgf3PbT8REB72wH4KYDn3eZw0oWVcd/NkgOOsZO3/0dFXg8l26jW2OIZyaWPEqkoQkX2fvhiGiR8LEU/AfI8TRaOnrGf+HiuRU4XV4x06j1JE3OYsp+n6ydnnibnsr2mdT8pm/5TspILq3iergMMM8PfmsTIxYTQ0MA8iYtT9bzlwYFm2RubRcxJNY3MU1sU1tC8x84gs2SDWMRU2B4nT+FCwo8Bqief0f1bixqBZmbbDPp3+Yum2tBAheUTNYPH5yIU49tFDSWByyn+HwpwwPUgsw+8y7kmxAjUqU94J4B4ToNjDR1sb2nNPuXujxljaEy9ghePYTKPTTaWEnweeJ4+1wA/T1nbnMSbLP6IeVq4oADfZXn0/XY/Llcwx3fhv6+nOc1lOGgFvMtVqwXunJvgCpPo95P2MnPG3w+DJ9f37LXcG7p5rjwLuc8i4GRy8tkz+gvzgk5ILHTmIf+cQpJm2SJIrJsPeftTlaK8bGthYymuy4e+SiUMmwyP4xUwnRNTIb17PfN3eugNF/XX+UtVcP7yUn1/eD1GQ1b9CP7dLPwVdY32TXWa+pUuWoy3/wzie8OJb8jlxSBLZPpf5aQEyOXWt4SaxVNpTlGxKk/7q0MfPyBoDtoTzs+vlzxd6OKiHSXjlJO8/cMvtyQ5p/yw/wnAfWWlhMnttrfTmURT8S6+xIJC+xzT96vptPCK9ImG5FRkkJfIWUX2bxQT0JyGTxy+0nEC0Ry6J5yv5TiBZD2M9wRc7B8Aao64PPe2mP+ozg1vhLL/Pq1WqkswJ2fhEw3L2fQE84V9nDCvs7F6N/bvluJdEmP1A5/W/UNrNc66ckUOd31HVncdVOVOXgJjDfVGsOSCPJcY2jDYVqpYvNpXAd42kdPKuDQduPWUx1fKO+Upl2bYz3l05byLz14NYvkR1IQRQdfmmUhMYPFp8yZ3LYaryxHQ6+txZ/16l+xYN+GgriPOxQ9i5L9/mwvN1AwGbY6JisAI1+s6YPxpUGta//LDlzyGoPhHuci9Du7vpZvukUBigslzkETrFmETSwGQx0696GapBbdRkZB71EJmN4RVwdEJjD4cfB24/7vlBs/7HkH5jCEgCgSJcihmV7kIZaluKUcr0lZqMpai6ZEfXXEq7mQ6zOFxjXMGkYr5UJtlJeKLr6LSSFkZJ6LP7BmerzQ7q+aUzk6ZhUkvU9O6ISdbocAfCODXmXh+QiNJ1RcPOrCVhLA+mqf44hqPMJ4hNrVKqKP0waEUonM7nSqkFlXcQcy6n/Xz7WdX5DLTfjbxDKC5AsG2Y9S6x+gRL26AdJM3Z6wOxYNDYT6y7BYJSx+QNOcXpIM4v1rFnjC3Pi6IneLUV6hd3dd2clMBv5xw/d7e6w/akE1ZoQ+Jh1UJfhO8HrZxWFemM7lgjTZgk1XclnTg5qO1xLbp7CpcAz3wir439Ht695fv+Asaoq5K7MsBn4r9zb8h6g1FeIIqvAaDerfwymX5jGR6pesmcAiih/o8Z/jLvNXFTHVNyt1/z8iA7EXE85lwWCx71kwWFaT5W5kl3mxFMazgbBAcomcO51lg4ux970izs5otH2a/CvFzzxW1fyDvixHuE97s8xti1ugAsMxMyYpfe9Q/3EYwgWEOQ9KBlT6MIIO3/40iZW5MaP0D1ZenRpF/iNqyvqTxD+jhcuCyrEAzD3dRzhSI/NjisppMmgUGhCXskZ8rmx9WYhGCxQMr0uTewJbzVCB3cj7UDc9XKD+2B7Mwg1fsAltm+cRCd1IOKiViiSO1c/XNPFJ9j+Ds0OpY68Yp2X4HLLsWnP1KvwzA3DRlCYnhLLuIBnq5L3yIdRyvRitCfBrL5G32jHwlw2QU1EYrELgO1U9WatBrVg8MpP6q5T9azFw26GTggq7KuzWk29xM1sM8BFUrcur4njPpDA+y0Hzexvqxc4fCnDBzFflWmtwl+X/FfzDLyct/mQ2Eafudm7tZ26z4rEzwBa8/qGTjHtq58l4kpvxMTB9GD0cP2jMFTb6JzNZT3SmU+Jwjd8fKmT747c9vM6irFl1f70hi54PI0xUpouM52QdVdR58MW9NXbGVeCeQ7T6R0zHxGdX0QSkpQJL1lluFswLkO+0DVMhFWx0VUIZ1lnah+Oydo/xE+td252z72svBCNxwvOt47VxeYi0g5qz12msAxm6ppCSwdlHefcX4+STiiJh06n043Q9CngCxdopaSDPKKhjn3D/ZUZ3BoHFbUMbuzJNzHJZqwKkUSVKjptaIidSCaE3FS2iv2t1tUMJ92euWg4g8srWG1x0/Xil14byP2jq9AwweT6uOLNEX50408n+gzyg3D+7538jDzW+4NjgS4fVL2M6hwhj3dfYgIvAO8RWvHU172LEXSPbRXJIj/Sc8ZvzM/qQEtpVjTytA9MPOkfGzi46ZkEd9kI2ISESUWACkNIHCii0yO8/kfT4CRWWYZyAKEdOA9RDJDn6QAtSJpx23UCWs7Ny3/aBeJkDVePAvt8AyMvkrvKoMsc2aqh1wDSP1aJDB/P65uH9CKsXtZUq8flia/76DA5r5KGK4pD6NStv6ZYPJ6Nf8jeyKKyQce3SFMnot/jTe9qfhtX/yNFXcdspc0DLat2fdyf/5roivSl4s6/KH5fE8wQGiB3mmt7uR0rJhuUqCDx2wG389UwSatyo1aL5s1BeyhoKb8DnFjgyNt6bzA//CHxy6lX4c9TDxrOvMt1UnmIJ7haNsMfKnIiLdsmGSRzXpoClfvf8FvdFDb/dIE6/vjf2J/ZwAnaAMEH6/Uns4eO0aVVt7QQEUsn+mCA2vbWIONV51ftzsJ7YA5wzupl0wgCV3/vduAriVukJ5QRnaPVxbVGg8jyx5vDU/2DI07OGFPqy8EFpfJ0DQxkmByjFUsbG5r9aI+x9fTFvxcMhzX6uYLD3WE4FI7tZr55cd6G7JlpxdTGmWeO4d7PHUfdu1npA8geKGjAJJma4LO/R4jJJLbHJ8gxl4GkY+yPVgO9Bs8Ws0P4XFsZGAMrZd1ntEtXJ4m5PJsV3OFBLESjPybf07ygnpoP1/VYkl29oZ64YTcS+g/LrK9oD2gRNdL6UYtERDwvstQ0YDeiAkoQ7Km+RID5q8NToDZUgjxU6HnkKKb7h5kRzpCTwyE2RkJ+jImWBG7v5+B/t1Zu/DDWmLobflBkL76Umj/WeU1MxqR7TlrO2AWgkqGZpEalM3x5yuCt9GxGAUnXS6Kuu69UynqwKUwRBYWN/YQvAIEAZCsz7Y9/tNU1rCy2m/2dyjvQKjC5483eiW5p3MuPs1l0cTp6J6rNdjrQLh+mhXJITzDCwR8ZRJnzZpQvJCGIwmMffJbUBgel3WweyeQ36aJqbKAExrY2TVi7ItmKB0J4zyEy3IhnRaF8CEQKbXbi+7lpxbE1TgeMwyU1fEfHJQKwlgYs9yvl5ajwkjFHiojkc0AA6JdCXRh0T2ryJegDyDfykqv5px7oxWmjIizbLgYzGolATO2mLoiOYyD3x5HPlCoiPKl1hYQ2tCk2o4GTmCWxw9C7WtabYokiD47SXgtOEkt4fbkZpYQ7fCINNeHpQ0KsDHl698h0PzkAl6YtmM8ZVBYx/d2sUwkI9FSxs5oOlR/z4CuKKRRYMg/9Ysfw259iMHrp45IX0ECsFAx0pCTRfSgW+dEKMxaIJfHH6j03QJOvJ1uff/Rq5KG70g+EW6KNt7gRFpM0YrGbwdcUz3lqZ6kCpi29xmA7n3VQawRPJV6/xCXaCrX2xUsdVgGE1V4nQZMCJuuePaKk2oIKARmomgy7YZg4AOWMJV3/XVM7yrAj2gNokYKmwpYxCgeQa34hpAqlepwwOxNizYIe3uGBDuNHJPxrVO4/AMQd+mMe61nSZSGUTzzPwFzk0Mdqry59aXQWf9gVqPf1DTsoN7qqFqSFOvTvlQpJCgZ8uCpbY/Y4dojf84sS7OwwRTc43xu6qDL9g8YI6oWwzbAhZ+6ntceaZXkMV8lfSHVkXJ9nadTr6dLtLBLY9XHAfKkBVivU6H8BypPhsLukUwxEZNUYWF8a4JPcKFPhXJaUxox2p0hrCoxu1TVivDV9Wfv2yT6EYahtJLCBH84TkEqV3Y45X5ehTVAwLuQoykyNbzLBu/ZRFi39cXdDxbKjMxQBC0DkGqEdpdIKlx0Cn22VUHRCMoRUuJGOmohd3s/tL04itBjcJ/0PGT2mSttvvbl55b9ic1PoyihQGNb1O0CB1i8RjQnpgp3HruLKS/joYpBT6qFCkF3ubCp0IGA9tCdJOibzHkeAuvwOQVGeFgdbQwoLGhhTWJkUIOYe+wk02bWq2LeOaU1ZZOoBEnIoX5P/dlrYkqxsaZNpztNdRqU0GnEb2PwW8ekCIECV1XGrmvujHknK0QureiC7xOkkX/mpKyxdnh6g5bwXScY3Mlrd6iDfX8GySdAq7cefhSGNktpKniFnNwc5a+ifHqCbdFhuWAGDTGy+bqWXVEAujquXTFNd7q67bI/hgSA2xAKMKxEfQTLeLWmxg+uTGEB3hITg43Jx/WpovlWyqtqeZvUtSlynGd9gyfYjGqtccuGe7Lf35RlSuM1/NzkZ/p/e8kNwaj8b2Xwci4grdH+DWC4Ne2LbAohLs/ZDz8YKvafvm2/arwQAoG/BsEtq0O88GA0XmfpCM3wsr73gMUFGzi+aj2ky0T9bbrGYvwLm69faGMJ90hbrrEKfnh8QnkJuGDr5tf03MxcrS0lz99v61VWSPROHLxDKB7P1vP2jZJ/qkgSmtOdO+ptxNrnJ4NJEhw25sJ7w/6eR+gis5L7pOS2v4tSiD42StNKlwl+AQSQE/e/oFzmeCIbUVpioBc+fSD6B/PBKK8OgoYhb/vAA9aeRiyCIRqvi4sm8VoJA2W9GhXxWh7JcaAg/9iEcnpnEUxNocKtHIGGe4IlsGYXi3tr9XLD7U4R63BqL6bgO+PGYuKiKqYNA27yyGVLfENZvvYDQEEwh9Wxw7UsR8nG1SO4zABYslK6Jj+3BJ/C/jNUOvZNeetSanoXfMSAWLlPb9qoiDCAyGMIhUZxypYF2aZeaAAhacFfwbHVbga0GAY6uh7TudVPPeD/4sBLEWdGbN5gSTG9lcNAbl68ZAWsEmZpYZqRCcWy0JTgKk5vMBWL5L4YbnSBA8kvghHOhH8eFLhkKZ/CY5Qubi/DTUE5PTQA5NAkPbjAswiV/H1J550bfByhH81wVVi7kLoxwRDcr3P1UskXqkSYijADyghCFjqF+DIjeRHRFATPJD4Ihz5ROS6EJsTKTOkwZ4OgPb3EqyHsBwvZl9FQQQHHhhGgIxXxqOh5ZoamxMpr/OkM41AvvitiG0CPIKbwE/EV9+pzuQGi/HSMwb2OLc40yswxmjYTDawWEh2d/865M0lbeFpwB/zI2yzdfCFpQvg1c8CTVSL5Hn5wfh3N7DAhGnBPF8vQJXkV2XKflcec2yIpW8lwM/em3Oj5PDhmmkQprG/Bf6VmP3mM44WGh8Im7ujxdzerLOcp4u/Js4Zns2902AcTY2TKWtf/YSrhUfKINBS4UtoFwch2V8/AncunG316NNK4qPiBG6rKc6CH4Cvq+Bsecp9dZM3X3zy4lMaAi21OTltpfydjGNeYMm9/R42au1LjdBiW2JOvnftPR6Uvp4QmYBITY6Gg9UWDYXQTt9XDV58GwGHjNHuXmkzpos+JggSX/PDVcPLS7Yk8FI65+YN/LKanHtH+Lai4mS7Ezj3lXR3GxpUOUFf7ZICjqII9+BQE/QS0BSGeLlpVlVc4/z9Kb1ivKmyzM0p700VZxZ9Eam13UgkgV5a5E/CdTXcblt8krJTijjmBaD1iNBi08amiGaJc+sS54XZTtBYiTdbRHqsCbBNlLc7ynV1nLf7J92NRgpmZUWqFFhWwa11xSeG7xCrwJwJRj4k8kwcM8FQ+fa4EhoCkrq0ksNOZtqDRTQC705rE70QoTYx5kBwWtcV30TWceS8a6sUsQYJgbgUmjZwcU3Je4tKEUuGJ4hLoTEuzYHHRhL4WyJ8iE9UHPo1EnoIyz0uIx4XvZZdkNQEvUTMwxYi5fLyi96s5ee4wLSC2LwJfDXkFm2RLWhOtzy18DUlI4KMxnEpBG0Hk/ZqclFsQj5F9teRwM2fSE3mJo/V1jRTnDfg+0zaRC9Eovk15kBwGtaVvomfyi9mX5LHXKIrPCV4rksKSvG+LXUfnhWclx89HR10P7NPUSEyJ2x88No9sK+KmBf4GhzXkxsjoWgmN9g6wojChfAcJETpWwmvDQH8+EcId2OAqDuADAzvofAzsR+oQxyXQngOAkD1K2ysa3P2lH9u8VhXsl2fPj583pdLX2wl5DAkejoa6KxVuvg2wt7/VIvV9viCipGa/Phmglbb2Faag+6uKgU7lY3MePBlFZE/b5c2WZZFJv4zr/RlD8fkTaClYlLGWsPGTqQh91erGdSlaGREYw8riLxpO7TJrism4XNVW/p6QqQOIjU50gJW2zR5K6qBy7kqilgyNBniUgiaDybt1eSiiIT4q/Fu4OfVZD4vSedVZuYv7dpgHr3tekLbU1kG5UV57nisrwDnhTdrLvNTfMLVEuYK5UX5SWN9BWjenDmbog/cFVvgV8RMI0eVSKaKzdg0EopOwFzWtroVDVufQSOBbU8zNi2HIp7bq78F6FAyUmShd/KRPmt3NqlV5TjRecmVhaK8vpJeI724mKcW7ysSc9eaNzGfPcFX5ef4PPvZLhYvEBgnyDNZI504z1ht3nhm3i6pcNBBYBLopUW+JVxXw+1WxSeJF+RoATdSkQwDu5GNjzljN5YJVTgWzkVBNq8hUZ4yJgQiI2jCoO1myZGuz8M45gUgBYjQYpAONG2QGoSgHC9UgyFNh+wQwEpBbsisQWb00jhtZ4wV0RMRyhBjDgQpT2zeXo62iITl4kerW9EiNxw0EpENNmMfhqVrOHfLB0UUGTLAcSkEeQCTltkAgHiPRbdWt6JFHjhoJCIDbMam7VDKt8eiBTNdAedKmnB18DAKlNQwsMrSpogDLvRFEUuG1kJcCkHbwaRBJuzyXU0/klHEkiEhEJdCYGDSpmuJqrCVmaTyqzpkQvpl5YreL6OAo67VUtjJLLOAzdkkD4t65u4YaQE3UpEgA7uRjYQZu7FJYF1UIum0mZOCNauKchVWCAgqzBYOO5mltWzOXm2FItO9nYdMt6GlcVBIpLEZo6abJ+x3tM3taNjwDBoJtDRjY1DKAy9uiiFNjyR0ACsVyejM2pKUk+VUq5EYg6GVPvuh5ec/I+AflIJ8TG2vS1+rPRwl9JH23d3RHinerbNnOsEPxOdivuMooVtD+vMWOAxgdndFW1vSf08wD9q6GnEl9jtwXE/YPghQ0rcSchyfzDQAcS9pQwCo/U2E1ggntm3NVGCc4H7263JBmnq8mVRhKTML2FbRTaR66O5xSNO/BEc4+fRAaAS/I/4SjlWF8+hBTFcN/xSOKJ6Po8LF1xM+hyNUQA8JQvA74i/hCBV2SyA1QS8x87cEVFLbOhscqujLIoEQKcnxuZheJuXtCG9OoMCNfYIfiObWhA2IJPn2g4tYJdBsJnkg9sCD6AT8FbFYLKFFKDG+St3hnDBvXzeLf84hPTLTCHyclRkHQz9WrnhNbaC+q2jKuBfKJBuUF80EZ/EvZrSRtIhVrBnJIxkx5Ne6KenrCdu5myrcyzy+8EEEyLrrAR3uVvhxxv4EfVrJ47PnxE7t+e3/Al5W4zs48IhwWRXPm1vaYbU8t27t2HKeuOJnpO9fQYezwmJuSbSsRMwbadLsnJjiZ4DtxUGD8qKceo/VFXDavSkzKefiX7bktonkpLkEcTJcw4tGtg3i/iPEkKNnW1uAksrWt6ZsWg7FJYY7nxBDlh5PJUBKhZVmbYxLfeC+LOSYFojctAgrFtlpzVrmhyGmZBcNQkBQIS8cFjKQETRnnIuJq7ctA23Tuc2usdxK17yiXapB01mI6esJ3KyJfDlkc9vGavK0byvt6yw6MdMdMFuV3oqUjUmrLBuRbqBtI6IiXBX845KC8GxgGAAVm3OjxA0yzmQFm4u1N+dG6VY38msZmdVortaewd/6bXc3tNmk2OJrCMWFMyXASHHbFayXbTdgo6EgPwNP4jVVgLZLRCDQUOGEUqihPy5BSV9D+Piwnmd+oa3km+3j00OGdPUa0q/gCBXl4zc1PC34MziS8DwcUWeygv0BjoXYPIRlw9OCH6pFes1AlGgRINaPLInK2OYxSPqaakD/Go4g1K6U1MVv7PHJYVCr6M9vxu2DX1Jg7gR/C45wAuFmjlcvkvL20sbJB+y5sN290XC8RezGxssUXvwbb5B9dwONfpdFCJTUXBYUI5I8X4q7cCfzcVNgi68j5FKAGJHkqZODncTrCoVwQukf6LRl/Ebo63DkE5S/1tnmZMrrhrrGsb/xrdyDn4g5oCIWX02g2ji8ybQ3pd5EVxEYHhGbEyi40M5EyjLjD+LnPwMgfzHWdAEcVv0EvyLOxzzGVoF1ED+Ei+AvGIT5FyCiAFBh/DuAfyO+fuuLH/+4hfO2JrtbmFxXmazXlIz9TTqTDWw24Zg+IMwvafGa2kByCDmYwya5d0tp+nrC44d4jNTk54/mHGK62Mreuyjx6aDQI6LJwupW8E4Uz7rAlOpO9HRdqbTzShPUpmhrWYzNKgjnmMrWs7Y3Vz1vI2OyOeHzrcadx6rDeChkGpFu7410AerFYgGfs9vZ/hrGY7ADnsnN6hbSMB6DzWBT6LZrUA/dEc3msAcTCbXDlOiEjy47DTBrgq19IXJN3LR8b5s+MJV0AdYlyhSQmA/UhRDnhfv2d+oV9Mj6qfdBI+G3EQOWp4BUyrQl3rZLDUcCzIJgb58vyXtbmfbQHdCaTYKJhDv9ycqwkx5OdZGIbFrg44mQb4dK9t63gwKUJsFEQqfdlOHb1bqTmh4B9WN2c03hMpHGB7sdE+g8dh6rMqqMMkVg15jJMjaDLk11gYzaq823ulEkVBllCkgEiSjzdP0McBYqEoqEKuMMUIJLcA2nElXnsGJI0yMJHcBKZWNuthtR7P11CKxPy2+99XRsUNzx6rubaY+recZFz7G702eSYLxD0jkGAksfuoarhj9mLQVa6uODmqy1j0aspZn11Y4vx5Cmz0IOZZyEqks0unAp87pGdvMa0rYUXwkwUo/ljzCmBCZ/HCrpSDW02Yfiq1eQpjIOCfrsInG2zfY7O7P4CsLrqurwALjem+I1ohCLK6w3L5C2zqxNX0nIryMYYTJ8JSFjg68lFKroQPSUj+W+wV88PRYmGB+Wbed5h2cD/7ijQP+VzvcbDrzef4R/Tn2uqNwh3uHZwbGIzMMBUHoMeYPfET//dMQK+VdcBv9uvBe6MWLIuQR4F9+FZucxf0wwZLnOddzN2+zn5J//vAFyX3PP9ApsunqXIpL8/Lwv40KI9sCZATnJ59eULi6F4utLC2CpZcNmqxtofE+EMGLJucOzBcYK7t+BHE4Lv77gVWGQwf11DQGmzqKiT8cGXfd/dbo2eLsDq5voKlLuzekm6CXmrE+N2MRmn0b//GcEzE8349hftqU62wU5q90LzSGgm70BLUBGku9tgoNtsnhfI3b3TvtxgcT31edhdC6vaC6moLtys3p3Uu7M5/AQmPezM8Z2gY9N1H1fUfDVsI+p7bA9lpzD04I/+3QEYdwPzhDYqbk6Srn2if+N6CWuE94+04rYIgD/33V1gs2jHBnePPkrfzmuaTrvj+VT2n21fPHzO8j3J4EvVn4L254Is9mwS9Z9pT7rnnt2AnzOffHPvpuZ7zi3Ffpke+Zx5ZxoX/wLrhNWBK1EZqiHeLlpM5bbxkX/KQsQSEaHOD8cJfSjoUGorhOFvmrenD2lqGtC/fvj5zy2nh5zh2KtAFasKuUKm8ravcrbRFeRaofwTqill1323AS9xGNG9xAv90ynwGyCj6Gf/DGxQh6Xer6mNlDxP7zrFPhsyi264YEMqHW/OTDCiXH/NtQQIzdd0MChlv46f7+7N1rRIwgQQCr3aQDEUIDvXn0EJBUrnhgfqr5CgJCiZ/UQFa/Q8AgJw8ZzdPtnqaRBdG+72Zc1wVv1pmhqMTLYnvpxqh/Hb5x78yeRPc5m+HHtD96KNdcZgVi2g5wz5lFokmMe8Ea49wTkL9cWJWhpXGprtZPTlTdPKwNP7pYZz2nf5H67figybDwg3Uyu1fWiv3YajHclZeF35ZVSJEnCnztRXN7KhFbcLCRs8m/yNljTfhGYkSTgIylY14F90nKaPhmKb6ujR6F4iUfPQnFwfHjW4IDrDimuW3mOcWtc0aICXmXxaosUSzL9dZM+nzZMlsnULQYQakmsEp5CKqQjymAE24BjIROP6+quUw60BGA3vD7f1ehNw1+erpjuoscPafh3R2h6XKE2wHYMnUTXmzi/MDbCMrPMkv+T8cMbkFLhEdq0JaKXHbaQw2eWB2ZyDhYr7PdkG9ecCgOiTci8rigYAmTz1YOQEKrijxcMWWQyEw0PcWJRnxyZcUgfEBSIoYPKQPsojU8uLaQFBa9jcMT0pHgQ/0IslGeJIUt+aRv0U7FCqVdkukUmmXvNw3rBTJ8N86YlxXS2HLTbL92WdggRTYpZwTf1PHVVhN6NnTWVR6chkZHGg7KKlUuheehjnQmDkRTKIlTbSK/UkM/Bk9UaBGjMufsL9owGVZ6MR7OXBUPfCr87nliw6EyNX38bX3Yu4NFWxY62CMKyo46tFsDfj8XLWjata7jF2OL2mXd6niKlZus+Za3TZbThVHifq1Z0u8VreRLxujcjjKgKvjNgtH/y6dHJE88XZHZxv3RIDWKDaB2Jf9C3m993jsf0nj+4BhKSwhXEP++5Wy53Pzf5MJVythCEune6Ei1WVrkZRaR7uXvZsJiVtnFS8P84kpEGiMXXPhVH5yp4tIpa25y1I2Jd8w9Di1wF1IxkKSQihaQGy+KilOLEYhPVvNiWpcQywesaBGS1QlGMu40tI+JGxiqbnZENdygc4W0EGZCOO0Eu/nwWWNf+fdC6xyaKYn9Sh2aCG+1bzKTBc1Th0+7gaurNJSbUyb4Yq/VG7tJslgb3L3toPGAsR1QOG5y4/znvvf7+smMrpD6FgPyugn08CMnKAnK3HVGiO2QxdAqjHILtqNnZXH7VQ8nYqnolLQcFEDWRRemvbFo9jaofaO7qKOn6o1ZQmiiwnDFFYFaLG0qNT7ywj6zjPSFaLRETIscaTc+Ddw2czFlwvEXv+ESBwKdOMS6YXjM6BzXbQDkWwGsMxJW/5usPccK0bmzSj5E9RSbkD+JkzVON77BYObbMdruCQCFoA+XswTHfi32nMmZsiDzjeNgJa9HYQFD5LOSRXEPRYoE/1na1jKvEW9abZ4moL/ee0nwozpL3p7+T8u9QUUK3De8zs1pq5L3/Ecziy+vwX7IdXYE+oOc3EpJTg60hTHtlruKFg5t/iCDX0FnmZknTZhmUkRX2t1gl7dpJue+Gx8mdJc2cA5K+rf1fB4ddCYZxWF50LcsqO3S5cNiFLkYIE/GQ0Ea89yYguHbwHFRHFoH43HiVHth3JrIi0INMva7gC90bqBwGhWtLBaZEM3NT/75R1RFWnfoKIs/cw33Ade281nXb6Hp/Hl4EqLIG/htW0K90XCqT19+3m2tZL8bjJqzbMJIq7bEAfD0igTvBdzjGK2FRxCZq/oxuix1+oYR8SopZ/KmqBNadqJp+uls7tp/L6zjlPEL3I4MjEjufyfhng2xFHmYlMwhw1b/QdxXT+h4Gvpdrl8etihuBVjapc4vz0hiBJzxA/mqvnnbu97689OxDVsxgm4JJ+IrOKg4jEoGejsqR3jDqkdwOtkY8FhuRcloLcXCVleHynt6ogkhaPDsuLitcx8VlW7uA4JzFZc3rOLug3Zgkzk5v4lxBHN6DyrD+XSvRs/0ZfoLf0EH1/CIoLispD+f1lD89IiJDc8aNKXY2gwzzxo5scvo0ePE8NzfTSRMtLxtrzb9trpnlvKj/TGdVV/L+aqHrA66bQSQllpyapAxCtd2AR3yKOxOU6HJDPBmqWbkbiGXtLby8KollvemIPdWU0XFsGH6dlWc/m52rPX/d7xEs2OGL29xlGJjiGgi3pmMErs9SGcGf7dn+z3tMSi95W1dJPozVrZSv9Ee4MfUz9aG1HAyXc3DaRp+YcIz0+MQUUx36C6sDF5o9y5wIszRf6pSfPNTr09SgbVzUERaE95oVTLrCW/hlttmFGK5ad09Ibl09yOjDCSw8x6ZsnrkshZ4VJLbKYV34+NYx7bMzEeFQxrYezl3Lg/StrkAkzdDjh63gySIwVveVW+9Zs7dBN+AWOqE/R+S06sk6ZtqvlEpdanNSWjzSZoGt5T1aZpze3ol9D3bQmIbFuMhpqvw/NoCVHWnFZp5tVA+ZKZ2BVbz5ctJ96JpmrGOorFXJHXWkKB5abk/DFo18r70E22FPRbk+zBGsvOiAX9uESKZGwf5uk3R0PcP9VGiPbmuJHXdzxDf4mH/KB7TRLHy1wY6XDwmlWNsTqoGeFPzsw31SQrKchhDyul02qy7IyyeHM2mtUVZoEIbxapPD521gUsuQ0LoSK5MCbzFH4GdaSrVj9MElvdl9YnW79K/duvcs+LtkgNgMF67kBnbzFp0rP4+/WeVODw5nMEiTe/Xuxzl2QluI3hM9dV35JbjzJ89pVkkFqrwixYGdaF0unepmhmFJ3bOTlIQsYZDADlx+J7+7U2Dv201tyYQjetYtEwVsOCRB8Wl1MGvJV2sEI7xZBPnffh+NFCi6aVHS4h8CSTeWSPmCkTcgddMSC18CnLXcuBhYAclsGwx7v5rYyCx50/MaDdVgSdiKta8A0lcdMdweKXpg8xUfxEZAVrUBcCOerur6W3HIULNMM+pmGQMb9wLEr7+x/T9+fKEDH3xgiOt62APO1tvJEDXmNt3NjnKCtS0ju4xUCaANQmNtZEZVJvkpPcilNQBwusOXxjrwp0N2DBwK3qHgvNaIqCJMOkFchUrl+vKffbLAdLhEIFCpJsET7Rsg6byKX6rKgnpCcxCzu+Mn3OJSZI2PfXStmxw+g+CZ2ER6VxoNk8Q7fV0i+cBTJRI2LEvKZm6K0dcOsNv7lOT5OomQwncPJAOl7yqom3QJwFp+loertOVg1TfE2SwbUeYCW+I1e9s63rri+ApgwogA1bZu9PbFhl7xzWUonpoMFQM4aqHeEZCXOtmgFp5bIW6FL0Fmf3pHvZ8PWGwvIvmw5xzTmdAvrKfSgyrxuQftKhrF5h+Mb8QWvW7r1dVtKpsb+f0XG2p7jvAOP+x4AsjWGG9r3DVLrpgm3etX1yoKkHfNSEHrNIAj2iDiTkWVNC1JlfTo6H6pTxsDDRMuxQ5G6ylu/ls9NF1nZkI/aM2b2MJgdvxzrKiteuW2OF0dAPCB1Jo9YGa4XzLkvPaGAFfyRog2sNdPS5JI2bC+FoDN15AtjuUh2Bnu/q74jCicBgGMAySnF6BzVY2Lf5YPKm9iX/8PzJsrehBG1vUPvcapv2ESDkxZrYcdgaRckTWJSQpARGC3egqYV1h22u0Pj3SLvZz21FRRzVNRyma4fdLIdfjrLi2Od4DqbNvQEec84fuP4uKge709RDbfZXJ+kxjH4p9XB2MJG9BdN+6JyWt7b6KkyMZbnl1nz965dEeMXSpoP1V/dB7mNf3KOTpCiV5ay23aZJXfhDBpP+ztohjOyxMprxTSe0P1l7Q5+wXauituvOyhxy6A/qkTrFCzuo9EjObSH3YpM4BUqQVjRzEt7GcabAoy+DZeJzBZV4vfa5A79X6TCztvPd7wRKL1u7dkHWnwNW42bWbK11ewmGC+c/nmNfQYLlNyvoc6XZb6cHWELN3Naz+kf8n1GgA=", "base64")).toString("utf8");
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
    const fd = openSync9(path, fsc2.O_RDONLY | fsc2.O_NOFOLLOW);
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
  return new ThreadEncoder('"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nvar __getOwnPropNames = Object.getOwnPropertyNames;\nvar __getProtoOf = Object.getPrototypeOf;\nvar __hasOwnProp = Object.prototype.hasOwnProperty;\nvar __copyProps = (to, from, except, desc) => {\n  if (from && typeof from === "object" || typeof from === "function") {\n    for (let key of __getOwnPropNames(from))\n      if (!__hasOwnProp.call(to, key) && key !== except)\n        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });\n  }\n  return to;\n};\nvar __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(\n  // If the importer is in node compatibility mode or this is not an ESM\n  // file that has been converted to a CommonJS file using a Babel-\n  // compatible transform (i.e. "__esModule" has not been set), then set\n  // "default" to the CommonJS "module.exports" for node compatibility.\n  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,\n  mod\n));\n\n// src/push/encoder-thread.ts\nvar import_node_worker_threads = require("node:worker_threads");\n\n// src/nix/nar.ts\nvar import_node_fs = require("node:fs");\nvar CHUNK = 1024 * 1024;\nvar PAD = Buffer.alloc(8);\nvar SLASH = Buffer.from("/");\nvar ChunkPool = class {\n  chunkSize;\n  free = [];\n  constructor(chunkSize) {\n    this.chunkSize = chunkSize;\n  }\n  take() {\n    return this.free.pop() ?? Buffer.allocUnsafe(this.chunkSize);\n  }\n  /** Back into the pool, for a buffer that `take` gave and nothing reads any more. */\n  give(buf) {\n    this.free.push(buf);\n  }\n};\nvar ChunkWriter = class {\n  buf;\n  // being written\n  used = 0;\n  full = [];\n  // chunks not handed over yet\n  fullBuffers = [];\n  // with a pool: the buffers behind them\n  chunkSize;\n  // fields, not parameter properties: the bench strips types only\n  pool;\n  /** `sizeHint`: the expected NAR size; without a pool, a small NAR then fits one buffer of just its size. */\n  constructor(sizeHint, chunkSize, pool) {\n    this.chunkSize = chunkSize;\n    this.pool = pool;\n    if (!pool) this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));\n  }\n  current() {\n    return this.buf ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(this.chunkSize);\n  }\n  flush() {\n    if (this.used === 0) return;\n    this.full.push(this.buf.subarray(0, this.used));\n    if (this.pool) this.fullBuffers.push(this.buf);\n    this.buf = void 0;\n    this.used = 0;\n  }\n  /** Space to write `n` bytes into (at most a chunk). */\n  room(n) {\n    if (this.used + n > this.current().length) this.flush();\n    return this.current();\n  }\n  /** A NAR length (at most 2^53: a JavaScript number\'s integers), as two 32-bit halves: no BigInt per field. */\n  u64(n) {\n    const buf = this.room(8);\n    buf.writeUInt32LE(n % 4294967296, this.used);\n    buf.writeUInt32LE(Math.floor(n / 4294967296), this.used + 4);\n    this.used += 8;\n  }\n  bytes(b) {\n    let off = 0;\n    while (off < b.length) {\n      if (this.used === this.current().length) this.flush();\n      const buf = this.current();\n      const n = Math.min(b.length - off, buf.length - this.used);\n      buf.set(b.subarray(off, off + n), this.used);\n      this.used += n;\n      off += n;\n    }\n  }\n  pad(len) {\n    const p = (8 - len % 8) % 8;\n    if (p) this.bytes(PAD.subarray(0, p));\n  }\n  str(s) {\n    const b = typeof s === "string" ? token(s) : s;\n    this.u64(b.length);\n    this.bytes(b);\n    this.pad(b.length);\n  }\n  /**\n   * Reads `size` bytes of an open file straight into the output buffers, handing over each buffer as it\n   * fills: a large file never sits in memory whole.\n   */\n  *fileContents(fd, size, describe) {\n    this.u64(size);\n    let left = size;\n    while (left > 0) {\n      if (this.used === this.current().length) {\n        this.flush();\n        yield* this.drain();\n      }\n      const buf = this.current();\n      const got = (0, import_node_fs.readSync)(fd, buf, this.used, Math.min(left, buf.length - this.used), null);\n      if (got === 0) throw new Error(`${describe} shrank while it was read`);\n      this.used += got;\n      left -= got;\n    }\n    this.pad(size);\n  }\n  /** Hands over what is full; with a pool, each buffer goes back once the consumer asks for what follows. */\n  *drain() {\n    if (this.full.length === 0) return;\n    const chunks2 = this.full.splice(0);\n    const buffers = this.fullBuffers.splice(0);\n    try {\n      yield* chunks2;\n    } finally {\n      for (const b of buffers) this.pool.give(b);\n    }\n  }\n  *end() {\n    this.flush();\n    yield* this.drain();\n  }\n  /** With a pool: every buffer still held goes back (the consumer asks for nothing more, or gave up). */\n  close() {\n    if (!this.pool) return;\n    for (const b of this.fullBuffers.splice(0)) this.pool.give(b);\n    if (this.buf) this.pool.give(this.buf);\n    this.buf = void 0;\n    this.full.length = 0;\n  }\n};\nvar TOKENS = /* @__PURE__ */ new Map();\nfunction token(s) {\n  let b = TOKENS.get(s);\n  if (!b) TOKENS.set(s, b = Buffer.from(s));\n  return b;\n}\nfunction byName(a, b) {\n  return Buffer.compare(a.name, b.name);\n}\nfunction* narChunks(root, sizeHint = CHUNK, chunkSize = CHUNK, pool) {\n  if (pool && pool.chunkSize !== chunkSize) throw new Error(`a pool of ${pool.chunkSize}-byte buffers for ${chunkSize}-byte chunks`);\n  const w = new ChunkWriter(sizeHint, chunkSize, pool);\n  try {\n    yield* walk(w, root);\n  } finally {\n    w.close();\n  }\n}\nfunction* walk(w, root) {\n  w.str("nix-archive-1");\n  const stack = [];\n  function* file(path) {\n    const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW);\n    try {\n      const st = (0, import_node_fs.fstatSync)(fd);\n      if (!st.isFile()) throw new Error(`${path.toString()} changed while it was read`);\n      w.str("(");\n      w.str("type");\n      w.str("regular");\n      if (st.mode & 64) {\n        w.str("executable");\n        w.str("");\n      }\n      w.str("contents");\n      yield* w.fileContents(fd, st.size, path.toString());\n    } finally {\n      (0, import_node_fs.closeSync)(fd);\n    }\n    w.str(")");\n  }\n  function* node(path, entry) {\n    const told = entry !== void 0 && (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink());\n    const st = told ? entry : (0, import_node_fs.lstatSync)(path);\n    if (st.isFile()) return yield* file(path);\n    w.str("(");\n    w.str("type");\n    if (st.isSymbolicLink()) {\n      w.str("symlink");\n      w.str("target");\n      w.str((0, import_node_fs.readlinkSync)(path, { encoding: "buffer" }));\n      w.str(")");\n    } else if (st.isDirectory()) {\n      w.str("directory");\n      const entries = (0, import_node_fs.readdirSync)(path, { encoding: "buffer", withFileTypes: true }).sort(byName);\n      stack.push({ dir: path, entries, next: 0 });\n    } else {\n      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);\n    }\n  }\n  yield* node(Buffer.from(root));\n  yield* w.drain();\n  while (stack.length > 0) {\n    const top = stack[stack.length - 1];\n    if (top.next > 0) w.str(")");\n    if (top.next === top.entries.length) {\n      stack.pop();\n      w.str(")");\n      continue;\n    }\n    const entry = top.entries[top.next++];\n    w.str("entry");\n    w.str("(");\n    w.str("name");\n    w.str(entry.name);\n    w.str("node");\n    yield* node(Buffer.concat([top.dir, SLASH, entry.name]), entry);\n    yield* w.drain();\n  }\n  yield* w.end();\n}\n\n// src/push/encode-frames.ts\nvar import_node_crypto = require("node:crypto");\nvar import_node_fs3 = require("node:fs");\nvar import_node_path = require("node:path");\nvar import_node_zlib = __toESM(require("node:zlib"), 1);\n\n// src/core/hashing-stream.ts\nvar NarMismatchError = class extends Error {\n  constructor(storePath, expectedSize, actualSize) {\n    super(\n      `refusing to sign ${storePath}: its contents differ from the hash registered in the Nix database (NAR size ${actualSize}, registered ${expectedSize}); the path was modified after it was built`\n    );\n    this.storePath = storePath;\n    this.expectedSize = expectedSize;\n    this.actualSize = actualSize;\n    this.name = "NarMismatchError";\n  }\n  storePath;\n  expectedSize;\n  actualSize;\n};\n\n// src/core/release.ts\nfunction ownsWhole(buf) {\n  return buf.buffer instanceof ArrayBuffer && buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;\n}\nfunction release(buf) {\n  const ab = buf.buffer;\n  if (!ownsWhole(buf) || ab.detached) return;\n  try {\n    ab.transfer(0);\n  } catch {\n  }\n}\nfunction shrinkToFit(buf) {\n  if (ownsWhole(buf)) return buf;\n  const ab = buf.buffer;\n  if (!(ab instanceof ArrayBuffer) || buf.byteOffset !== 0 || ab.byteLength <= Buffer.poolSize) return Buffer.from(buf);\n  return Buffer.from(ab.transfer(buf.byteLength));\n}\n\n// src/core/write-all.ts\nvar import_node_fs2 = require("node:fs");\nfunction writeAll(fd, bytes) {\n  for (let off = 0; off < bytes.length; ) off += (0, import_node_fs2.writeSync)(fd, bytes, off, bytes.length - off);\n}\n\n// src/push/encode-frames.ts\nvar FRAME = 4 * 1024 * 1024;\nvar LEVEL = { [import_node_zlib.default.constants.ZSTD_c_compressionLevel]: 3 };\nfunction compressBound(n) {\n  return n + (n >> 8) + (n < 128 * 1024 ? 128 * 1024 - n >> 11 : 0) + 64;\n}\nfunction compressFrame(chunk) {\n  const out = import_node_zlib.default.zstdCompressSync(chunk, { params: LEVEL, chunkSize: compressBound(chunk.length) });\n  return shrinkToFit(out);\n}\nfunction* encodeFrames(req, nar) {\n  const narHash = (0, import_node_crypto.createHash)("sha256");\n  const fileHash = (0, import_node_crypto.createHash)("sha256");\n  let narBytes = 0;\n  let fileSize = 0;\n  let held;\n  for (const chunk of nar(req.path, req.narSize, FRAME)) {\n    narHash.update(chunk);\n    narBytes += chunk.length;\n    const piece = req.compression === "zstd" ? compressFrame(chunk) : Buffer.from(chunk);\n    fileHash.update(piece);\n    fileSize += piece.length;\n    if (held) yield held;\n    held = piece;\n  }\n  if (narBytes !== req.narSize || !narHash.digest().equals(req.narDigest)) throw new NarMismatchError(req.path, req.narSize, narBytes);\n  if (held) yield held;\n  else if (req.compression === "zstd") {\n    const empty = import_node_zlib.default.zstdCompressSync(Buffer.alloc(0));\n    fileHash.update(empty);\n    fileSize += empty.length;\n    yield empty;\n  }\n  return { fileHash: fileHash.digest(), fileSize };\n}\nvar CREATE = import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL | import_node_fs3.constants.O_NOFOLLOW;\nvar FILE_MODE = 420;\nvar DIR_MODE = 493;\nfunction* encodeToFile(req, nar, file) {\n  const fd = createExclusive(file.tmp);\n  let open = true;\n  let renamed = false;\n  try {\n    (0, import_node_fs3.fchmodSync)(fd, FILE_MODE);\n    const frames = encodeFrames(req, nar);\n    for (let r = frames.next(); ; r = frames.next()) {\n      if (!r.done) {\n        writeAll(fd, r.value);\n        release(r.value);\n        yield;\n        continue;\n      }\n      open = false;\n      (0, import_node_fs3.closeSync)(fd);\n      (0, import_node_fs3.renameSync)(file.tmp, file.final);\n      renamed = true;\n      return r.value;\n    }\n  } finally {\n    if (open) (0, import_node_fs3.closeSync)(fd);\n    if (!renamed) (0, import_node_fs3.rmSync)(file.tmp, { force: true });\n  }\n}\nfunction encodeToFileNow(req, nar, file) {\n  const steps = encodeToFile(req, nar, file);\n  for (; ; ) {\n    const r = steps.next();\n    if (r.done) return r.value;\n  }\n}\nfunction createExclusive(tmp) {\n  try {\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  } catch (err) {\n    if (err.code !== "ENOENT") throw err;\n    const dir = (0, import_node_path.dirname)(tmp);\n    const made = (0, import_node_fs3.mkdirSync)(dir, { recursive: true });\n    if (made !== void 0) for (let d = dir; d.length >= made.length; d = (0, import_node_path.dirname)(d)) (0, import_node_fs3.chmodSync)(d, DIR_MODE);\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  }\n}\n\n// src/push/encoder-thread.ts\nvar WINDOW = 2;\nvar chunks = new ChunkPool(FRAME);\nvar tasks = /* @__PURE__ */ new Map();\nfunction errorReply(id, err) {\n  const e = err;\n  return {\n    id,\n    error: { name: e.name, message: e.message, storePath: e.storePath, expectedSize: e.expectedSize, actualSize: e.actualSize }\n  };\n}\nvar source = (p, hint, size) => narChunks(p, hint, size, chunks);\nfunction writeFile(id, req) {\n  try {\n    import_node_worker_threads.parentPort.postMessage({ id, done: encodeToFileNow(req, source, req.file) });\n  } catch (err) {\n    import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n  }\n}\nfunction pump(id) {\n  const task = tasks.get(id);\n  while (task && task.inFlight < WINDOW) {\n    let r;\n    try {\n      r = task.gen.next();\n    } catch (err) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n      return;\n    }\n    if (r.done) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage({ id, done: r.value });\n      return;\n    }\n    const piece = r.value;\n    const owns = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;\n    import_node_worker_threads.parentPort.postMessage({ id, piece }, owns ? [piece.buffer] : []);\n    task.inFlight++;\n  }\n}\nimport_node_worker_threads.parentPort.on("message", (m) => {\n  if (m.op === "start" && m.req.file) return writeFile(m.id, m.req);\n  if (m.op === "start") tasks.set(m.id, { gen: encodeFrames(m.req, source), inFlight: 0 });\n  const task = tasks.get(m.id);\n  if (!task) return;\n  if (m.op === "cancel") {\n    task.gen.return(void 0);\n    tasks.delete(m.id);\n    return;\n  }\n  if (m.op === "took") task.inFlight--;\n  pump(m.id);\n});\n', lanes - 1, void 0, inline);
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
