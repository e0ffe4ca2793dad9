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
  const program = brotliDecompressSync(Buffer.from("mw/iFVfQOewYCFfj9dy2pSghp4QlgMURlswCTq/9/xjiq4Ak0Z6IJfD/P8a872vyRcEwA6us1tlml0jdd56SgFgplVBVVdX0ZDJGegdtEgBUQBD//XbbHKKwECJSyhAUlEiGhMCBt7DnUPJRG3WcQzebgS6FLNeiVZf1uR/BFt1kCCXwxXeMsIA8eWKfeZoYTcXrch0krwvWtjZyQOSzkLGJsG7KN429S8c4TtsFgnfwUEqJorjNUXj3WWp4Ih1LUaHdd2BBMAQLl0NQl5m9sGZE3HOKlDeOcfWmPVJ7pItHKoJ4FzV1K8IYXUho5mTcz7ISRi2j6RckrF5hr4QzOc5ISsmprg8JB/nBobdwEI+davETMtrJvK49OXf6hXpFmteAHtLkdN6GhDt0bHwVKMdTyrqTKrKZ1Fc1yx5Kv4YiWdEcNx/KzSe1H5GMrlC9rSaFQjxktoDenhP9ciQeAxPiqo733hMeR7v+uD7iY3i4fPXp2Ph2CATiUeoSFfloaZfD3seoiILp9RQqx3ab4m18qH48/n6bRv/ov0T6fdNHLgnwLzHubX9Vd1WuQoQAuIioatHgyDStTVRknC7lCNMrOTFEjAdRTOlzW/skEs6Ms+DoyHSi4ryKC854tRvR3sR2F+Whpez2mdf5RdLb7kQg6YPm7xj8Bv3pf76q/fe+nz8et8vwMcIFixWMYWxpfsWbLRWZISiJshBZoEaglALrsqX1n8+rkZVYAiGBnb3wwXiuw7M59pTEsYAJa5u4wE6822GIqjHMr1FdG+arTISLiiRSSP//+2v2//35CukGQxGXaiuPK8d2d58yOzAQJdWMQCjBrcQHgeqqqh35HqGoANgK4JIXFOeOB+L1Vb//+l0JuoygA6YVgsOz9fXmRRzFlmNuYjOw5OThioS38JdW7TvSAX6782SjcEmEqz9/P7///flyMs6Ovb2bSvC+Hgixcq1oScA+B2OIEBVCOcHadnfhK619+TjWCw0xrfwk6rFVK7SOvVAxstc9LlC4+P/2S11tf3jCuvQkFclxeeeQqT3Thv84QBCp7vuqtXJTxCeHdo7xE1QAtHqmv7dE1Dq0lpyNPe75gEXh/aUvPZzqq+pXVUtoE4l54qcVHAvjw7uXUnkaQudJ5cX2vJpl9foO/rWXg3kvKEp2KRZFhqRd6FfgpJVt92EHrrgPrF9L/Tpde7RRVdi/pj2RjRiwzBiBikZyKtXbGH86WVamlq8vLztIcpCmyj/n32X5ng4khsAGsIXqHi5I29frsv/7+eIya4sNM8yFjGPCvky5GtSU3iGpqXkzy8nh7Jf5ff2W2KuRCqzHHIrayjKHnY3n1rSzl4WI3QUWO9Bmq2psHKX96n1X/f/+fJ1Qd2xnTWelhpQNTDl6FcbA4OF5LcN9aBVCY2cbLW6LcIme9V5EQa1hytKGqG8CXB6F3KDMP+/3qtbXL89P2zUpcnSFV2U5xWvLTUpynQ+cAUmY0wxgRDHJ+r7+ftP6RyRIblM77ExiszV97cuHYEKonfGSoy0vtZK8aisS0dPhBf6SjHEJrAqLETvkdl9ACSRWobHxD7qYypLqQkLfF35yQiMuwYxbdl1ARV3WVUH5/+/7n/ZKvlAEG/2NcZGLZIIEBCHvM4UKIty919qz69rPZ39Xvar6jYJRkyA5Go5DaLfnmntf+wr9TKFZBuwBkNAXzTckuqXBbsm3k7eRyxTk3iWJcgXJAeUgz6HohwoVRKH8//f9z/psM5CFSvxKau1x0PDoVWUm8pOVrZRNWm14GfvsdebPJ+7jRyAiWFDBEkCO/im+KtGt91xzrX3uPefeh3giUEBEZOqqL3S10Jb06Onh0/Gltnz65waSPQItq6hNGib/V9VcrU9c7ettPclGrgAENzptGTNqFQgIT5QsX6uFAKjO85EpvTJ17MOabbjMW/z/V7UqZRMlaqzPIglk9TiXTRSVgP9wZ0CDM6JMe41Z48y/733UAB9QLwmqZ4tsV6M1NjI23Tj0aTz/60zn0tb1QBx239YrcmT3tydZlgzTgfRF+4KUtmzjB2xHIEhr8NKvqgSMLEI9langPhj+0pNydqtr7JuaMGz/v71ZUm1MbBmaya/XqQeggTaz8aiq3r9HrU05/Pfr13uK3RN7s2ZzFFrLCZsynwHEgeFf5SQN0rDFZstMbf//TbWaEJB6qeY4F+SbZCRRFHuH3es0s0m+2bDwi2+W9jSpltprjY1tWu/fd18BqA/QFEh5rjdJEBWk3nMAaYx6jff7pizLn0loRSKxSIRqTSpmE3j7ZxPe24V+paoTtpRuu9QnxWl38P2/P/1K9RoGVz5Z+kH2oBxNlriX5GriLNa5Vftc0/ssDaFfqfVLb69AAh9BFq/RYVyWn9E+/DcuyQhidb/u3ZuZnqPkMD4J4cn+wIC5FKhS5u2/iurmtG9fzS4K7aeTtPNcBbfi4Sz1U+nhVrtAWasSfxgcxTvdoXttgAyYCehSSe3/AdDMBLC8uGuaVX4PnYlsN0vbRvI8GN0jW1l0W4QOHV6UNjTeYoQ0pTHyfnrgyZ/OVlYhCRI53TXVnnlJJWPJNe28L35fcUiMRJiFGi0ScLiUdpqTX/2xvh7aogsfmbE0yd43VIqz5HQ7cpED2DoPaHtl6f/LIbfvi1WS4pk5LEkIMbZpgS76ULmGATuvlvhBTzjBGhbW4Wuv3q3dXru2km7BGMM/hBACZu9+2OrpZabV/mrr7rYcRVEUR4AQIJndhrj/q27qa627+woBQgAKJAU6/f5eNH3KibS1Tbf5CORg+RYd82Ipqv3DCviKlQIg2ikqKec4JGVJ1C/7sp8dTj3P73tvQpqmaZuGlO0QHOJ+xtLHtDXJn+e2Bh6P6wgiGrH3+1U2SYzk0dfXDEIJyFlWIdr07jlM/5PbxnnbNIm0vzYMMFyHMQZ6P4b+05+0aXo3aeru/9UBBhgAAY1GhHk+jr3+x921e6/d1iSZ8vmLUBUQDuwP0///XznN0Js0zf9v14AQYjB2HA8YJPv+WMb/wZJ2XtX6V24gCKIi6ixdXYat/sc5nH1Y7b9sgRCulKaBuor9VmNZC5qLJaBVxzCNMfik173vGROZWh1zkJbRjSQzZiaft4Ub6HW8KjIWIWs9G9RS/XPH9mNM/Qwwu8tUxjtElgbPX9Px4Ymh86XdZPWPgHCcGOJ80oXXMO3pyxnbybNja/f/SNAcp9CFAEOz15jWl+RyLZeZ+Y/UhS4ahQXBKPjLN21I7aTDWvgTAU9OUhvnVPeGgOE0vUk6eIfES0n1Nv+HOEt71slLgaSRmWShg9BjTI1LvC6r9EdgHzLM6InpiPr+u/cg+vXcsWJZwQrw1u1K8XMsv5LIHtTIXmWcpzzsnUTLtPwVIsaG1rMMSko3hUV524av9XUK6W6cJnPTWydGiL8NktB7f/Nt+T6HnIRjfhdL1gxkFSRRj12H2r/ovf6RVUnBNsYZi3CL56QJJmNafw8HhLB87ZIvMdxPj5MMxrJvfZ/EvXawfGLlBNDfqRSFcL1kG6yEfzYdSiSkwnxZTb3vAUjhRxB4467O9PySjqU5YKPlX8Zr2Si8W7vX/IF4Uc9AhXzzHmKncsg+EQRWwyzzz7XSD4A2IztQ2MC9Qx/EAnvLJ270p6Oc9AKrjFbRD566fXfCwH20mVvEPkTG595m9EP71Nnz/VMA67EkwQ1aj5v4/DNJ1c0ICJYdKJOSF/d8W5kAh7Ej9p/OVuY22NHlv4XM2f8Uf6wJVGz/Unci52r/L0Q9SbqBHKT/vJbbX7Lcjhnw80hw+G9eKw2c1UTM+PxLEW23mQHcJV72Tt+2r8vrfd1qLKHIgylNsKmyjCSeQYOfoTVBvQEleKIG0HG5LJlk2RdB8l2+r5d3QVGQdW88YJpELPaETfCwHX2mANQQchZJEMn6PRmWRV4iBXoOl0w4li4NABph3Gr/LuyoeOUZKXufbNTU2dbM3nA8QWpQRKI44cgRWMJ1s6rC3fUyqVwDqDQhqyWlrpVIRKuTbFH6/jBAyLiZyTmaS5AL0ZzM19x4oeC7Jvgbjlpee4ILewPzupPbqdiaQ2as3FH3wF/PxV5oALdhAo6E7LoTTnTDLvoD6V94uIeHt5nmfIMxohCxkszxSXq+0yBxzf1VPfCT9bDSMaLjGjS0e93ZDx7UVHvexqu+XybrPZgqAYF1v5+pbU7q1EOaVjrfK2gd9weMVGdT98lgzdGCVtIijJ/WcUbxl5OE2YSN75e/OECyymuZtvy6JvhcBurZgEFyTnlkSskItW+7iaJzr8Dd9zdN/LB+H6Z5eMbOWJmeLJjIBMNhloVKn4oqtbfztCbGTyfp77xHD+1rGjX/o8b3Iaa5Se+VUqg7hSXx8qSsRPx3ouwca09XzWaK6oEk+5Q8zzB1zxP0A/ydMvY43GylLnCBkustR1+lv+DVkns37kvRjIrOlWhJ6ABa9RfdIjfyp2hvUdvwAESWYwqePmSBfLMkQjotNDwEqsb0uu4CvTR/iAaxc42Vlj6S+xeEJs1z3/it23nulUBwi2BhgLVzDt4+7ZyyiqVKyMc8dqzyENI/TcPX4HVItN9PG2pfeh3bTbrZp76f9eNyV8flVW/KT1Pv/4NI+/vO7dS81GIfelSfcB1v9tF/LlE0SyGpksibeF8mUZz9r7hDdtRs2rPtP1trw39KQ+4Cf7nk9WG/EOp40B3idG8NWS4hKDcRp/MU33DCZlsjzFt8LIqda5dQugilOlyU2joMVApEaDhAhBEuMjsQ/msXrMAyLzUo2Ld1ctQ/CIqfSSizCfE2lbYiakXkeT0WfMCmZh4gMXb/BoI9T3z6V8oyt8CT0r9INCP9eo2xvgcMUKw5yyGdmPII53X7zPw1xyPeNEKSndOqN1qpDXNSvzk6fm6QrxjaIXfNOM3dDN1kGULA10+ezXiCjvOkO77cvQZ2nWbr7521jn6uyM0ZrnkeDtnoWNQ234gkzX3ZtiepzIL4SH4+4nYEAezhrjI4L5NOCqE9/puCZWaYfPDin76QxzolaVyregl1XTFofWlX3cILHx8B4b+9xJZxbCwEMiU52hef/fz9m9zNmxt6KYCW47Spbb5d55IasM7OAc/WZlyNW+WNtv6lgAinGmgoogzyB4IZw8lzDh+/k9M6tQmvGixevTSMLGst9p8pAf+vAbUKEG87xFf59Ou6Qw+d2kwuWicvGXVxDPJ/tO5jWjQa6120obTElfGSAzjmbzePITde/ImAWv+iTQ+vl6/+z/So5RdtUtflmWJj/ao2sE++naql1VEVvjHPH8FmMabJmDcMHRpmDLRJOQMsUu7akEe6pLjMB3UMdT7S91wspM25XVRj73ydEdMnKjdDKzXwTjKnt+QOOlow4rNEf1bhp6TyV8mdAz6s80J/YulLzX+G579+jstNsabqzK0jmy8Ft73/P0CWwiwUSyEX5fjE9Mrn58PrOInGvVqz0W4yqFcDZB1gXhvh6sE3vgaQaSNF7Nw1m7p8j4GoVTjukWs4dcudh+m6xrt8Zf8m9Pfg0PZaiex+Wt1GufgLZ/9V3Exj9abTjV1KLI2HmxiLLq/8p8xEBr1xxcOhTZvKOYQGMKrm2DuHdnIiCA8xj/1NG1EhIQ1xl5uLur/+89cJF8H6VCOYMQbrKJNHX6hxSk6GPGyS2HgXieDSMX7W/CQ1k98t9bvdf/Ujfv9wmD8lbmrqYsMGeHnh1LBlSUJzFyr7jISef6LeANhIO3VmJUyuOn8S9nKWJJ115s6Y+pV1ZnNWzaI0X6kSbmKG42BjYSHe0v3Bk0gUXGFNNpstda31lNCtyjDzRbleAtBoCk1XDfv7WFw/U8u5SZ10abBnQMAAZhJrPF3xa8aWcIpDK7dYGFpGo/LITP6fYalrAf8aEPGzAhPqLGh+DRG+Jr/cq8ljkNMMcftHWvc3AnWWkSzQxgcnSjvYwhLm2CwVDyM/o1HWRgJu57oCeCB9SYQS9ZRuCmpPrhpktnHqdoVu9PBoRSaS4A1SlcB/9buyGfvqQ6UlLBACluSaqY9E+YPyHmtoX2tFhEETTJ3i3IHMv68SBwaa73FpLsa1kxqYo0CnCREjorAfTogPLpxzT0YysCPtienyvO2RQcJExupEXmh2JSyDZcoCuWGQF5YOisZXCpfMe02h9GoqQ1sO3ZcyAfivV73FgvqA3QKkqbJ65PnQ3e4DHMVdlsRLooGoydG1tMZ5oX+S3+2XzzBH3e+18twefMWvH2MM0WqU9b163kiKGRFQu6D/9t+nk+4lt97E3+6lN4da/Svx+QCBaf6EQQmZmm67oQ9f9La4Z8nG0x0C/PsDeW0zLS92+H79prbfjZWqGJs7J5ucqdcR8YZWbeLxWkXAQWGEaBigtQ+KhhTzCIAJn+PfiF/6c4jgL8kR0StSqia8ZI4la6c6SpMVn9+qBEy5PCj39djLLK2nP5ZQSUu9T1jN8KzDyMxerWX4DAYxfMnYgTY+wtyDLg8XYeeWnEBMI2kf2q+SzdTbk+rMgspkXFttH50Ms1TrndTg8+ScFz9NprZyLiPspCjhzLWDQ4vjSwNE8YfTiVPmdiUaBL4uPuY6SR2iNZmKdHRMAEIoy9JNcd0RKyTCQco+NvtWTAf44RyUJMKHOxQEKDSABPZ7QOy63CZnP5Wkla5t7pn5TXpMO39SQOp0VanrdfXoIEHFSdkTE+P6L4cwe6xX/7gTx9fL+OXhwn4tOsD6dVXwjLWTNIhGrlFk7l/ZUdEXtYTZ6e4EHx1+3LYA8yM3YzYr7BNwBTwuWWS2Hsio49dras6q7zAImW2IoiqfVb6nAHJxUF7BK0/454r+dF6ePRKy32YMMwdOtlNcEvXwakBMe6eL76fXa49xeRYhYlB/D+DJBvezJlDQvAYXafhOJvY+6Tv8rr/P4kzrzybj2+oFS1pwKEOGF6hcYHUtQrUjlbdYVm10/w/zShGvMbuEUse7k6gQUbBjcuiZLunp4ABEh1tw07hYL3QMitp2zBN3Yoe8ihCHWiqKgiJyuDSMRTYOzfCSopfF0YrsiHZsnOOQsl89v9/wT6pzyFx6GhR1hikn+4ZHCO3qghQalWkWRJA3HA9gmxJ9nXTTd7vUTtfOMt946tuxN85lSNujaYXXaRKPTHPka59AU5ewz17Z0EmUt27UUGfaPFGloi4RO9f6oMg6LImkyoRg6Zp3meQyHZL1obgAM3VOflpgjQYLfFN9XLVRM5Z3RDfTYoflwQN96Ymr5PZ1V/63hgGnIC1oAN9DZBIOiKI3dALHK8hDmrMetglbVMGRWuyItbYwHjGthAC2YyhTEN7o8P3OiSt41rc+bfDWzu1Q5tdNc720TUXcMTxfi9hkGCmYc1ZXE6if9h7EE0b2P001P6Wnb47r4LjfCiMukOpgdfmWFGklNIfyfN9rR+lxGSe96mnJT9QONVi3FyyaIcd71Sof3vrugu11c54Sq7FZufuSj1+Cy/QDoSyvVOibfV68Fig13Z6Kfp+HcR1TAiSPD1GUCi0zZi0mnXU36NmyDp9/yL8MSVmFmmkDxozytwBz2UC2lHDRUt85lco/qZ3kuhQLWOjolc+XRUESa2QPS7F3lsE+k4EW6mKUYwKTM0X50RWxiaYqGuTe78e1EEKBf0IoywaeAGFFDm5n73K7/qECZhFQLkap4O1x7M3TJ06+0w6gyTT6u60EBEHy+2njvNJwQNqVBXZhUeKkNjU12drempqrx5Dp24wC0kfTrkGFb/TOzLqfiiYpue0X09BL2WykXATs3035X8wlwiebR+0Z14TH6rMgtTdPjn6zh0lN/onERKk/P+Q3H/o2XeOlCVMigSIc0F6nBfmLObZr/rxukAAFjlIhwV86DG+785Wte+RuS/RKIuvUmhZMVw+1Wns/tcforhLHvb7x00bfAMTJ4+f442mJOxyD6r4K8V7DN2vinTwp/dtzK3pNaC32LmbrWCwRfUKi2MVz700trvtBgjrx8JftW0ZxyuGvK/JKI9cP2v1MlDH4K/uuETjkCjpvNqX+YP18JxWpxUQ6fuF5A9zhawL+AdTV0LeD6akWwq2r8/FSxnLO2rYntmUq6OaSmbFQqQgsLPQOpwB0HzTeKb0LkA+nSpsJlsBijI511LFhiR6W3TaFB6b+P1m1Y6p882O5H7z+AF70pQv+NbZ4jgzDf2NCD15qfjfguonjtCbDTmpRUaBKStMjOKKuj5FcsN9YUCFHXxOUaFuZbC76YguZ3Sn+eLZtxE+g/3YCYLe24M720sC6xII9k6dnAaVCfo3CNWw/YTdDstViGDYXof40z2405hjRR1OQOQpqbXO1PbDdqHAyD2NWhi+Ls38GqPdAa9FUxEF7LP5b1O4+bOBzpSe8FUXk32zKdlYVe74w9sMzftlTn8SMnl9bfpCmRbgiE7eWGLr5263rdCxx6rZekieAWLvaIr3Dhv87BLJv/LwTX5SB529Zxq+vygw933uX9WfVaLBck7p/uAh5RbPIP3mLlONt829SP2UsvJAUDYB1obUFxgoz78Cwf/n3fDrU+U9iyujf3OnDv4OOtu/cBYLPt28d25h+vlUiBV4GWgV0mWRjQX9bD083AWUrwPols7vmK7vmOJ7fNVZy4UWJ1gxqPW2DMMuqniEnTt0ApCI2EaNsQM+zQKTpG4mE7pmM5+93LQSiqRTNsG8PsvOp6v+YRV91SbpxUoD7FLa8GutdLE3qyXKEgHX9P9RV1f7VI4YaP2N3BLqh2vp5xXtOSUshuUGnUfiPG6XVKnZM5qS8FHhL3KsPJesnjJtnTfUb0XiGbWL8dfWkZ/J6bpQZKwa6+gA02xBsq6ZCyqM9UTMpPrXqu2C/WopcTZeP1N+lA8zaRJD3DU2mJff6mTpoC1uTTXPUs9FFCepVrqhwf/JA2ulKtZFZb+1zYbwJaX6vw2B1+eeTCuVg3Zo/cfTxAFr8xvuU8mqiDCDYYGWQ3jbeOuVs5fWlOuhg/WGWY+jmIc8dM8LWC7tmMKXkLH78NdAXI3nZrLHmozGfdEjWlG43ixJmD1GUUiebqGxUxXqcNMQsoZNWxBMnAAzUns0B9J+6JUwUX2GvVPOeO/5Ma2g2eR/mTCUCyoTAVpSsi9YA2KmEHYp6T0TBl6lEQCXoAFirthFdg2fWeFcZCgfoJ0YNBjdF0E8Y+gUoO8ddC1TvQKRl0BepQmpNpr9xeBpGOO6o2v7O7QE3HxyGPWMHHLlXYhbcrFQj4BLnsFSv0VJiIxa8BmxQ8PwtMysi+uUFkdcgZsTfoiT4OCEvckt8p5R0f5BgEFW2lkYMtMGYsxb/ghYF0jwHMmJamsUxDLSFHEdR44qHNIGYpNIKRiFpO3d5pM5lK89UI/PTOt0/m+ABliZWWeIsq5fkzkuKZ6RWnfswK9uRt+dpHwTm4RLtEaU8uig+O8WNqQAqgYtvD+Oo7F0apM2PVlAONjyGssF53qBXNlDKOlm+PZPHD+s1Whxxln8EgQuUmUA93M11vBa1Aebw7YnMKaY26C1725O3u9sSbh7tMwiTjiQ7kDoM0hd+G1zU3tfqmCPNCSCP8F+id+5jY4ynCmOCZ/6iSMSHRuqoH+quOvprFJEEWvD0I4f9DTv/G+ASFjvS9SmvsePzZ358XR3vhvFLfHyH2M7XVShNecF6XZvgGK4nRZ06oz+JIFKIs1AiWJFvtaBtPd9nB1tE2HP/68nxDFd6m3cBHPTKXIPfRMrm4ugeenZCoG+Wi/34lvqRH1rM9AMPV4Qi7bk5OpkPjAhJ2ee/aSdH2MfMv31Bb9ovVTtHwrxCRi1UYD9XICMshhLZYe1gqpTWA/+t9pdNbqIk9FivTtHxY/VbbDFvMcDSBPJKHOncOW35JSPcaNu2zOkTSC1NVXTuUSS2RWYHE/tTzzJWwjRpGI7+ob5V9ifxR0oCWQf8pxruHFCoxoJ4eWJiJSBHMRLHdnMm48PY0FZypSuXmzprIPUg6dcHky7yYR9tSTG1tsjIRvSfF1jRd2Q/PoffkM0I4+4ys5UU2O6GNK6zVu7a0/xCuykm9Pnk9PPQB0HQ4lGZarHMmJuEESxscXvNKjgZt1UlAZYUNPOcXYWxZvVbaO8gNlh//IOlkaJUZ0/lsXLvwEnOjDT1Cou0xuA90Ynb7GmE9ogKw7IJCXLua7SxpRCwmFuWJtiOZD8kXyy4DcouzeZ6QaOwNkmKHjtqTA06jqwXg5zGXzrZ/kASiulzEr45A+01KynddCgZBxiAV6CYPbsWvBxgWzAaTBZ8ZMVWOnq6ioWkXMdEeqw+NpKdIkZ6S7gHBKeFoh4hdUiVQlMsLSBc1QiLjCfkxPYAWOgf3JnZ8dWXDTEbKIxl8xdYDX2v7wQ2r2ErgFiiIiz5YpiVDquR+ztFQwMTtmpHam5BT2SEBFJEO+7j0lqeIIEJZuwcIMfVk64u/F0IR0bt1Lyl9dblYGsUXA2kZhF4L41LXhAdRSqC9rRfcILTjubbIRXphMUMB3uIxh3oydqv1rfcEasuZ2OXh6Bw6heZ0ofMItNcNjszzk4U2YwH5B96p1tv28CuYSxSsYuU+6H/hxMmV9lUvdde9oetZmnJHZyVr/vm0FsNlicVBKduT2p6d+x/I4MPLCE23LgTxoe398wZw2akLHt+zlVtFLI8KSWbzTSrZrx5hU/sd5rprSNGnOJ9HxuN7bU+YNxKglGqcGa+f3H0GRkjYq2WScFrsod2oyktRthx7Bfu08u89fan5VMuCWYrl7wmdYwQjxXFLrEiUXv85oiHphk+rtloc6JqkEantT6DPtJl2wWD51YPbLo5hLuq9VWfN4nJNpkvDuH5nj/uQE3x+0fGkjVcz4iq7X5HfegmkNGmjnI2SMQuuw8jWCPOKxNObxEfGww8IzLlLku3U1w7JjcsgRPIxh94xgiVW7Gj19Z16qvGqb9BS5uHD9qjy91JO136R5NeKgxgpcJBxJpy2KNU3EzEhrpH7g8axTV6S6a79Mzqie/+w6aHrIBFupuRJVOLJUb5iPgBTL/t0dBypfsJHGe4fQKlZfPFq0XrDu/nBqmM7JB2jHIQY1a7Kg1esuSYavnPC3iuOqC5eUvE08YCsmG21Ihkzg9hNfuWuKIc5dMh/QeU7HqS1K2AMVHHct+idKs8yoTgIpeIfYgFDpt3irC0+wuAq9MsEt+Kowfgxk6XDV1/2Nqj+/aD3ry8h8eX7OH7xRTtXbunCAz0kv4NV4gbU2xePABA7y7uBvBViTvNceMD8QZS+1VfuMMiGExrAJF2Gp1b4oaS/FlAq0A7jJlRwb7w3g4q2E4Vgm6jOBG6qjt0m9yY3wAAwxMcgronIcHPS/r0Sgwg3KkMWJQRpH3Btte0BZMY6xGEcu+P7Y5fMx1Q/Da9aL3sCoXpHAes/fzAZKvz1USx6T8fF/UM1Lec4v624/Smi95cm6x9XwbBXlF6hyHYtqy87BX9sFfwjuQL6ntmllfxaLP26eFNSQb62qSS/cEs4rCA0WbGk1labojkXEZSd5l8aecdDLhWkxMUlLD1BqShXJIlOdmeraIF44NfmtRElfYsdGF87hJV+uGb/GP7NvRJjnAHBxFsyywqGn79FRpGPyio9h4jm53tX9H+NPDQRNQ+6pVWOenC4wT+upF6zf2027itfe81vRU7gUrUtl5Asvw94ERbuqgXwvQL5Tb5GNpsSUHSeKpZvr+5aF8MlI5l+3u1zGGESeD59EvuS7Bs0563+euPO66PJF8xUQn2dlz+aArwWw65w6ad2hv4nQ1qoAAGB3EcaU5RVTSNqgirM4v4jWsabbOpWZ4onjC0xBd12RuAFzQwCqPTe80szW7aqNq4ofl/SMJs4ccsjlb/vw/jF3+VN85qHJ1IU9480/oHH1d//v30fDvV/qggwD8C1LF+44dN8P7sLI23WEYriTbfbbRWDUo7hBeXcs0EZ16mXCaBsUk6qzIbTa1TAZfmrV0zXnqClf9xahUT8T6K6zYOEBlt76uJ7OwuHWOmiOPEQLgJgLXwTTdwi4JH6fVoEvBt7M8CeOYE7293EXcdE4x8jNqusb2NO/SnYx7UBoz6SYULubpcoi4BG79T5TaTwWlzmXy71jI93CUg4un0PhrszG3aYHQDr2012A52JhdtUC/MBFzNWqxMrdqcXP1Cf9ltGil4F+V5PoTACDtNmoX5sARFE0N83rSf6RyvlwQ08ucqeoNEcOi+7EeorWwHXjcSSXLD7CI/eA0mGnZxFv4oiZPCELo2vD+HMuzxSDqfXutLWOokpY1CYPR3HLhlTXr5lO9f//iX3Y23v7XDozxA86QhI9Bxr0xfn4xxvs+TjgtgH+6+39+yeUv8AfS5sHueeoyAHO91aPNZyYj3aa9Hu88aRwQ6fSpdw+TiD6FgDp61EVuhvCsHxnK/3cWjmSu+FogsPexuFApnHVbehS8A8ELBcOHA0EPhBQAuFKxy1ScwdUY6hG9xZY13VduoYmZdG9J2RLkn18Hppq/Mm+nfNamOho57LcZov27gh3n9rh5s4kYdg/6DlV8mdpPzUrXi+vveLkhOLh30ByrGvZ/7pjjW3Q2qU917pe3Slz/QDruHpy7wy0BewrtqXeA7v7LE6k54/9aTlAeX+OyyJf8ya/K5ez4JzJXcXJ/SbD6nTnR/xffhrp4xrX7/lBEq+ocxBlF6/9e79Iu9Pa2m1rRnIu+fTRFBOreRZCRJbv6Zq56HLhZO8k2Z1w3HEVCiJ7ckWgCXCZVzsruo0eP8UrI5npmNYw1Lbac+20iNkqTyEO4Jm7jHFVf8J5OhgS8mWHxbc6Y2jvXbwm913vmTLjCzKwufMh12EUl2SEA8AWLWJyx84rRwDO7qv/Nf2HcNKn6rVemZZ1nosi2cvurCiZ72PDCZIlnRsDXTwOxCv3xfX7r/E5OHn+XrzX89+iJWD0P1eoum/vx7c1VUYJ3m6w9g3uLS9lfzKdzcsyviZEfP3U3C7mowrZYGc2vM0OYV2yMArW3fI6LMZqIo7UOs7I1EIGjWbELkhheK+Pe5ojBHsOmHFL/kZx5yi0+2AXxWPe7gc03vdnPcSYUOWvGPC/hYPd1B+XNG9EBbC8r+SB6sGaInuPdTSIyBE4IUInEuwbyG2JxeWA1fagNZODHBcC7lw48pS9vzOKpmUtwPKMu9gqme4dlO0w4w/uTCHdrpsuV/mGVIjpVv/Zmz/F9fI/m3/nzKTvfUaB9cdkV8g4E8+iT5cWtu/EmprszXkx9walp8tHibOaW6UnnT1Ktq6EmKkPIXS49/xU50KHzwOv9e0T94V35PMv1miA9W4Wz/bwY0AD4mnD7m4If3zh9z7B9/Kj7+1PrhneWDsX0sXvUj0tNHwOQQTFd5Kww5lNRhyBzop200P79uzh+PWDSRPt3dKWPwn0KRrmWc+lNoRqW6ueAreodY7dxAv+7I/f5MP0X29sv7UGsxBYplT8CLUMwXqidqHibuKdOEhLu7hVCGBMYRYnpSdUnrHf3EcaSXCxLYYFLydTJxCaaD4cjyL6aT3+u6RVHg9/+C4SvZgqJzQtW0s/DRxUJKTSTM7XcaCkUQRFjfyJleKTF2vhjyQpkmRmXOwL58ebaIa4iQc7JBkS8tNmsW4hCitZ925h/ciofXU26ZLYie055v72f7JK9dn+WeFOCy0yFuwP48DO2FpdwjqSPaEIAPUN4jh7P6R8NST2q1Oa/e45xobKXLDC5pREt9+OK58Ml5Gi3IbyQsLQBYYnoaz+IiX2zcraBg39QUrkd479s/KOPWR0nAMoF6E9HOv/CIANP38QV+PUviQX7yKACVhPy6oxBA8CPEidFt/caMPQ8DRlA1YRYXYBouOVbCN+m/7zFP3JqO862M80xzpjG+vZL8hAiQWcCRfU3xgxn589UsyOVmeDEzv7Q1yvP80ZAhbnPhER5bm0VAcndbBexlpgtfPkmfK9gvA+DVnoaX5OIciXlw7a1wQSk+FeF1mF0+HHqDKW5QZa5995ZJqsSOPB89lYsL7xmV8yojY0FCJgNtgkmsW+n/AYEodVRJHcb9F5VamrG3sETUM14zVW97Qgiwp/gCRRCmOYnAXQ7tPW5ehCEBOGswUM/2YWVGHl6ZZ4ed2XPhwmnhVFer8GaKF11YaZeHymy85+kfMAIwxRtRggP4j41HbTzrbO7ugrQ+cEkxlX3FHJ6/T+CgZYIjvv1zkQplZ0GIjFVn3UQkr+ldm1QPiQAV5+rFBLJDfTr6V1wnc4hkRmuLL+UeZVPz1TwALofayeAjoiHYiFmPxx7/pp1Z2SJqUyMOCkmphKyXx1O/SvLyjJRzTjevzqEF7Cifd5V140iBL5u23ASf3a8861cVfadrsxcC6Y9lZKvFiql3K6FcVGfB3S7q+4zkUBjx+Uw/A2Vbv3egx3qd7ds6XEbMe5P2aCnBcbAvCEW5wppK6ZHjghIt/YcwAj0PBe4jpwe2wQbJcDaEadQ+LMo5xMRUn8pyNhHq3QAHIxt/V4BXtpdGUbTWNjw9f1t574odRojKliQmQC4eDY44Ce/rMNL9MGqQZMUDgABSMEEnlFADKYpGY1fqJ1pEQHj5egc5a0f0mVg4TVVEyIskJ4IcY67n4w2inf315SWNdS9Ea8ViVKO8y+gE6TPV2AjCKtl7ydfzzNQelvf0neQhtE2CKrs7iMFay/NVe5/f+Qy8rv0hly5IK57qRgK+Wq/0k52FNEHkNl/AZqSZJQO3uFSblmrav+Up8skyapWILDdHvdRTjKeKlH4bLfq0+KSZf5F+tU160KxyhS36QYi0WEBL96cYSAq5JCKHoOtM5ikypVaBMMN2nbqzXFcLWxIcliZ4EriVHttA59zHlbut4r89Gts07MGNJskhPSfkyos4Sb4axEI4H+HvAV7sUQdHaS5HGMPtgbY9mG8PEJw1pLRXm77zpKjx/AexzGLWm3y/8TNohXGYs0Itibkvuhkl0Lh1Q8aBmDVfCbgxRTh0efkbjFH1NfN0hnCdMbldu6lfZcx3yUZhzvZx74oZVZ9lPuc8KybI6odet3FgJ9nPL2QH26m1yIrmX/jM5NTSOuYiNcmJnl3+PkCip9ARMPYmRu8SCWgeDGqpdiu5frrp9PHjtX1mV/dhIdWXRQNf2mMa8tA+k9xvXLdrtht+8JNGlzxgTdhaZm+ThfKm+IvDYOUtLKm3xvdSwfnSkXXieXfVyQPu7Dh99aHKAqFN/G2Q4YxjWSJoShQ9fNJ/KjWOjlv+7n5uN7P/NcfZza8xYZGtWCof1dYcivn1u8z+7K8Pprxhqe7pbnc3mjzEi2nlmGCLcVx9lVGjVcDnmcO/K+I9hlv9sr1K9lz/N//hM/pU0e8LJYgEpNO68m38GQv8ja/yg9vE4NJaLss6v41sr7psGL1Uycor5Hui68p8In7w8q1x1WP0t3JP6p+mWLZr6d3rajG1Hg0/5HTTLQXuJFqowNxa4iC9v3o/uQdlCWFtJ1Kqtg9ogWPPtgFd2FhT+3plOS+74hrZrR+D6Fv7OoAzmjoyh8zwNCwhiGT9r6MSPzbljQcZm/JmX3Vqn+3lQFJqY/kRI8flLDbeLElPB/CLvdI5fytiRzHR9svPfK8sn7vsoZAydmdT1Yqla+DknMKijT1pH904NwUfya9JHee6ReH1i6gUTBWR8oKHtzB5P4Dvl2RNjT6O9Yp5qZ1Xrx/CQgrxblrLHD4weeftsKIebCWRQAC4SyT2B21z3RlegS4wMu5WoA8sjZOlZQkV38FSdS3/YWrwQ2ZBQMNwB6DhC5WCI3bHi4C+3B2GlFJnJz+LC/Qi7n1YPO28gCISEAQQmUMS+mAVso2IFan9YD4K4vnV9+PbkN6bLU7+3lTRZXpGZbiVc6SZ7Xo7tablAEELIrZ81cm5cJWdtBzyB/gEDEyufa9f6HJe2HXUQQtHfusZD2xEZ6Art5X+suQydSH8W0u2lfBrXU4h8gSifCkOtTrndyBVekh5CjUf54RVqxlfgpaUqGi1jXbbaCm8adqRMakOBLg0arFYeHMSM8TCkzJcLW8st3KrRIUoRxSlAqCA4uvgtwUS4JRfjDUBvZPXbC4sp87RRgm5EWXi33Xh6l6iVxUpDflDIxtErrU+lXyRq7NPS7Ub7NSssuEy9eAjvIW3NeePjq8CGGTpfuPDIX2E73QTr/Qi3uml/R2UBHTnEWembyrLRFj2F2GkdBzWb4+Wtfjn07En/sJFuG0qa40vboXpub9iBxbp84VQh3OFtdhayDqH8EzW7VlPioENsvmKhQXVVWlWDnyVlkCBm99UAGctRt+z9bmtan4x6eHAXrA7mxDeoTqJhyxsC9zA5azPCgDv08lyYL92E9fOlxZZrlojM58mdkvfLrwTznBKGgcP52gYlqGF47wjQ4jdg503Sm9IIVdrMXRGiuaXQmwANtdZY5nnQ5irYImYWyGBvD+pwGmkIUkwGoNH0uFjq34Xg1bn2Bi3QOcIM6kv84fXFSa+1a+wFW3aGfWsbI37Wyd+MeABbKIpfQPnmznsF3yd9U6kRNmQlFCasUvmscvL9QECCcQvwEjp2oXhgc3blAh/PJ9/VKwbO8Ymdm9BGymCu8VJQLT6+31P42xBDdexpcX2yJsbmVLjUCUTLjNz68T9v4xaNFsbI2G+9KRDTGejYp5K0EUKY6Cw5QvLwxU99QgjCFMPgb0UP8m6oXRtOs52eiCWL3ATv77CSIiqblsK8vRL5IVJROFxuNMXKDxCH/QgSQsH2/rFv/6P8FuKMLlp7HP/+RzIwuq+E3LutxMGcOzkJrHjPsF03bfiyj2ShqGFTxs1jt2ogtzDKI3kEDiYRW2QmXfFhZLD/bVkZvqg+hYZcm6tA1u/l/6nZY4xJe35EySzdfZIOmJZub+QSTo2mWPxLj9mrJc5f5s+f7uldjRXOAiMLkbQJw1sVtMtS6pMy/GHDXDCIGIQYhfGgHUM4Jdx5ZZTNmMetaqzmaZNsi6JvkbMC8D616yyerw/D8KfmjqDvxtfQ+g7pavpdI7DUCBmCTbRm6WW5MAbUaVlIOTp4n8KpuMSIyLPKlmAeDWderpprkaTVlv6YMmfXn6+BvbFXxxZ6mk9XKolP7H3Egs9qM+l0lfOiSmkE6yHNugzmOkPvlBy8rPD20h/5mwjyU08f8WNLjcNtZWiVoS5Tr6QUqFt9ZE0sy4357GP+gjd63FBdl5bMYvD6scj0qrzR4twuXJ2Sq4VAB7rbZI6wrhLDmedjMGUy4rtG/aRiTFQQBwI1BB+mgj8Jp3AFzjSDOU9xjbXS28IP3jQytavIMSKhqAuBtDhOxK9D44YDlcZQODZpkH/DJFe2HJqiP+wQsyJ+YRnCvTBD3uTrseLKa1zlOguzatiWQ/6SUfrYk6M5AzZ+okOz07p6ao8rynlS4CUR0OsZ1MRkXZtf4tTzdpiGZTPQcTE+FX7AGREIdNCudTftIBYRnJm0KgLaoot1c09gCgnDKBf4A5ss20F02zP5F7n0EBcQyN7ZwuA9VYdqKUd6k+99dbS6ahI47g3zou6zpINurYdSnX9VgrEe4AIg6MirEejjDosI3Bs70oMGxAek3Fi3+8mEUbM7UUHSVdXk4pbv+9UrGGgy7MBt9bRsx+bcOkBnXbx0AUUanvA5bHByV4QQNEXpLA2D0q/XGCysJX5SZ5qhQas8JLEaqTZUKqNgl7rUodqjBzYPLQNAPXaoXwdLaawcmAWjjztt+1b2/cb+qStQ4qfXR39TPw+w4XnNmWKw+b0C5umhu0H00NMJEhKMEPCdXhCbxGQrB4JBB2tnaZlPFIJ6LYmfDBxYj7okoFGUt/4ziq6loKnISThUdem97RGGGjKxZ8okZhVohuX9hl3iC2xA77pu8vUYXAbT2HwpGluNqj9WkvtUW/yIvbLGil1E1LbBxU5e9LeEizJ9hxSBtyiCbdLpFJ1nII0SDZ+QpFmdyxLrr6VnTsufL24tleHm4qQrhFlxgCM2v45o8idKg7SkQ6Gc6Zraq52qcENYllUA1uYZmL1tgA7eIgVDQrGOML1OC+7Qb0gxACx7t2VahOOGFvEJqta4lAssK/6MmLYn3pB63vT6cArML5DtVNC6CN05jQPOY6uKN+kiBI6amE7c/rcJMj52gMNATHFh5xZqscc6UpTxmUx8VxiRLzJdokPjTfPck5IPk/1SsuVp8+4/mnr184bHEbontoEo7YXd7ObvE+3u28/dhfoniN/0/V8MGlI4vcdcLJUityeezPfn08ueaS3k1nz8dDI40OnnyZ6YkVIcMRNAF3/F+M0llz2V7SzbwIUS3mx2/n4QgMrRsOS8Da5H5IDgmdznP04zqe32WLbT63Nh/akamsCe5OmvMeEGlyBEnlKJ5ueIVye4xsEcI0SBk4s0DqvtKQRd0c9lZWUCbULS4aKvPM1bQZ32QBOrhCiXu3szLtuQ5cg3KFuApzj3CUbqcevPmMW2EDPT6FZBxg5B+gBj3UxgNOEMcLMi77e1CFA3QGc7ajPu2l0/9xt/GL/X5ZmyXlxb54Wjzdfze/F/2r884Www4IDOY7/9KAF6N9x4548btntwTyz2HvEvGVJ7sh74r3csx3xuJPoDfSBbF58OmzdceW2+sXh0/FrH9MeqKCSb89gviscB1ylZoMqlvbrH+GjZ+iJWAv75+mQW+d+qLKH6fL3vBZX0i4kTskUfovUyZAQ4mQJS1ZlRPxCd71NgAZf824AlK8nqYlrd9I0JFlZkuSRCNIOPjQcxwwZghYan9NNnKBjRDkiEAbwtr1PzzFhTisQ5B3YoAJPZxS4dMmOQL5JhIVFsm13V+4RUB8yGyJxL+pdck+YegbsbyMqlGPgwtUa+/ydAGxjTlE9/YYVJ/vkhB/nuPBOMOqDaNpa/wDAXxZQwBxeBoLbQ9TPp26je/ypeYvDDLX5d7JYiX9DHj1xJknmDzIAqQaTszuGJYESHazQe9AhTJNxYgWIVZSVIIagQyRSpAMnSOhAqgnCm578hbeKmaTf3wj7CC80eC7Lg6zR/AVJyVl4D5enYNBSuQl6FR9BeqkchL8fZN4BKh9ErsmDsy6Mkj/XvJHfA2MHGNzPAQWPF0hKCWMj5pDEecFQ2Lsv0sDUF7E2A4ATRJivW1tO87fBf9ROXMsstwA0cFEraKazHulUyaYBhF1U0Yv0QAFntND3DrC3FU3XTWutG3mKAovawyzd4pWHnqIRRc2B8vzhNvfWvfA9xGrex3tw/A/47AfI1Cklf7JIZnBj86jfXKxwcNQqR0LouPt1NRF6+ntgTxjPz8pE+PKfk3ldbGPLRjzxIvsLDvc8bubJScfbTE3fB2BOXydbyDwKkvhR1PzuRPWLsRXAl297k1WnylQIhVwyNzjwUy5+OfDupzLYgM0QWtDLFyxiAHvadjDYp6NKI8trWboqaUz2Det4wPnaG4MrtPTIFSTlW2XHmzmgeJJPoH3hCHyrrCknXBEOgFvcerhBQ94S/a/5a6i2cePkBFVaTEPwPNpQG9sT3hAYLycRhoMTO2MAtgmZE6dI3rg4C68idqrF4fVjE/JZroY7YmGW4eQ7v8VrhZjxAmkx3t9VDPQXmseB8sq+zOirBiA7U6Ovug5HdATAr+LnFcPzPUaaOXZjAGP+xdcq2arWb3HvkHDveK/2DnPEHbIrvSPmNvMs6YWus4FZhhmCCzQ0D/1rGTFyBdttZMhkjRXzUsF7UQZRvV1w0KBubYwDHF5A46KeLy7nxWXi7g7iHkRpePx9e40221pv2UHb57+LBfVKiy2MNUWvGBZKnYs33ejJRzobQEzsgUfuwrW74iGChIFZqK0m6ccx3/EUWzdWnZb7D1OiqtesSHIepOF5DK316Pquifh+++wK1GjXvJG690L5Xr55Xh/yNlwDzCKMUC6bOEA4DRmb/398oSyaRpTNPuRz0OL9wp3/Oonk+rcqwHFYcEYbHywFfQmLsl8SkZFthYvUWCnQ+gvuDfSEfcbLj6Y4JCmKn0P3VI4cjQ6cdG3bgNiokGpXezG65ugVk15X6J5cDczbwYIrBhqi+GyBpgr6aYzO4Cpn0Eos0EZhBssNNNxgkyjsINx9OMvl6f7L7UPqfFtUVxPAt51ETNuv9G//pxV3LsfjrJdmj2fhyKjBOuFJsc7jrBwh2WurqMFGwSOih0cpACFXFQqG6bTKOHJfZac4xDeZpgji1HoJo73iZRuI8ChqPFROfFMVBQXA2OfcIvWu2IGrYwXZpjyl5PWd9wyendYLScmfs5W2N+kJ95z06jrrsHLuOME5V+31NzHIvMckvN5795GN3Usc0gKDcRyXDqymDJ+Dr+fDYMbR4pPO8aywCZAP94FNwITSrnkXCoa+wDi1wDZqy5h5Ks38qLjPGTOiByVoBDrImGS+9SWA9aVK71UkLNQ1xL4PHb3zK8oaiZLdoTXXrPPsLWdqJl4aI4+E6cK0mhYMcE835k4GDZq5xRRB+MC+7cyE+y6QhoXwkTWXaXf4cCqz6sl3aMIuxY/ftpJ4/8lMTeq0NDlchAcV3vQkKfkaGJJtQ0e4W72Eblx8MhtCm7lElSZNCj3nyBkEKgryZr5e5dgabrJSRmS0/tXi1JwcFlD+EFOUQ6YZSwczX0AEC0dmUc/CQaK22i/IFRGig8ZUqwEYvCtPK+4H8ZAIAzg+G4i2TtGJbKZcs9XneSJ0mwIMv63BpbECLEi90KRVeQ17UQxnSIBOsQ2PMCE5Jv8nwvcOI0ijgidZjER64EFAc9o1CU2zodq7U9kKbqxfogwfVp9ohWHBJ6zSOwXqWt5WbEbRduXGRwc5B86qCkMcVldk6vF1ZJUyL2/CH20FqxST/OzoXyb2zqcaTBRO0ZCYXVjNynmGTcwzzld6JAkC7qnnHh6pYE7SSGp2EuZEeer1jBpj18pYltu/2CU47mTUss0azRuuuS9YbFqEvIA8rzaJZQMKnJqRiuggWQe4t6VD/izKIpvbPhVs44Ofhr/6uSVjqyn2st+evHArIrNJw0SaSrnZ//00rdS2V2d3V7gG4r4OUazmWS0pIaQ7ynV2zNZyuJFFj1Wl5DMB77CaVjINn4s9N9qbiPzbNTPdrw/txVlzq4t8uBOzzjkwyv0/Kyx5Nv3ZczZhT/4MvAWxwyikzgGIpSGwXwlNSLL6SLsjcx0X2FJjHiYQ/tsglqwlL6imFGJ9zRQlW2ebRDuCa0AeVFGNxUe8aE3t1gbiL9o0Fm9u0NuOAod1PFo1t1tdG9OsTzMzI8AtrUSfW2yqbkj3JT05ba03eNPGkROddr6Bm/S8le1qOGxFXTCep7HL9yFRQoVs27R9vIaGRrhwU9thBHaC+SJNn2cC8YvFwoqPqs6bm5htvomjAygHt20M8DSOp5KeyppGstbA3Vs8wxUhzPAQ4u4NJP7OKwUOhf96uKp73kttxrb7/KTRru0sYYKAcWQUOmYkbZiJtkbkUoRJdxDU3iPwHD1saVxjfl3JYKwbwn2td/wCk4crVrzfI59DEbMdY9kVfhkA9PSnNYMfdM6W58E1ZdReV5AwexOxrzrb1iFw9YEiLN4DQrs9W/Zu9cK2q5MkbM1aCvb1jSQf9sKqA+LKUMYl+NuuyCpIKj16FAaEtank2oa2SWgucCRzlMadOkt2XS8iH1YwqQA9aJZN/5oUstX68alkTfLKeD+eBhqST7EGDaDmXq1kmKysDWxffXz6Y5GZuttIRsUPzevOp6c102B9icULK53erK2wC2G19CbhoEITqS4BOUDrRXWFis11uYW230NtmcuiCHWHM/pr56Rqgmlj2kBZmbtAV2HTGPnjA74rMqvXXuECG1B+bhG2syclMRiYNIWTsQq+Xqn/6NittmAkvBHKDblnGYF9mF8F6gqbQHIV9tEm9tuKDdd2E22spL/YiAdbcKTTJfNEI8UOp2AUg6ZO6oB6aisiVILUQkliZZvixVyE/fgkPdNvyCvdqzNmg8FJm+9fW4uiO5hYO8OGJfJ9pXDc6xwkofaI3cEGX6J96IfZPm8q2boyipXW0UosPcwohQ1rL+X6M2ekA+ES0LGZKyn0GsUUCDCmYTFLPX7Ft0VCar2rQGlC492CdL121l2SlFfYDrLDPIGiMbkNN8mjuZA83iMU1EZJm4HzIV7Nj/7ESABjyQkOJo9KWmiS6FcViOaQMUoxXKq+tAXdbKoOvj+kykz1yRih0s2hVM054XuYz9AsfobyviFxQqHaVDMdE3JElVWcen/UAOCblFGYsScVfBSYJemqU/dmdpIvV/f8v6B5C9JWDH1LLjIJyayZ1oiv3rwFhzHon+wF8uy6MsuxDN/pPdh7ZBTu/fGe9hyQj6AHAYvgV53I1AgYjChZFSNSQ6xDq/NIKkhdDbvuVJnFtBTqIZOj2oipRUXNGS1vwSHDxpk5RddKbI+Y2uxicC1NleTYPwrTrpwirLfMfJmvJNPL83DKPL8RPJXfpAZ0Bc1slGOaLY5Hcx3D9kd+PZq8/1U1FY/RaofVskaSFm+vlKzZtwjaeje8skh6br6tYXyelzX4eZqKr9yvjfta0KDPIyjectrejHVXxT9i9qj3FP/P+gxjsDalXgG1f/dQZeunZiUycdumJ29yZfLuxHmUmlAaDMNHN1BH2gNrutNVPj4irPDpg3Na+O/h8VGy3VsXOIZ6LlKHcv4eonXdAA7D2hujQkCmnKRIA+s8NUe3nkB1lC+uG3jRzdka2qMSwKOZDhIN81CGkmx/QBdwto8+sh60s5jjuBhmGwmPB2uL9SfJAXfZBA6icirN80W1y6ZsYPV6P7av0V5CarFtLeT2m9jFKE0MDZSN2/LetXzE4j1Z6wPGdUXsj+2HcG9PJvb7HU0OZ+XKJy3SHLNaiRpq6o2dhZFXVWflpjwbvBfK8C+AlThZiZxzSjpGycW3DiWdKs1PaaSa6hcC8LONWirY1XDcwwPVZt1YI3SLXwiQdS23A8xASBuQzmQXqHztgpJkT8ngzJ+2hYaTvcV60K1JcCE4eu6eB7DY2xzz2iYRaY4YqHAWQFYf2ALkcENcN8tW+W/j88I/3FxQ/HRpzCDZtHYuydV/4IJjP9QYmHSactqpVAooEIb4IENemCGCWzSMhSASGB+ABgBoNmrSomigiqaT7TGjuu1oYqsGHElvmPDRwzBSNILOKHiy/gG6okvbEdTwnxysWvBRux2pHeIPo8M/aEHQ3Y7bDGNhTxHGS2ssyYzpMjUZki2fFieFiwv0IIztH9iNz0OZRt+mgmOfB3frAbb7czQH/JCCBsXRTaIXM+HUBy3MznG6GsULRZspUJv4NpzRWxKJ7bDhgoyA+T8kyh1yprPMhVEpQ6Y7iMW6VfLTvewOPwovK/j+ws/eLvbl9qTt2Z+dLD2PE/33Nwccn1ONZ8y8r90qHPmLDbkDD5uEssDLm7ew0wspgPPuNsKg1G/edsJvHyWR4f9121Tkf2spnQlG3cW2VIjceQLKokC+cwI2hP+msaABSLgsN4kXduVpp6bMI9ggtz+W5dZmus06GZunZ5wsb2pkQsnE7IbFOf5TG7EsMXxMgeXv/J1lCSd/TJ/FgkghCW8kHvA1/NJh4oBaKjgc1B1nSAgkVhcIgk4y/IOcDvqggkO9n6ylLAEe69NhHZStP5iDcev3t/iZOHDTrPuCp87xhWaYHCsW077Ycrxx/PJZbLz/KKEVnR49r61+UwlkSgkqtQe36E4TFKBl9wxlQrHi6SKzwytzFHm2q02MAp/IdBHWDM1+CEvIkpbbZxufTHsxtSYyW8pGU7lheil/xNR6XxlMgaw5DsN0lYf8991IGSq1KQasbyhw0MeLdtxOwnDbYRhFPw6Xz619RYodGUGoxo2Uh2Hxw6H8tD8Xp57yUmz1b6v51gIFZFgIR8yWSAxboy6ziI1dY3FfN1ABuElJmTTtk3u8/zQ0TD0dICRDe1+OAfReFmWJYUMsPqwWB5F//ONYhN9AlBss0hf5pWfLRdIlD1aUMt/Rn3+Jb3NdRTS7kB3H7IQlVP10+sgCNvupR3dTy103jnoXZIdwUk4lu0kkrG9W8fBotiUI7ZaalMLnBb7WtE3lbR9dcbxFmpkaGQx3YO7WBcJTNaSc96H4z+ORseSWfSv72HDbH1AYH1ckPglv4AqOtT5HZ2iQEl4EgintQA2ERMgXYCTMBe1quQmcYDyDeKJmm8PkSZmhD4N+OuYWTKXBm2vxiJoTOhdhzEFJhBUqnDp9dC5LnGG50SBzBSVKFdbubeT5QvNHv5bhgObHUT9BiVkveYPJiW6QIs96JOyAbZM4sFYHhmxQ2FPovd5IFyJYKy6o5/WWpp32s6bFkg/ognCVH+bvj++eD4vgVtNO1fRU9c44lGJzUbKZKc6FXTj7qIR3KGmWt3/oJf8GMicpOD5iXMADcHoYXD/sjW+MfDT7YxjMt6Fp+lNrgC07LFsXEcU7z2jVqacICTX42cO+YBEq7bJEZaEfYVn7M3BPubdfDZL5eJNxQgxKEtG4NEat0/Lx1AoNLBJtBp20cqkHKBFX/FTBUeBtOi5xOJ2Cz8esgohAGxak6JYAWwqQqm0JfulKHlBvQRXJ6smB1BTWbY7cQBHN8zg3u1abw44jZZ0wtZubzk1IJokf36TKR3NxkE9uHsBk/5U0hpMBUq28MARSqpEOgm6RIMVovQ2rwWTqURUmHzqe4/Z93u3CbHd+QzZCLAw7dR2yCsexzaZ6w9FbGUT34XjU9yrQRLG50iv3GYR3+/gxZm2kDgtH4vHzMXeIp/LnYwExGuqtikoHVPGg8us4w40gcT7YVsgMXCx7O0aiWEWreiodWcl4dtAgG8ZZWou40bUhI2LgdIZKte/+XS4KZ+KBvYXCcprOVYGBwN467rsl5HsfDW5/pDtUhMMqzM886GNtI+13Ei5pe1/dR9CC2wTZQBwvnL/aaZiBeLmefS+spS0aOtVL/YSuHJihD3LkzOxNTvOacfhYb+qRWPaI7CLFbdDm5w0At7iVhW3nStMPqnAsJ6XnnapavIqMZEDG5aCm0QcpYSvNRocQZmmBV75pxcBBO4UHy0Rzf80UVg8GDgHWqAq2PR2CCcyF+eAfhnOe4BJrttZ4gXoCJShosMEukuKu73P1CXjMWWO274axN3spzHYd8nniL3zUlqC4WfcsnfN1ApHMuuOXnzrGD1h7/FSzwLYTLbyWhHiCZQpZWk1IrEMDRI8yvkA8wDgOOz6M2JYhrC260Gtji7iwvg6xBRz+Bb2QJbJLLcqweckayzVmvirQ/hjl0vLGsa51KtH9aKTK7Mi8mdZCgIDx9Z+sgihlk31xMWWyt9z+ahsVCONb5QDHAaAgMARF2Qran7lGsVq6/DB/E1F3Oaha1e8Eou3hJbJzit63YQQjWhg99Spb3jtMUgiJW76wVBdU6pu+4TbhbeKbvinetI5YzYayMj09QLGggEw2Db8mnQyskFZFf67gEA3GNHDPca4gG6DLF/Pm7VYAomjikPWLZ/a12LhSUczzoFHtNVsUyoyJRSwn623R/uRXbS3qOexOa4x76k+I/F8uAACFMMVmZD/c2uPQg90pkk/A4MOSAZPylphHyjM7N4TRwlFsQuNPlYbTpqKxty4a7gGgtae2gHg0xCtJOD/80FRTF6t2p6IfSmFclrL7uttW4XBYWL6WFnqGdnZUzgKDBH7NDXbHlocpUWeZHnbQvtSd/a2mrCOj5/CM1WbYVPGNqnzVa33VuX50pPm+lcnC31Hnk+XoSCV0Y7Sgyv+RUpwh653WIOZ8p5xJgcm1Za7ARzlLDfYk6QRu9VVYvQn0hT+kWkerg2jZ0rBUYo1k6qqn0VssA8OLfyLpaEDICA71+gcUf8iDqOF060AmfuItnwPESxEV0npBazp+ZI6hZrVEtH1qp11YfzbjVBqv3vuGjxIlyJcqpWNZJmGgUTyGhRaop3Br2hvyexjZhKquaejgqbordpmJdtui5PkyBrBwIVQdm4f+RFAuSzADWlZSjmptv3uqShCdgf0a4Wt6tA8hCD9DYaH8cT+mh8TUuSc/an7J78EwCRvM/FFMwygDRBXwzALuu+amUdustD6CAi6DUR6gU/yDo6L9VghoAn4sB3xmzp6L7E+ZPBvSNrt01bF4qsltAAb0sN+Y1DoccA8lLcFx8I2thSMOZdEuRhxmomcYW4/wfv1rGqwVd5J4rmEVZkn+xUT7vDtU+/k6/sdjaVj8DBr/47HIxach2Z72qeHpE6xrf8tndCegVp6fJFQ9t8IIyeVb9xDjfQmUnicalHMpjGY5qcTejT7TTx337apzVYtgdEPhJHGZgXS3fzwdh5CIew6fEBPuN0rS6zJ8f4ByVaCoEcsrM9mxIepvJEVqDaqLou2UcZcRi08J74B+zPA72EKM+AThWCZxGDf8eKCmf6Cp++epKvcLWAC3lSb+areQ3hjItA4vAP6rNeq333Oo4SF3sw2bgDadb/xzI8s41m5+mKFzazzlJH17adjeutCsTBpoq+td+32t+9V/WPTGfLDg9uc4tld1aG1mD2gxsMtZ6iiaBQ2gP2qyVI2RLjAgn3D4jQ/JleSxlpvv88MokVdqDWWXs8NDNS0jC0yvaWrL0qYHUKToMBcpTnrsb4WUzReIHdz6zT7eV6FlLTp3FRDa5buL8wPH9RAIk5IR5WNN42Ns+Ea1TpRT0MD+RlqNn7KKTtM0H2gflxHFLYn5kBHMI1JzGUtaElXBXKv2AjwWa7LcHWDdHkTMGJKnweQwauEoPLDIzwjGyxwH/ln8JuzAUgFVFWUNSIJ8gr3A1xJfbUk7d8A6yxLayxUvjltf/ajo5jy39Qyn3JUZsXYpzu1dcnWIL+BazUDoO5PQMGMx6mxpizdtZKFCwWBylv5t62U4zLffpsWhUkdbb5H/9ilddN8fNRNm2mFTyQSNwXEBgD/d12VfN8XabB5HkjkRKLtW1ESzfXaiakGk3elwjXylY8s11OoQ5ZxR2HPufoRLjC9HgdsZmxKkE7k55GqeRRy3ipsCTaegYB6miXjBD9+HHbGwDWZlT8ADtj50ynwYU5wNEPyn5YaRvzlPuByaLzZfpBXHezSCq/yZXCB9ASUfp+ko9QKFCCnhUwwQ7fjifeHK8tq5C7DS15QiRCchtI3Ws5spVHCRWd4SeGkxVMRrt9uw0eYZJQCG7paqSYHeyBSK7qAuyqLHh+SYdQt1i8F27h60qTtsfyV8kYpy3GyzFKBdqd7NpCtbOtsOPV+kBNkYneZ+nSxE+CGBuX8lOsqzdnhpXE9KwWFSjYWHaQv5bgL+U77ETT+AorW8A6kb5ey4HavVoLOlzwTuWSnTF+rD7qg2dNfFEZkrRq8SEMFW87oHtNnfJTb2OnHZ5okv7vALsLM/hIrGOTmKIu5BPWmTFrhpwD+v0bWNGiAAI9wkpJH43E8j7mqAhxHspHi0NmWPpoWx5dFmtSf80qvpvb1P9Cl+c3U50Lo+472D9jAtF0NVIO+DM8y6L2WmzMbhQ9w2z9O00gTFcZVBROcoEXwW4LAP3ZT+wLQUEsT9MHlhfDOyz0htKSQi0450RWFymU3Aa4FEYwcMvWEiEGDkwpkSOH5N66yhPMmKTRMQ01wkAOUPytKorY47VsxWbEfno0yczCWj9XnIUajZe4V72IMV/9C5XOkypNryLkKWSNt+n3lalIifgaDD6+Yap2R8DXsEhdS6rGfmcfa058KYATxHlAQD46CiY5lz6fnXLs8DBWfh5b8AYPmvv6gwYVn+wmQPqbEqV8jtCCuT7iEmqs1kZWguPLrm6+OUYny5DCqv3p4hZhAevg0Hl2Vo6TDD1IMXy3zwMzaCFNVhDMkMKJwh4PSkrMYSBXBw15jvx7ZK4VKdVxM3YrSfkCmzazLPd482oMyNwcy5oizXFZ7a5K48moq6BlwjGx8sndaZyzs9evcJCo4SYwvj4ZGaoN00aKznunsH7gpw+SCvARHg3Gxvq266pPepAaDt31nl1bPj5oET9PS/Bp4i6hxjZ94wz6ZmKWNEeUtDUSopcrMIu7aoeUrmbHXtj5xp9dh63QebXe6ammyymcBQyylsrg1Bc+VKKg04n0m+hVnGMuFqz6whwj2BiFUQZ2iVwsjiptxR4NBX24KzhIdiI/5x4EO1HDyrh22J31sDEL7XRlEuG+5QcDJeHUl743b6cR8IBh3YDaSKgimcegEXR7eV8lJHbqZCRmurNxdRmm6I0UnkiIXTMhntj2f7thHHqDazfblppSV9rrG5M3YP2AyKh0xkMvYHwIjVMf96+FCO59mWohMeKlTbFiuUpSP4d2PmosGj7CIiTOzfTWSaPwl+vJgW4+0Lf8r3vN+i5dbXFzXIQSRN56Gyw3mMfGlzNKJvOaRaGuqfAR6x3E4OSIXN9is6CwisaW6xyOnzOWQStYmBfHEkoJy1AoeOTBT3iWNWYcvQXVm+tRrcr7xFU44Ku9eAGHBY4OdSCWYhjk+5uq1VoKH9L7ug9mymw/AAwtORlRtMjB2iYGCDXQ3MymaugePTgTmr0gTVaNtmK4KuQ7WULsAqfgUuRFfYV8VnRe+EDg6XSdqZknrg3N1kUprFyi6LxTYUpzVVjUivF7UIl8ZCD//nP9cScl+Y4yNK4HrO5djbSJccxjqojy35dbOcbG0UnD/X9/xe0Z2N4Ri3wF7Q5FY3TVYQ1HRODSVUc+8XtaIPw4SC/tuxpIfG3qkJsZqieK+QqtpopjAkSsvF+Xge+1a478hNp2sQztB8HDJohhbB6UG4mC/+MkB+d3BG3x9hXaoQyAWjIh0xyJMOlTzak3W99OgUTjZEy/SP/STipyLRaQ2kJwc6FhSoB4aTArOsLZ69Q0cg0v/f1IUQnIUIU8MbjGdHQ7U9zS5pDCphknRdtvJBRY+KsDEWDxOreOlRYSDu1qpzL0C7MfFQfZgrac/ybJMMeUXvSFes1EvleulJvfS7XtRTQQYuNaeuLpp8E2/6T/vc1Q53rWtajL8foLuejlBEW0X0oqewz1Oe6kyh4aagUm8QZ+NKONSW1KuuprbnnoiZz3kcSvPRNb5CGFZvKYGzNDMDTibiWawDCIPzgIkByvtgbUekhvuOINVwXjSKE0XjFiUHReyjAHJlvwPtvF++L7VxblnxGegroWN1qP3nLa54Uzw1UeLAA9lDHPeDdhOaLVeHcNI9hhOwSTNEeNZDVF90oKwVt1NHHKidBg0byVHZYYXiOO785/ANFV+CieHiS5MHbWdpCHZfG6+d10FlWJmTl5cJ1C97D+EFE/llomGxGvdiDllPHzvfMhm8j/dVpgzKD684P8DwqZLLLXrFarotSxuK62W7DoV67Kte5tE0MNYMItrSgp7VQJFG3LDBgCysnkDl5W8mvRJKRSNGpsBOOOAE3XA1ocYCY7JfSKuDBWcNqGmks3DpbwICRgQKGUAblBdIZfSBN6gEJ0iG2kNAdiieogIrAluTKiGlKyb/UiOFoei4yJaZQd0pRUGdM+7G9hBCnDnY/BqYfzC4Lgp4hAIxh4edmYLNWc8EPj/tE42oqTLjD7DJLV+afgaRHw3ne8hcNPaB2JejHcYn5AZyB9Suu6ulO0QHc3+wwjjnw3h2cRJQ0vdEzPY7TOtmKdxXccd78CyGoywdMFok8wAauQ0KBsVzBLuX86Aj5D/IDYwLf51pZiVSHzsRzAd8GlnwR23fis8048EgxX4f/CI2uDOO73XAdZApyySK1ZwHRYNaCHbvAh3hArmBLb8Oyt5n7dGPJySJpthM8CBjphcndzMfkrlrbGITR8LYlS28hHYdGG/mrQACvqxFfWxtNUtCfjDsCLh9rCj9BaQBiVgU4sSeALFiPv2zK6aSIsGOwEKzolF56ffrrDOzhSFh8ACZcZ1tPQmrQ8Niz+rQ6E/WmHEmWiQ9p0Pef3HHR6EETzXaP6wrQZ1ZYIPG6qNt+O0GZKNtmBdQs62C3KCORxfud7SJgvFY07hkwWxTmp7jhSI2QfL5NLOeWuzFxm04lVTiy/7q0NWuIoWzZ2PN4L7RA/ZttyVRHJW283LVeZ6N7R8P+Ki6xY00lWPcQHiMI/urwTXMo752i0/K3/KhWKCh3PaQ8BAt5/mApLIOrSIuGUiIFcGmUIuwwSYBA/AQi2hXWwgs4SPca07pN1NCIQf8BSnigRaHBkS8zLk6kUnbU4hRvt5ZvdOtasptC4bYXo7O9HOzcuCjULsdtDbn0wegtDWSoDDLp3vsOjzWq6Yyu9auF+ErLsThGNkJQtZ3ljiTL9Q9EAYMgdOjrleIOFP5Bl8yQaid37ceIdZ7rhb79NNnvY5EEcqb4RAe8ERRoHAQeB4lv+5aj4rpjIg/lKyLdHe0ico3f54EAD2wQLPAAXG/yIlFDqj0Nip3FtibewIqDIVUvLnDAwe2PiOuQGvVRkEmSFW6LgNIx7GZbaABR0R1+c0lfEg5BbTJETnCFrVwC1SOjWJBxZAaOds4KEGdlOyLPxzHLHtO+BewNM+VgKC5Fd97nPK0rVY46T3dATA5ds38cvYjIqg+92NJeBwSFA8ot1MiIZzuPAMOzY+E7LxkjOF2TpcV0Kd3lev77H060X5THJPtXF5CG4cH5f083ZokTIfJ2voz5gyynrRBpPuRaTAOgJh2pSCpE8oNOF6E2WEowN3u7vbTt0CNCcR7j/0eIEd+hWgEdwtizXWjFd6WbJWxTHWw1Gq/yoZ9fxO8IrcviyJ1TYrRYiDzoDY4fzOBSjMvTa5/d5ZtZXCRW1SqjFreFDsYjB02OswgLUEyA7m8sMjaIJztQ3ftipO+xXzxfMsvlLu3vX9/u+z9G1TaSzm2BTbUL/U07tfYtG37YcuLh/ASebZtWowlIBnpk+Phh1qR5Lr2z36aqoHCFg3NYbrGSO/gSS9/5rk/E5wTX2CQIvyUFH5bee3GkqoWs+LScASDnlzgiKs30opLyRuClDj5c0HcXdHb/SPXLKV0AUiAGnH6MdNxYkJgcdRv5caoJU2wEa/sGzeVwEsOBv3wLFuwd3zEObwzpyDOVO762rbxpD1FKh4peQeCHJZkTIhCoD20CqZrZaqEdKebyptpCX/U6zl+1OLOAAQa/cvTf4GrqvoKTjNZhySIrfEt5o8/mXgKEf8g464UPonhCeRc7Uu8NFWoSAewnd9lkZaVD9nkQU4uzMpt68RWPrOxmxnERHzW6b/W07R1ZRRWkXE4E1VtI9TIr9c9Q0fpEk/DCAmRbmyuJCKSewARBDDyIZM0AhCqHHQ4fcUgghAN/LqHWfhSroWhgiW+KTwChhx37ILFvn0xYpTR8MdXAmZePg6tVGIlb/bPq515kOciAYTDZ5adpVFO/7hx87LDlrPDovmBvUMJXEHjmgZza5V84QyxRzMV/7zLDo6JmxogHx5enr6s+bq7O87p1W+z+WZK4ssZAc0PstNSIV6C/GMrWct87mhfPhPwy/yj3Mun2mSptlNIHdp+Jn2WCm5XXzCFJ0tdPs7abF5gulTiRsJdAWI6kdyLufMMHxjVSOflOdho37FtXmzFD4BvwOOi1ugPTYg0qVdLXsp7UANJbmWz1azSDqQy0sJCkcjRaT1eSKxcYy4S22FelIALLJf1Op0F9/auuYdnk0UYMeWoN+/TIcMTIcfUfzmK3pY5A1ljzjTJKpefX+K7sZ69HJVnO3DKPwHBVxhDdknzeoED1iE2q92yyyE2u5wonD5IAj+lTe0Yg/BQKOLbYi9/+8QxbHlO3MS6cbmCKEY73YxTckt0QgibfuGumjyNCazrrVOklomGjCGopfuEEEnBj5k+ccmz58qKJCXwYKJcIUpEixJTMach/W5kmNxQUKsxt5xt6jYTtlomE2tG9aMJPQHDHKt7lHWI4g4iMx/BKjlpeneaTssKwpRssgmHcabVY/QhM3HBzQo0SCvmOgp3mN/EQ4Bw3HhRhnazaB2HACU3w4Avc1xY4KVyfbV/aWelC8NqwiAZxk257xto3F1GxkG0IQ4cIUqqeMNu3dX+a8lyJ/sziuZuN+bRDJUuJNIMI0bC3PN9mV+kNxluWyVwmMqyuRlNSxiZvfFu5/nTybLVzybyVb/9dYi0nqfczLeRgnbsmAy4L2+wQoCwvV4h2HbHMpp4vAKifUOThzqtQ/y+ozinUwKTiKzNELmhX8rBdCjdHzjyNCNxiBZNN5JX+loLZZY5eJGOtM8nm4ARuk+n8AEosPnfFc6t6de/9HyU2mVzLUdt/TPe/XPqxAUbQZDNYS7U3f6YEb4F4bOFdTwx6W6bkfkE33hgoSwSE26MCelN/+My+hkd8PGW3EUnM60aovxymVD+3xIGTYVyz4+lFwnnCk35//rB6aM65VA6nBcA976gnF6QGNTrl9kQtlC2ABpQaKwwfrkN34BaSlhaauTCiBU9YFpdi24dh26vRgz9HxAUB8Lzfm5jvxCsj9/2D2Cr5mwoGsgLUOnlhtdr/j/keclbTRoh7B+JVhpwX5P8pTW+73PO0ZvEr79G53VNLPMJbE8MvHpbY303c4d/uWAjYKMv/u/u64/9ji0nsOro/I7EGcZajhXqI7RaOs+TW1pymaY5jYpXVvUIrVXwGirZ7vEvi+tYwzNxxOrLMV+4sAsaWLQm3/cJBqmUXT6ITVBTC1f9DDHCpOjUwrTQWywrM5tZhuSqAI9fp5o3yTbweOCA4odbaU8PwO6pbZqMRXOxYZ1AmFrCiHYga8aiXWlctRAmXQhYFMqAQmBzKCHTBTVw5OTZLUAba90WpkcpxjZ9fzGgWl5GZxWZjQ1pRd5ao4EfU+Q9QSVDZR21ErGLpL3xMKNs8hHpl1m5TlpySCq7bF9Fy3CLM6lWjU3SKB3OYT+Y2Wia4TZVCuzHBFaQb8i3vaGo/82/lrN1PB/9/6OV+xxBcT/xxU7ahurZRVnLUwehQNqdusBLh0QpZ7dtY8ZJzowMoaLhxBpjijYPdEkdiiHEZIJ6W3iBvXvJxqX+/lB1xe7SiSTWA9lGj/LurO0AgjL2hnqwJ2NtR2dmzSS45h1zxdV5skE1nRXrOph5QbPMxYQ8mpRr6Z5agTGiTtd7NTRElY51MLNqzmZMd8eG2NgKUtuETXGIVmlBmTHgr7BGj/+OXgD6jCodNX7VmRJEYwtWMUBp4ZUNhbxT1MtKF27Om+3zHjVoUh3IlaAdt8YQ4Dh4Axyubass20hERAflLB0909kg5NyswaUvAIwk+iw5aPnRDR6C5BXeBBSFv2bbZYYvrm9rXKOQ21S62y0nMMpuvj8r7t755GyrbvuBDVmLvX1pPTZWSCkqhwGzxaWt0NpuJhMijbgn/nn6tHQMGgCn1yeuQGQt21cvUUDX1SJApD5uCA+jOiVNMgQ+H91LYXOasIs1vDNYC2P+qYh1gfZVYNr1L6atF8S9Z7wHsjPseggkOl2Sfcrvpf+0VNzK7UziVDF7O42aC5kniiOVXPyjnQYwd5ka97pFpuXbATu/YtZiNF1FUxo//AHkpvRBmMksI379IyL6N0GzkIsStIOq+bD/mLedNwdIATQ799pCBAu0qdN9++e6RL5nsXI8AsdrL7Hy1kv38zKI+QoeQaAjg46gBILSg1Wc4x4ZYi0kCK4iArydFiXzRwcEHc1tvWDv1Obo3I7bbQMas7EDv5WWzOTZtBd2OwEy10DnaTjJguBpFwAoo2w5SDkh30zeN7cYr+lWKhf762y8+j0HpBSJ0DkpOj5uZhs+cuj12fIfMHg6JYqTDGoMasnTcx9x+bHiNPdIUJ3G23HydRLFnQExQPKMogrBXHWQPOYg3YmC5eOIOdWMgRHMELiMNMW8dXuLvHFTIiwVhiUsL0Xhfv3NhET5xb3bSYv8QpMbym7a3P32ntTs//Do30bSHvDb/IFVW/anBcHEbPIsiRnOvPISb6O8YTbZ861CVC07NB8RmYQzMniKfG0zFbCCGkCm3V9o7svuZjBXYEro7Fqr7kav/WY3mWzlCR5jWlqvwdDPpNCBCMXSHSU0XMubJM3ailKrJYrJ1xXwWklj2woMjYp61s24rrZoTsIGOWM5IHKwmEbtePiWJtZL+tPlTVdVarYB3AZzFwyPhesBT/bwhFpDFZCF1umxoSXu2tf8UPM4XADIA3zihrPC7ZpExeCLENBwn8vkqwHcvTP5BW9TQzBGGK0BDRG/DSnclG0qw7vEuP4QAlzXvWX5+uSwGCEfKhLKexvacgSpV04QTVLVo18Ovs74X9JIPr8w8smow2X6DnxQFPZX2yBS/wyetO/3U7OJknbRViotpx3DPa9k+6H8nSe7HwUF8VjmHkd5lRlHbbB2L5Aw8F7kpmp9N95nYMqg8DbR6bjFb/IJooX9MK8ne1z7hpk+y2dzF7bPuRFEcwR4iZtPKg0wakmjq2O0xid+DESdtim77V5QsjG+cndCyoimmXeSy9rWK5C3yiwtmxCIXDL3bvGed6eaXebgZORU+tq4k2DucPuG7R82FN0q+kVHo5Ioq147Ty4BfOwGFCcjEBYiV4j2GmSJcUgCLESPJmYiVU1sFW0nET9JSScldvQexoeUVqBhtdK2wcQy0laGxh4gVoBB+r16T923Pg6U8pzxHmdPlDR4uEgZhvgX6z9dMYp2Cq6NqZXACNLXlGEp2DvYs2bzfTSLhqqLFP51C+p0Et5QrgnAnjsGjePXSBJuBO/ss8OcOFxAx07raOf0kw1ATCBUNt9FVabibZZYR2hRwZDrbhpRLGN3CAzTsyFmf3py7KHw8Fr4lm0mT/cm+z7/L/P888+xxrXPOo4bNc5Q1kySUfet+XbSaqsZfS9nrd72I18CGg3RtkdzkRJox7bp4tFGOsQ+O9BPuDTmVFvMhcGbFg+VV5oCb+v7ui2KioHbGO17co48dBd3ODkTJ6fyifcRd/YQNrqgejXIhI0qTQCdx9YqqeMfzAGlySG6Cu5xfBIYiRBdyLbEaXHjStOKqboVV5mhfoz/IHmPL3mL9gpFu7t/OC23pS2F6hcut0nL46EdsLjciue7TI3PUKMYmrlQu7adk4KT0Oyz23ny6f3X9rZtGzYvdH6hq9+4wzw/ZyZBu0couLVYWFnkewtciFLWOBl2ykoxVN643zKXdXP+1bhLpbFwv7H3spuvLYgHezp8Dqv3RZ62FuhH6ew494n1gVn2CEfICVQbvXItGSLe6q1JdglMeR+ZPLjAkT1/9bkf/B9sT7PiJQxbSGQJ+J/ZEX+LO6SRa1lpOPXmw04tmvuQQ5djxdZofj5tedKMU6Zl5dS3BCBTatkSj2FzBP+DR7Q7BM4ASAmL5iATOEcYOOIp1BWJEFGB985rKfXJg8gvTGiax9bsBllL4XxPi7NCoJFjF6r1qhv7g47INZusILpCcPq4Wq8Tnm87NTVdaXKbJ8kHO97S2j5mOaXJPTkeT/rBJPGIKwy0Z960W/ipeIOMlPXAoNtYJUWca5Y2JBPpqsPr+lmJx08zPnronID23IBaf4ui3N5CsuStmpNt+UPWWlfWf59DBfsRDu6G7Q+oWv7DALQ/OMCrzWapSB/F27HeWJrf96R8HsJ88joiIrAIRasP4g2xr/Th9WCFpzhHlzms8wXqP1RZhjiA049A5wNUruD9R1pkZxrMjOQKuUzJ4vYr7gCM/azVMHSXYIaLKwjagvAx2Onpc3EM4rt12Atc5oY+rFAoKsdzD/hiklD80OW+OF/GbTeHStl83iVwcwdZ8NfNmB63HkgYZTBx9yv7er2iO41CHXf52GMyQzXSecrVsx0t3R6XruXNRyUr7wC9wMoHKs/mUkwY0jb2mn6L22iQs7Mso5/4SyQlBYKSb8rA5QorPqQJnyXZWxRIl0kgXpfp1XdOmX0+1KB4uR+o2tJd2xh5f4Xm2pZDo2lnTFoZ5OJ06BcezQalzqll/wUotpIIkUsvR09WmYlHYS1hIaj3d0veZ6feyrMiW9+SdEnXpj4B8OmV7729PUWfRCe7bjNMnyQ3AdaJLytd4K8HNHSBUMB8ahs05Urmrvayjw0vk+59AWj3S2tEMNrsOKZlCQ5zJWHo6FLvaSZBmVSuW0HFfzApltug77A7LfD+7g4wqzmghpchM1C2GnCSDvW88Qhr3J9hJxjlVpOs0y4VpEGlVgCcU3sxotXWvOGiZ+USmQPVRjttWyUc16pxPs3x2v7pT3GyybXukUGAujXh73fq/tAcBRd0TqLzAPYiLwFy6G1l/8QoFumPU5xxzWQ9P5XcEn9BQB14YyMBnkUsesLeeNTCfQfC1+qXxS9IdL/0FoTRJMEAhmCrtpbzAS5t7EJRGSScIrlET8iDCvkda7RA0ZhwnKjQoMZOZuk3TbvwnjUfYrpCbpXvAkpsyJXxjmksjNQuUfOFG9LY8Fc/ALWlTvueEkhr/5g2whUSP0NrciDUfUSw3TdXGyIeYLyVi4VN5yFqhoO8+B0qwj12RVjasZIxfMYvOF14tA8gsNg1kOk/NAJ0SVXWbuo/is1bnuml8ApGae7L9jTtOytOS+T0Ez5hiZa09HT5Q2/EG1HVX9pxwDztELP/kS7WzouSI7VQj4NnBUub8VfHNRm8sneDLxJc2vSgbfspdgIGUJielUDdLNS8RUOTPAOu31QI1/v83w79kxMsKxcd69Gc7BqTsviY3lN0ih1SPYTSt+FzIj4we8kqFG3J3jxSnPIZVS3VgOLCVTsormdd5VcLp41TnaJqUILe1gb9+B9gYe0vFu0pYcCycm6KQkX34tSRSt1lbOinSR6oxJ+Yo9u83GV6BWKOAaYK9cMILpTI7X2H2FlDH4jznldamPkKOL6iZFlq03NF+cdPe1Xelpv7W7J4TuFivcnN+Ej90XpAq1DaIrJ+PuiJTa1iS9oUAFg5S5nEkDQ3WqDfagdn06xrR6qPNpT+VyTy2mARC/IhuwaQqFfN9wgq+8UFkHg66Im2ZwmzfbJDUOdHKpuf5Lg4f39Y+KOvjQz+GRZQXuNxY/VxHlL5tSQsxh4U7tQWXs3JduRi3Ill8C2HcRtvqSB7YKRZocntNT91f7/N4DvekqPx2AlPJT2JTr+Jjj/ZHzXNvej1U1GGQ977epwXYvnP7s9JS8mI0O3S7YCn91e+GBG6mVBafr5XMu+x2wPvy70iqBxweKHnJ6In7rAOVXg+Xoru4doth0JFl3u1HmJoCMIQCjZS59wxJMfr0MTEvTCIkhpPQ5HG3dsfOFq3EjkvseI/MZ/E6F9LZWa5hSDhpIFnXyWdrPL6enjgOib8d4TmUJl3aZ0E3OJx+TBHJlVe57b5fjxA4zHNzJMwmbRBPwW9Dh/bmzdoWGde3kaW9Dwf0DjKFNLubDRTNonFa5qaE2bW7F4ahoACX+XInSHvnA6JlYbRD/ZjZjfYn3nSoHVJo5rKxaxKW9lGirGOs3tRumZyW9AbezunDEJgKEJGODFrMXAHrP3FOSJATmjcQ2NyfufI+0CI8q50zB0FMfTU4YWKoRi2S0y0rTNH0JSMx0BLu/McA5MujiektxN/0DhzIKEiMqzOvGjPCgrAvqYyg8vwWmeq18ZmDTlNHwQUSk/o6ssKpw7bMQjYImN7xtmPAc7YCyqa6q8cv5TX41NK74Nscp4Z26IwTWfkGt0LiMkd4rHMUfO3g3JbmZep39fN8M0ssQ+TPOBPL3Z5WG0SZEiEtydLdrIgCiQuBtHQa0C10hdIxYvoTcfkOhA8z2jGqRO5c1gQDgkZ9pPAIu0zGUh7yrAqGd+prQkvRsZG1suj5g1Bq+NAf5bJ0Z/nOWHjQqa29Qx7n4MuMO8yaG9jUKFnnJy1eqi40uzReLXBbK/19LYwaGR5r6kb1hJKrHtfsw4LNKCT8ZrlS4e4hupT2jLFhz20Go5XRzzBYBhQq2wzO2V3s6DyUc2Jzp6fvL4i02FDh2UkiBvz7G7XVhY0KHFSY7hSP15frYX7HialcM+a3JzLeAfnMwqK4xfx+4xhwV8Njv3QVUafV2szj9Rs+An8kRDjr9eCljZzcG2JX7uzyOgzhqv11fpqLS5DpLRz9V9qwvvGVw4mnQOVHdrHI7Jdyep31XO+LWva6Hzf/pVq0dfCG09qGnu3q8h4G2iSW4fyAO/4SJ4Q0228qKVqE4Y2+jqtIyEbYqByW8u36/Jotx24LHNIVRf+rBdQk+8fWUMBA+kQqsfrq7Vy6cMlG669jXY9jEAwb3s/Xg3R5KtmGhdzrhbWBlu9B2WMFXI2NIiIujJemnPjDZZdae5xASGUWe8ouCOXV1xsiyY9Bmj05n9nfiodcEul/iEwKvfc/Ao9N0f/WOiYbngZntlkgZVcKZctscYJCj4StnsiuEwlKxNCuDm4olW6n1W6Dgi3YqShSB4AJEF6pyrXlsn+yJFW9oqGfYGYViP2evKMhBnj22QUFtQxyVoRbnKXjFEYr+OiaIVAKH4Rccua0jmtwViYFQhgzCV0j4FPE4qhxbT1DvcwMttxV9Ae1XBpMsrTOT8sHwM7ndSfbB/bWcUTFsZC+5u38sL2kBjemPf4aD2UMEd5vs5ESa2/iivLEGKLveHhUdQRmlTuseO0nfEo+eF/vERYLpnWkH3rsLQ6k+2B2DeFrFSSL7/6HHuvg+9PTWknmU82J9YBkDeaBn+xS3z7QMggomELjyEvsjyWjo5a2EhFdEe9ttUtps+elVHqfpPkwKzxlF51gNuu0MwalCHhY9JrZfsx4dZTEpSxwcYn9iiwZul68G5zQwZwyTXHXcSkqJR0HMWGYS7QQotkDQTebBmRIpuW+FNWG/bclO9XImw1M7daopIr6ybiPcRc0RzoRusAKsQnOeeCbniLjSKTan+bCMNTV4fZ6JNMApEbk+n6UYo11vqmemMxdJHNdrk03wQlNpb+E5bk+WsWGBl3PM74is6yZEErLO71tmg9AHiNcT6jDzb2ewMfU1JUWFXrR+A+lLY6bdL0p9d0hY6W4TDUZhQEUSuyCrsNz/Qz9gHdE75VmGHXmSzWwUpdhRgbTg5javFhHQDiAjLfGJR178LsBFgkx8juUvLY2A2IMKQkA+r6RjcNQ9ctnjbM2Lh3j0w2xoFNvee1sGOFtFPb68K/9paqM82o9w7syHvC0YfpM//wOt1pdc3dSAZGB36lDMx+bzyGZUNzXOfXNiaI4+VrckEJSI0F4mCU71wVMcpEbihyIunoJu1lHXXyMyNuGKhC7B4T+X07AEWmLEySRxmX+ngRCE5FHkNf/m3/p/7Ep/xkU+xHo9bFza6a81XDFekPUnarL5/5Wg8O/KZS2igf6ujDKt431jpHhaHebyibrSX2LNvrZpkQw78646z/hI1N4bKaUTiKg6EddUU3DrCQlPG7CQe1E26Rgwu80KpGSM+41oWAffXncyV7sgXjrjfaEXhJaN3qDd8NPcNc7zoZGsHy911KhYnhiE8ZanQfM1f4Gtb0ese1dm6xibriDpJoFOEmBYBXxZNIZiDyBydq/Y4ueatsEqzCE5xFFw7FMalBRX7yAN22CF7dAnNWvp0q3hyheTc5JrirY10W1xjlc17ZxzjbPTJkI4XKfFJVBaZ7V3umLsyizYkxNGF+lJ4JLipSWX9Ve84k30TK80qH7XYCoq/82ykhksm8vRGUDHjpgXigwTNTdL5qoGtCJbXxYoF7J1pTSjCXgCInYns8eVjpYub7Tq7ndhMadpmObgFpC8XlMj4F22jmwZCOdaE7TUWHOCHSBnAp5G1h1JpwGxl69SokCk6yaO8TuCJEnEx7VSBwKLJrWuEIWRMnGWhKeQXXVGSHRQcMJPmKDWnmx2d81lJ4K7DUNseOcW07rTbjwy9LwdJlfuDIWnJQh3mmuixEMjl854QmxNDg3Se3AFKbVhE4Id/M3mGKUHBCLAn0V6BYRC1fnqJK3IpLiOXX5WgJYsUJmvCKPfH7l93H78V6ID11EeYz88JeOMqvW9Mmh3zzIs1bsnoVUmdo6jxOB59bJQt1cHpBEp8Tua+RIEXe4yH2cc6k7CNIiTdFMXHusaAlBNZv7pt681Csq4uBE0LK5W2eBWMNmIHY93IuZhx7aE+Il3RyM1jt65vfrUHB8PWCEITNHK67WX4zE1u9foapj4ycT7Ejt+M/+6WYHXum7wilmvpTT4qThieSkzgah/8vQy8jzh1nR4h9NYt/YGxS1wy5NZOArKm/lTIXrGQ2WwIZUrOaJAla9Y2IOH2dITt/PxvielXdTmJ7o5Qhl+K1s9fvJvc+fOL5roFQZ2mHy/bdaCNXC7DFAV3y9AxoKsvDPlt79XqMV1Lfc9/hEIxW/Nhy1j8/Mpu2XAnODNdCjLUochVJERvwNSMG2YvtIzpo81TBQgbP+mkZNUzt4iOjkFChwWwcu2xPIQEA5GtWMLkcijWkYtrh92zpo1kifztTc65oZz835qJmu6n6WFK4263oTF50uwEjNHSNIHxKh20hB36FeW6Ib/Bf18OpKCojhqNr2BFnR5TZF1l+IKPJZUaQrYFdFIV2R57t/kjFG+4immOP2HtsHxy3jKOTwRpqlLwYKB1W7DxnPUzbi3UFsZG9FD/fHuEfZSPFO6L9gUXiXN2MOHBGOgqFmI9CI9+f1FKbd/D4Km3EYqHR/XUIyQl+V3k45FiqcbXmuwAxA5ps77D5/MpTQMiX7f/1TMzLkfucVtO4gQyiUfBLgvN4lI+nM1q9seEizC59xct9EzKZqgNjIaBg0AKaBCFL2IFLYPOCuMvTtvROgq2yZ5urz1m4KpsNV1BzAHNlxQoOxTadRDRVnDA5TssOG2f3yWwL93hImnAFIB+OIrrfEa2d9fmtQzf9Tcx+jvNC9OhV0lhb2a5MtnZPzRg+423Z+iHkHlb86Ibhr5sFtUZg1B4WJKoLK7d9vzlTHlOHeU2UJJEXFk6jzC3PyJOnrw3rjIciwqWd3IK4rBtTqM/pvH+1UDRwzScEhwm1qaR85fANTUXNCCn8XRvoGaKDL9hoTRgdeiEMuWrae6spNA9pEDpbP/bWdzsPeoruaoBdd6R2oms8rc86spXOQjRwMfudFIax1DVcjeBAoDB6BM/ChAEDwdghTX4iAvya1IZ5gerlbxui9//Ouf+ETIbRLHR4mRw/Ul6VW7lmKfzUj78I39ODuVtMrz7RtfmiWUnOpFc9gQeko/GdofPrRCLLVXVJ5CMKCx+rOvkj9u9+F74EZCg/ECuNzj+tgYg9/2Jbcm56Qv9M0upjjSkuTmRMUjPD/jQE3X7mq1i7HFscc1lA/IzzgzSTHs+rGlJKdrgn4l6u8yWNj5mpLSTOpMGHLpO1PEPJ6RZL7H/Nj/J8HUp+1Tr7j4NN+6utt0nXsV5LoKFR2veE46KCmf4TEu1O/js8w/mW07d1eNy9vIP31HqKiZdLe4/WJM84HtJpzaFEu8meY5ZDii0UQIkgDqQAkL5VAAUQWyRDKkD5MnrM5moN6yiZIGa5nQLrX53Yvstao4/TtP2g9+r/iwGhquoW5zFN/sHNN4u6ZHzitKJPHyo4RWlq+qpyergbXyx7p7DFaEl9lvJnn5dEVNUDKpdMUlNXkHHFxnngzP1UWMPqpGrQX+FBcrXCuVc2tun+39A+ZwmQYZgpFGrBOyJ95rLFtC+KQbV/6tav4pOrufvO9+BV25HsiZhuEk5S2QyZnybHqqUygZ2S++gKa1eCeGVmBhXQ25dhmJejv9PqKmZqi+mgNxRw+nxT5u1Va7f5d8WJL/vVYQ3WQaUuEPRKaSiMobEoMHH/6A551WOXzP9rXxVyCwgNQuYJsNk4GK0zk3GstvdO0+/bGl1vztzxpP7jlg3RwIHC82IdqHF7SJcpIlQyqboeKRPtbiDzFOifRxTmLY9Ofna4QTZ87qTjLXbkK4bv9XJBAdMa95iGLb0/MpiwYtThr7hDse6dAZj8zr4OZY0Ud+K6vhiwKZIYdiSo6O36cyzWpMGMiTaRCTdp6dQ190ucAzTat8gGhV5Gcc6xdiaFTY3H3VWo+M00cfSPLeHXNkPd2/7n6HyOB3slvqI2fXnfsbfp86LHlHsBX+V37o+Rad2+rEIXUrY2/UFN73P5mP4qS39vj1tZn8e99k8fdS/spZgPc076c986ij8cD4XDQs16kVjFdB6+6/Vubmxbv1b4Gn54+D5uT+sdgeCBxYEvw3vgD6gWPyBGnoS6W9kW8paVZP4dmJtR+NLGxuiHEd0BqnYTjv3eErFDzjdNJ41zYAVYHj3wHvoDyolH5BwQu0GWsh96QejEYK0h2XCbHkLXDQSJhhiEpZL1c+Ikr0bpvRPwodXqf8b4DzEoD3v/7yF35M/m85cdeBhyhmyxLmAXtZEYovKFt34Nn1pdgyDbt3CTLKidCKvWXcjKaFWbLbH1lmI/JKpWkGJa3oZgU04kDvmzcFcxPIUIpajrHzwVaQBbyL1G6U7yaYE9BMryWhZZZIVEj0EYAGRdqKGVrNwksA28CGxzBhKu1cONCX0v/XCSfAoioR5Fv0+EnQt/UebIShoYLeV8j6Gvz6I8kA1jlaVTUnaBFKmizektEBz36LcInQZONz8bSTtDjz9+VWstWUhTQc3sjF1+OUF267s8Fw6dxxWCnsmzpIU1xVQpoyXNS7gXE2lmdg7aXUwXInMyRrgJIUruQbyFWxg2reQOJEkYIgjfZowYxcHsqF73960udUsOQC8EXbbLSd6h72qveKw9XCAQVm1v+EDY9vyBUDyUsHjwe/gPUlM8BFFVYcfaMk6gF2vl7lhiEK/Pyz37aMsy+G3sG2VKbI+p0pFPnGz9X0Vijc7Z/mK1QYFo66T3wK1Uq6utVRK3oC0/VReEu6/2Wy79q9KJcf4II1Bb4RhE9UwOKSI3aRJJ7/rDgUUID4ztBDL7CdDtemKSryvYkCJ/MUPpKUPF3EsDZSRii6F53w0wYVahyIgUWHS+pAYu1cDAeD/fWA5pnCO4XSwWkJfAcs8f4L1ux48F5OLjySpekVKxG4HoABqPqK8HHJPJAanvpeyoYCrpxADmj2yXwupNa0g6y2GzWu3D89lKBPbRL28/BZOMsAR5kC1VtMbhhPoNLR/zKYv0jlJYOfg5tJCtU4pT7lzRJmRC7qTRxUyp1/eqKdOvs0waGxKMO69kyHx63Xe2CgmXPUGKjfIAoIY4ypXO8YU9DKrPvY9079eDX4dAWBeLjQ3r/twYwYW8KEV80ATLv3XgDBga6+4Ujkfd/HaDjK33JzsMCEhb1S702w0romyEdc0DLdVhoXKW7hYZOdOB0gM6yHYJC5uzh0tEfissDY8FX781J3cRZa5RUhpF4VnENgLalmkpqp5CZRF/rk1viDe1BlHUnJ92D2m9MOO9ok2KMJBJN1H7qcy6zVprpqkzOL0JWyuAbdohzfvKYCs3SsWv0NlSFQ3a9cZgsNL8yRf5d2n6qt/x+G7Mb+b+Ok8MsXisUYsi5VdRIJ2WLnkhes4/3n/9usR4yB+Pf8Km9ZAwt7atU2RPKsvxidYUEzLjPm2nHQaGUX/B4WAoeoBsZU9pncfOYENOOy1bmh+meqZs65I4avWPy1ftDpccdr7Y4Bs+AHX8yND6kM3xw2lDDD5ekO3mbrdm8EOp6c0kHOot1ZVFOqp/iWKKn3G33YYL7oe5SkH2t0m4O+vZaHqfoXZoNzZ70BuLHAWTb9graokoSWv1hVVv62c8QBz36JoKnDJJjFwYbLjQMi+/oAaWW3u1DI0KQ+fp1GVZtswgaN1a6PA7pFfTVRI1+Yhsn/x43kRmSEQJR6qNjaXfjjD+rnQ/ZuZaUDXcrC9noP4o9iZIWeFnGPHfYOPI5s9olLSOZC3jMDe+6h1yIMDFDgmdpY8NMZ5E1aEZgIkwD4bErqmHDUGBPHbcJ+AiRXHecRs0lYsQOT6uGaJnSo8tOKqqqT2dwSXfkRQfzKgjE3LwPBzCXJRIM5FiBowl7bhFZAyjJvMi9AKTIW0d/LBh/dj1HrBujGE4DzEyYuGSQwFHu37fWvY+KWpxAGuNzSCG1d0F/eZcpLjheEYYpd4ugD4UMjClGWayOVoRxm89RwpnCQi/QmiO1JNVrWet6ACJgMaAUZuQYJTkb6V7rARBF6gjwiGlgROFk6mhyMXQKOJAjYAtcQj5aAWh9cHS2huPkWc+BQwfNwZTxGlmZghNC1gAQ4r5MIRCw0ChesdtxyoXKdV4UG+MNXrVZ1I4eyxoojSYEe8t0UqO3yZ6H+xxfQhLHaNeFoaD91SO+WySzEkOKG/PQVxBIKYg9Ph2INAIZxzkBocB7iw8bgx6aLXy48+iwhD+FiFGaCy2eg5riwgDGMLzNfyKhOx60HzSuTlqAEF6DbqGkjSEJEn4sC+WsEEoncOl/ByDcFTDgrHQYboaElE7Eo16wrj8V1LhjT5yLWvvPLJXmoajAgmk9xONKs3vLZdY2rBGQsiAZ/1a0zmV8E+uni3rne88BhS+hJGW9+uOW+CIEYzV3z9YeZODume7I+/DEJ66U8168wHrmFBl5Nvuc5yixdlTLbdOhfrVIATeVgdvgvz9Bes8nv5a0oFRBro2JeeEK9Dr3BEBGTzq2PxAqv/h0XFIRcDyoHKino78xo1zBPAPwQeg0TzPhTZpN+NI89UjqD2wROSpiSHKDnceZ4hVCkvSjf20UCq7dzUmeWC811GqMd/6U2uKBD4aCsxUjq9PxcBsVySHt8AxOrB0UPwBrRjcvLjx3T2DetwrEHwv33Lj1WSusna9T1WCzBtKq3Ljt3TInLHy2bwSDZGy5QQlTDnnJ7HpDgQfoc/UA6dxBJHt2Xx8zszZPm4UsPEYkHwnHFIu24x+eCzemddG7DwJuqdXMzriIwli1f3ITCselaeN0WL31J0j/DTaaugDTfWxU6cKzuM1ajWrHdGQjBZWO74hXZXPDgTJ8aSPMUREeGjxYOXJx5T2hcr5RzCxDphs2DCCayqazUuIMMWWbvMbPGBJRkovX7PrBhbXJPdkQ15SXRsNNIK3XDb+iHB1h+o0/XuaHVbT+xDqi8UUYhET6+WVV12KRcTvIOMZ/j/pcfNB8DtMpCxOYOt1wZd5nY8yjRaeu6vptYWOifa+KcOy2sGL5nsPX+dw2Er7laMr2Exc8mpt1tVoBsAHOdZubpHfDnL83UiGfzR1+0LTxQmoSsSPRw/FTOx2RnQV5D2Z+Hol1kdAjGxwatSOq0mISM0TYeHOG+KFg8/Rq4I9Z++c2BiHn1fcHe8X//UZkIpUMGLuLSaVCtiKiXSdrJukWfYTN6nM2DBuMtQQ4bXoRfrEHg+097xXxE2IKS1vDxOrobypoA94qD7azVW36Ezbx/VAy+vPc7PBspSsG11sisK0qnn6XG7cmNQWlW+9MgO0DjkjqVTmIAqMWphW8eAd1oZPnKu4hXALGNLZCvMDHyR/T69XeRMYoVkB+70PZXXRNvczovobrIMZkGuV7hNUMktEVzMoviWQUwe/qWhSQdaXL3LuuMhxfTDM9D8mfVGFLnSyqdui0e415Uds9BjtQc5DPWvp1BBWRlUqbjF8peHCGX/6rshNBP6sFOI4G/LWMrRw3K3FppJjkvK0V7RPY8833wdEoMbRnK4U/ABG5op5BB32KeoPUmzbtJXn2x5iJrUdIWrtfuixwm4Hb4OpUyht7wbTHL4W2EybafTiQXmMqDMDvadMW3z0VRP10sTHXocvPOltghHDE4KbybRYEoOnjnabg0Inz0aqqpvV7wNexCy4JREXl9+0p/RGjZVRst7JsUbpZuFVAZPMqO6rxds/tDxk6olOaWElJ1ZDNYMBz3gjEPTwffUd5i8KoqGPqm5TfdowqfNLaCigK8j6Yq/F+hk5xNww3bOJ7IqwLlaqgGvhUldEuUE2diLlmhybRXVaBOJpHOijhs+fe2oNxnbyTzz352YF/2nA6KF/39Ch2dUY9xjKp+8Az99dVWflaCUDXu7VkmiuButFVxbPFsMHgtSbB0qoLMtVjfaZ/WTqiZEaS2u2S42rCDi2M6yE7vzRUS54C/LPhr6g5ABAdTGg4IbHOTjTXajWtP2nIWoo+PmOOyF0A9+CduNyRkFIqHZsz/LqbeVZo4KBICW7QM6k66pJiddTeVy5xXQofJ8Je/f8HXyZsk9to5wTdDhniLDt8YxnXbXLTVZU/e9f81UA5wU68PYOUDgv1uM9EF8vnJAgvLbuIR4N0iVuTSiWf/nMRZNHH7AVrYU9Vj0yK/CTzhhXE7ZGOE+AnL3E3Qbgcbv1M33MgYydTu2xGAN8CbzEY7Aj4T9e7Eh4g6IlMi5IFHshUTMbOP8IdsC5u32d/rxr7ZU2c6wDLVVpaZ3JuU+Bw8osvDdSKzTR+nwCQIuX+Qcf3Gop53m1GrNuHZBlwuC1dGfjivO9mHMj5XgfhZ8Fdbs6xNju6rO+YRXxQZd9YDjKGJsD1r+/Bo5VOVa9y9IljuZ2RbBDFZsCZYC/8kgyqj7FmeH8JrP1TFZKjEcn3aMQw3tPEZMhAouEHLKb2nejsWt1DstbtDEMdATGKlC7XkIu3XALAZdLe+ISzII0zh/7u35SW5/tgX1cZfY9/ADhH74PnjOxzCUXapGt7pQKDzD5CyxdKg/AYcYGfERzkIfgLeaSPYrRuhQnMeVaVY03HIq+e1WuW5wI2YS2Woww+6coAXp/ZP35OH5jDxYQ0uyfTET8eQNA0W3eLcghjoUFqf469iyh4WbyarB1jEmkA3w1bWNgJC3nbO2z7bo7cT3X3JPY+Oxuc85vLlvzChwAzm9vMd4Xv7ziWskK/gEI7sz04prhxbVsfWfY/B0S8ndedZu/MMTwGptFP9FI+PuixCrhVnw81mLmfyuZ6h4DdLqjPHP5UOQJtMO5QOGu0iRuy5U+5m5+Z10RdThLKm5qy9wRnf1O3g83NjIVPNmoa1WTuB5ljDhUJ36KbCTA8ZxGrAy8uy2PZlIh7uRfThqmEbsRwHmSt7TE1vYaYdK7Sb5fol6n87oWgSFuhKSlvJJIjcCCy8hDdjYaN/In2+Wi+DzfMhkv+hqTkW3yiZp4fgVaqbmmxFKd7VaOsONGnMuoq2YGuPgNQUrJqYlH91wBHavYL3wtssTLXnzA3vaxX94fiGXkaOqeWTD+g3j7vKJhG28hUw3pviPVdY9zC5BEjLjKFTIAdO4W1WhguNZ8zVZh0Q+mbqRlj2RcKAzCosBk1KpjPnnD3lRplnGnmxyEM0Vz69a8U/piSuAAl6zxGkgwN1yf6xrtcIE9FVskv0F2iulq3Ylw1oJmc99hrR5tP5LuiTGDsqyqSAE1v8lsKGF0JSVLRsqg5SZBQRdN/fgaBy7mIowsFsjaEp69rdEPK7xrXgvxdq6tH374srgATG8b4cOs4Gat/RiEt6VVC3fmslENurrT1PFZdGZqU6oGCoxNlQv39WxNBotGNSAH92rldeqDAJHJ37ZtgWCd0Y6+PTgSDMjfJ+gQju1BH39yiTGhNTSlBQhhK2FcgNJowtuzStUgqsMJA2IXMpST8iFtK45zVsmwiNR2q2i9XJVA5FrUzXUhCiiNGyYz4Ndc5SLZGkHkSIs18J4piGSaDjLW+dYKJt8613vyUJQPD+tz+mrJz7Fp1+lYo+HDxNfxSRlWtsJr8Tp9oN/CRIdKLN81UHWOfvoFZ5zEivXkByYd1rjPrduVeu+fbt23hp9atOsxMKyPp9iTSRPnVZ1VHo3EdssmmhAdAHzRnwr5xYBGPE3ZNPkPrWyZsizi+cjl2mA7EYabbQfnwnPbARYzD5gIitvm5bWb5rdwy8Mji10xC4Ytwy7TTabmnay7bjp7BxnsOMR17HYnaZ5QZeiHRxS3WpTfB8DJ89vW9JOWSfcbXZgEAzz1pH9W4sz3cqgI3Zl+VcemXyQvkkVv3Okyb7hBrbdAec9DJcVPfCas8vT9AJaNazOYovFJHeSFOprFq6FIZNGmH+4dTvxVI0uiy60VZqB6pYJBQSuamiJnqNA6hPjwPGXpuJCeM8b9nN6BuoiCDvVGIxhwf1m22kz3qOq+zrbVXPq4eiejJVvWnDRJd30ZW2MoUbq3qHw7OkLrl4HAJuArot73gaFWMHKDVf85MfI25Tx5gYBb1wXyVQ84gQ2EWZbszqnn0IML1kReCxMElK1hIzguADoS1kdx+wP+PGt+En5uwPtShOwJuBqdgssYesSTK/bChRm3hZdHf/Ae2EWTFV8giIs6hVHNUS1tHNTSdCqfm1Dyfw2JvcgdorLQh1JNvW1XJ34NMHmfi9vZP47mrm1fUrs+fw/OEJgIflbqLiDjQ5qYw3WrxVOxhjALEnNKdbGdugvovjYxYXsYsteSjm2CF4wkfKmnKUVSronsQbcXpnvdjB9TlPma7ThUit/PCm5+CvjA2gqEWKkNV6/7TE/gDApe2L3qIEVer2bEA3VMrBKc1BDdjQoustBAdahDC/hRzh0IXMzgLt5iuiCLDjNTqZhMC0QdwrS8hUEOmWg22ka6Pnwp/rl1sB3TpRi3HxQjpOVkcPQWxjU4otiIQgos5T/7o9iO1QpkS3Oq1N6DNLvC+yscdJflM7N91oiv07ujPY0Q9sRnogk6TwWBaAKXvU/rmawc5hUKBmk7RYkBhnNQiX4bTaRiI/IQKrrDjETqZ/Qe3lOThicl3EqoGMkoXHnQcqDEZKYThOAGZ8ABlT7JtTJruwyfyJKwScBy/S5vCw3wwczL4FUNIld0sLYnpHkNIyJvIUB2xWbgLFB192prRYqc9hw7ZbsZ3OxWtjimNNHhgNpUvqATe9SAmJsdSpr1o5sqjV0gHPJUc+IKzm+vwv2WnXTFlTdk+RMYVtZkhe8Tw4Gcx7vulT577SjM54DzsXbh1MbxCAH/bXfKalRkFGoX8WYC+sq7QBq2pww3tIlCGRG6DDlU6QlNdEAXhTQ1BxHiHkrKYsx9AuYWmwZf4ZI+9Wplp1tPSJMZXmvcNVx01V1aLhKk6D0vDy6/lUGbkwzgAaPeGYRnzd/ARqzKMSm7De+6IH1dQqmxYPiSjreD6UBuPRqDc4sMD9KJfkarYNzyz/V3fg/uG4rzt6tIjernEzUYpjFsiXTWizHMTEy1lLBsx9DIWXP2IxeYAPwZ6PUsuCsnpP7o1GHm+qGO5NNxLRdzbq/bt1utG5Tl74t2uk2y60C9yeG8Td9r1/2LvxWks/6gBqkftYB4DI42GBEI1PyNfSNar8y8l1l879Ujf5nyg8P7epmDx/KykTlj9S1Jynm92SMbxLFl4RGxMTZ65oiqjUtBRpytRd3Ymm9LW0JEZ+/oSz/H0/M8c5RGiTr/FpIrMmqbL0uH+AKR9Ioo7T2vztiVlvie9VgX1tuMqij2Wh/n7UbzD183V8i6Jv5AHblUS9FlM+Otveaza/SvDdyCwYh2HfIpWVAXz47kLRtgMrS89I+mHFenYWB4RbcCvLCXrQWPTi/CD0lnD0DSX/ZTzbjX7+KMJr255Xx17Rubel0rrgfu5KcLhnXZ5NeE2yeFjxgjhkyfZcDSmXWnNNsfuk3XmOLjx5UZe/klabpa4qKjCS7QFxJKnf0gCflIV4StbIm4aQbOzfFwI6dOoRhwtint+Wl6oXfASexUzb6iDDfYJfKbQRgqeQld127mAWvN/dXA18jy1f00zsada6BQtSZ4z+UwfVl6ggviUo9pXLY80pJjdw6ImYhZu+OeMimzN8yPJTN96MVaWEBFztR5oHRWuXLgOb3SeaPaK3ZrY4xAxHDLw8pEY7oUHUH+M6a1Av/dhP0nDhT3dFhH6TfYBS6C8j08eM0dNL3xAERx+xV1jBEzRoEtC27HM0OXrbJY9ZDX4XOGmeAvO8Vadvnf1Ya0vESyXx2qSPC7YmsPlnBMyBfy4rrYwI5JeAphKPybF8O/mnZyplppoB/BzDjortTdIV6jG2QaKOMf8nqOedBgswUWB3e8h3qHMuEdYh/0O07GGWZWltUvvAf5ghr8IpV9o26ea8apyez5SEc2lAxfA8tXmsQbCOMTm8RRVzVEvs/sQWJO3z+N428n01vF44aGszv6QlQJ6kJZrjq0t06aUsXKtSzWwMyaR7wceaoDDWm/bsd2CX++k1hWOyC8B3mBGnyBAK+TqBrjXbyqWv4fRjvumPE86wYVKQX8qVmDRToRl+dncjsZF+IkNj6WmEf4QzN1ta1/BAzrG+rJb97mi9VQ3tooM6mxGPmU3SfwsDW4aRsgvO6O5YjM8AqDfBaDv8KLXe1gCyycShVViMXo/NI/IMUTTq0KJsD1FaNTtDlwtJG+JAmLaymL3KGUe3Yj+I7axAihRWA43klCcRZlUXYReNWOoSyGOygvOIEhhqAw5jJxlsq8aYMriIToHr0Heg8Va78ryuY0GwTbGqELqXO6PuKWXPD/GPO0F7PfPI1c7leMBi8PrSC2bodctskQRx6IjnqqFS+ft3vprdG5oYU8bOt+EIlQO9qGrvCIuzYc21wKNS1tz4rhqgqxf/68oN9kA4CKog+TOs3oysD4pEHhNYALq9hvWqAG2HZsLG8hfBAzwawBQEMH6vLtMBR9eDEFKKe1F3oDSdwp5YFFUQbfD84BqhBy9lKmLZmR645PZFqeXXRsgT+L+uh7ZwZ4oh7lvPsw4pI8iQKYolquqD4IayBaUbIrLevQTUCsMGlHKh/BqCIT/fZ9Cl7V0LR6dq9/DDU6tLZ0uZEwl2SFYhQhhu+hPmLV+CFpmVDEdSlKFAhzd9Fd4giTIQCIcIgeSw49hVLNDTt8xoITbgUszpApzwe12rKEJPEYLOntpWnaSwAz2KkUgE6f4S6dK/5q08EZ1Fmox45In9RdF8/QheSZGo5ala1JIOMyH/+OxGcWvCGWvgSMj+7YXoXxNPy5m0tJI2NrqXz0oy87IpfNSaFn3G7UrSf46ymwscYkZsAUVZu4bPPXd9Yj213h7kvi9sUp97HTghPTksDs4AZERuGyFIMgogzxBLKoI4PDU/wNxkPXt3KwsO5KIKYlcWGq9UZ7LM2djXDvSVm+myHYTCy9feAY0d08YFGhEultrnsTgrdgCXmiBKtWh1ZsWwKK2+V6zIxvIlB0IbXhq1yYUvVMjrGLL0Tru9nmIzX6D5TDklK2dbLPPsvJXiZvWX0UBnNSp3EKWfLN9AFYUNbHNVkF8+i6sRmHwMBmbHZMbBQQmPutsjVkHOiCFGQMOo4m5ThfEGLDjWqhkI5klWf/kOfJFYyHXHiHmEiX4D30O1Rr2X+KbjKdQsZexKROqDxk8zkAWL1H+Q5J5Esd5MgI+HQx2er66YukDVfKBuzTltKnRjfSAlPADN/YNO2ayFSUzoHAF4ljPBxS3HVtRzTNC4N9HqHIF3cbDeClRkB2yN57tN3YC5+OobClLKTM/pTVWYQ63k+xSbfwN4NUj5rJn7GCG+UYOhrNYDfKi/OZslPcQ553LEgP8RaP4VLZvurQHtZdCvRjXKbYa7YM1pWdqVPIGzImno97ON+cLWBwNtMjanW7r0JfrHgXlth48MtGdWA2Q45JZpeBSC9CdMKgT3d444Fcpeo49meFFIt19gUppmpabwBaPhgOIhI5KzHCotWA9k7ZZel0bgKNHM5kAMP2Q6haF28tvotFZoe183W9avniPWi96Hf/KnaTHo7osKDdw9WQ4csFJ4dn+Vk+AWxPN+ddagfrhAmEdTosrdP1w233Ia4Xu8lAiizUUIQtpCgLcJdUMGD9PI3OlBi+32WKtvaZ95TP0A0I7Yd/vKAvXsh/hhlyzQi9gU41Te2K44Z2UoCh/IhkQFNRWDgT6YD7NIeVeTyUTarm961SkznbIMk0sMgmBtp1bWLlSbvj8tBm8UFJmtRTUiAQaGvRz5DDSSg1gKQI6OZWprTnYwGbTgQEmFBXTsomLeJ+uhFqeuldAnTx8QoJlGjj7kFd/huTQA/VBCXcGAJ+KHHxsHg1Tw/ZGT77MyvJuDA0nafouU2dyBnsthibYGuFOPcN9n91uACg9hWB2OAugSJ9/kGv3S/BtzStdzCEDqpaWxPiom6Y+VyuHv8pNj2vjbJ1pd1q/5yGf3nFlZNwX4yrrKR6LM+hVNmJXu7cbKvrhArRWj0qGpG9lAj/FUo8Dbek4TRhgxakhAwD4x/FW0XlN8q4gmzwIIMsygUzb+Rx1q55mK+nB1TUcaF9QrnpRuIVG59hoDdqfRjQ8dx36j/Ts04L5grN2se04X7wb1uUUmjV4ofLk2qVrQszXonfrOpMJVJi6e6qEVoHHsC2XDhibMEo9hmtnlXY5pK7cErHpAHIZ7hMkwvkwqWUI3kZDrkuhuGXycMB8yARVTz3Yq6Wcgh3laVyHU+Tq3B0qH52XDKZ2Y8od91e1smg2HYQ3j3aqMKYRYX/bifJMBVGRSjn3KdclUWeVj1S8BUnbtkakWcyCMr0CVmNXoaLgoAtYYXya4avVYK0KLisgAQSPi0nFRhz7kiFodL9cjYYHqwNL07dbsMmsKK8/9GoR3Y1Ll7R8dqVeEXFa2U+H+8KjJxLXev6Dcd8DfTyIpLSDzp8heiD1r04BjPmmIlkdDepPG8ApWuQh7uojgfzZrLRkwiPRObuzSjhOvDMs77dFr5WpFAumA+sy8DpiADaFl2xFrSyTYluIxEAlrl7w7K2YBv90eXz/2sEWTP9CfczIiqrH0DI808c4BHmFc3Mt+OaCCcZM1AR3mmsBrn+4kJ2+WBRqz2lsAja+L3uJyvY//nSx7WGiPE8TtWi+BoD12g/SqwhCluIDIJ8x1ilCrMgZcSKvwiAcNPb9pg4BOM+OS+NBuwnTB0L7C9YKXHNKpSyYkPutg2yHgAIiZLxuPIoeSs2SY6gYrvjKPjOUp8DhudDSsxJg59xbR8x7anNkr5qzXyOiKbiAsrKBHxjyHn1WxkHkQhNEwIn66t2HEHrkGoVL4iJF97rf0G1CTJoLiNepebqylHHwHCQdR5y8Kp/NTwvkOAQlL1oXv3XYbd01dXXnv1ZvY8qHGPFi5df8JK317n5to2mPz9jSSv2X1BpPX6rDfQ0DLzY+HI1/QZ1v6f6NNTmNu1wF0OkXVyMIo9Ie2FkdHblnqfTKbU0YPa9H9RVuCK1Cing8JgdaV0VlfRebMqS5izq36VjtsakzAnvqNs+XsPKF+6oXYAH/NU5lRBQ+YqtcsWxVvdrJtGcDIZX3JNNymKZoub97gPBNSVo0l8gcQsIi98pSpk8KvEjEdAJZ0pBjX255KrSubPZFSE6ljv2uua4Ru2rPwit7Qk19ZPNY31lcN1jB0ZOlDx4huTrMhZNVv5IhvlSuNzxA0I7g7t94DgvNeJhhrcpTPbDNvkYfVQmDm5I+X6rnjY9UHd/IkqtcDIIVjvVAZzOrruJhN+6o3pazUBy3450A57HgaqbEqXYYkZaiRxGSnQfjicRHLrZqArWpZMjbxNT6AY0ksuadHtUI3+cj4lFXJrgHkUrbYasAiVUOQ3y8m2C5+LI8YjVcUE68EmbIH2f3+WBs5JW2kxNubQUXSupI9pI9PlC/cWelMTglEurF+Hurl4W7BRHgNO7Dbj/sJ+AANC7CVSZ3CxqE8P5j2RGSv29gCz/Zliqc3zhyNraEf06WD7pM+8PNhv8GPSGzfkcZ6KFQ63HWHLABTSh3XYAjLPozayOo6YvI29OdGTA5ATINf7n7/IdWU3PmIQgCmMnT46x8SgKqNhWvoErSs1kDM6CpYKBwGJVYQCKCJSc+JM58Ogwo9RNm4m0zG6pPIBUpfXAwkARt5cbjF5atwOv6oVvkC6NWuIVyEcXdoCAIAzHiKrf5TFs8jcdMksZtdMPa2RENtLMCY1VxUhNHh2JxTz0htR7Ve8iW5GGSKUfGECrWrboMe1Q8cSOE1M67gUPrT3KiiPiUoXlqGIv/dWdt+jeW8m1lRmBo+KYpFI41ke2mZ+sWYNGKAxfrs4eGpWvapCoRxVCtK4TYjasByRtC+QIvv1lk3DLbMxzTMrsMA4lx2XIVzvOvZ66EOfsv3F5uKmwv4a1Ga6gEVwiivl6LloqpAfUtzVNbpYQ5xpCrWMe8964awuOd68Y6V5yRM448a5mDHwJtT8+vc5HZrR6z/Wq1Inf+Ba8XWo2vL37K8L22VrM2gKY8Jj2ah04kXwYJm4AL7Ah7E3O/zc1u8KS0xbuH/C1fggOwnkC6adpZz77j6+YdA/NRThUAQ+O6bV/O7DnR+KvCRjhtGeTi4m9miCb5iFaTAhwav7tBTniTw3vgGDgXltCTyzFE2q3Y0WF8YKlJK8XsPt8tQ9OOqG6sm8QttvOj5OnLK59E6aNeQ7YxbL2qH0TUV9gGoeTVL18b1PvuSxIIpetmFA4Ziw7btCEAr9HQAWkGsZDgFq0uePhphTjO69P7k2SOvuTAEOS20zg2eQCDydwiZ2DnacooUrjiaVVirs0gc91Jik+D4zmNMoilfPi+suHrW+yhK0cstTYcyt1Op5JXRovpLFBzeA29P3oYer/e1IISY7kM0kXMODaswdiwscPj1KEAIrc+G4idMHsjCuvQI2wVQlKncxMxinEjFfZabpgg6/3ReZUMEmsIgCEHhmwXCYtnVYb9W5uCUms8oKxorfdWqjYwipcgtI0Bl1rh2NO17QJ0V7Q3hETImu+Lzh2SZAjLxMPzxZIlu09VENnTs6PHAjuYqgvXYlNTBoAgYmcx6LEbXE4kdTQFkYzXBpJWpPAp1kCaVuDFOGilFbrvmAwkTMG4dUpU1kPq7D+SOkmzfekw/Ezkbc+/3qLvhMb33+1XL5Gg0+xCIv0dQ7o9AY1gmeYb6e9g3fG+6Fr+/H4z1WVO6JvMaWIjET/JsYAonH/PQB3u1FpPmqpLZa2fw3N1BBkeSQ/H2UgRGZpAKBbzdWVy4A/nRHiuPCa9prJvQJKfEvbqYMtyL+xM/l9qwP/nfblRqv1maHAolJvoOXHERrM1G8rCg9cDf77D3EoMuO9RDFIF1g5vlyAIG4UOft5FMjGiRpJ5R1IY0NIcDngLjedqzX7inzAtI2bk/mGRXfc1jB9dX/Am6RHIiIom3a7PjNef96+brGGNvAJseC3LYh7t3ElpAupmzcxAdGPkvchcNtSmdgCjC3QgmtW8lID2KihNfzvRtEWGfR/98cM7UiWHE3sKvsdAwbnJjnctLX9a+zDMJPMP1fH6S5pRh9ADR+7xzotbdKv1h+pB/PWxCEhzRT695QkUbcrBGCqP/VcWguXHUcoTOgkB+TRgV4DWLM0N7NcS8YolLWpO6UGGdJnMlu+8ws0JVh8O87BzvM/n0Kv4Xz/25Wusw4unMcwKOEXyOESOcZgrrfa1kfFN/JW/eBQw5lsfzjtt6/mt2JvXNdW44HIfneyHJ1NE8uaFvuh4F+9MI0P5OzGxxKbG0MnO0xC4TEGQMBjdYMFDFGLsAfT53+PAlwNQ8CY+uGaH8dCleVJzaf5punT+fJ9u4jp+3LF/q2TNOP5RyHKzXa3P3zWDR5ZPRvRP1xkswIGJo4FnJUN68P7cTQGy1T73ShdcQ7/W/ZWnV1oQweATstBPMoH29sc591B9vccYL48sMcE/yH0aR8Ie+L2+ZSZ27foXjyhArsnU6CcSIEb6YoXARtIcMRRr+7v/ht7PHNel6Pn6xYfQ5ArhF8PvFVG37IelAPNyDXoziciPPlHGksz0eRG+IGYwIFTLTgBdTB0N8yWeOj78cqwJPOcpdBCNwmIAP1jv4xOP+IrMQhIwv4glai554LN1MOnlzWDdJvaB7nkfFcJv+DczQ9De83SrYEmG688XPHdIDJJiEDCJp+n2X99AoDfTDDJgSpEW848ex0AfHH4+QLPlk7GGViaIhO7+rrH168CVaKBmYBo8Fj1VlL5mpVsFfXdVLJjuFAqbNvfkD62mQAqKXaZ5YxX7u2ntcoAgfEdWNT42AIPrclqI9qAk5jyoX2LYx9e/FXw61qnH3TixVLnMoIF0Orzu72El5fsHKr4cuTsp/neAcNdN+Uwa0H+RwCS7bMGxJn65c3arGsebja5IAMY1mefdTNKwlYlmDgtmmOxTamotlPtd+F59AojA2h9AYek5P+LgA0KcvJGOs5knAyGuB7xZgO980rV0N66QWAp1XCKCdtXlVBbSkK3LwNoq0JdM/3z9e1WTR82YZzf+k4Cm7FM15z1nXMpfbEyXzSn/IoYPalN+a16vGm4X6cnQSyLGfhqFvb1bGp5u+MklMpf30by26IwI4EZTlPwxqZPwyRlk7nU/TKo4Vpi2dK9cqS5+offJSU8J8+ODuZE40NYxkBgpTk1eB0sd5y68U9RM7dgJ0zTNkj7tXIMF+YeecNc/yMAFHKJ959PQsUR0E0KROefInAfVeRHK6P6VTlBkhuMl8/Uc4PtAdOOhN0wAK10/XASqYODDkAe8D+CPpKIGRFy/ziXv+VrjandEgcbVlOfMlNluWEh2KaFxHs9Zi1UYAMWEKq41aNt50FHf0f5BQ8JgREy2H5UB6P/7UDcACjgoGnYOrbfAmFD0pwAL8RHs1aN71bIU9ziNXfHakfh8IAYEv+Sz0Iw2lQfLDPWeP+KJ7h/tnVvYS3GIA0ahFOpRD6Q907koPzgpzYAPnRi/uKNBynpYWjV6SDznEkjM7GlkuvLhQlpk8WN1O1RzE27fwAIP7PGTWH49lDVSpAeGcUiOutUQiPCOTq2ImjW4lvfJdzuiOStxE4Bn8jhRMt5N5sTMkFTp3DSzYx6RRF1thq42dzzBedgTjxOsNlobxAiojEReO0RCdU2fwd8fO5iB8oH+jThuBxUSU1XGmUyKL2KtSndMlokWs04chLHtM8dRsV1baMltMHYrWXCWo6IaZNk3wzcgh83lwlrKCgwluRsKSmXN3ejhd6emIeM9ooFIDNvJN5pOhCZdW9dxZAEmkRlKyHoXTxlAJAHkgnorYahF2lGunBaxlqrKmtANDDYTOfKUH8lQBl8WgyZj1sYY6h9wxkpCQ7AXoMRFY2Py26zMuRK1Wm4pnAmsJg23zzxwfbOYxtnOI2XGgO7OIfQII+iOaDIpMJEpoH8rR2r9TcjUfUke4hm7MqjszsOYdEa0abycdMmmY9rjLn2f31v0nDbfYZQ8fRGnz8TJwpKwiTM8GBHq3XrfMeZo1iAh3Cuzctj9yJegYhiCsOfcOKEAhDFNLoA01w4UAk4whK6OaI46GPhPiFY9Qtd/kx8GaorF/hx4xItPAkV7VPItZ/aUJvKFvr1Bw9jZ2MCHWwPzWMrF5F3+qBRwEb6NXpdH0uYIwf6HcOew2TOcV5adGLCVKjgcDeX9LO5xln08saN3E10pH4vdts2BDy2P3y80Jled71d+a9pdxXJadvUsLI0tn1SkOYEpD0f9s5lDiGflhsVCpoLFzmVKpvh77lzT/s1dvCea2fbCoPPNWvBcHPlLHvZc9dt1lUbd8/aiURGXMAisKW3s9lJIvBra512RC2EUWRzuNDb2yaBs7Ly5P8b5ey2HoR5HnISTuLI7gGABx9qANgrCjjZRzQHmlvN5CvjBK3mRv2OrvG1lclqj8Tt41t5cXRilatmTNtYgJV2ZYbXnmv/NS4oOFx6OyunXjuvx79i1etkShcni0IaULdZnPbK9lzzqxYKCAv+uxSQph5Cq/qoJQh7VxjPB20W8tot4kxevD31lrSy90Z4HSLFV2T3D/VyfavLzLo8MEo7GUh7ECXdSl2UYMA1tXIxsKRGqQwFnbLLI/Hg+PNHbDHcAoaYkULqX5uFxy7H5xgLWWtDUkVU1qC9nXEZqaA+lkLkx+LzAB0TvHKISC46T81f58Gcb/fi24mJFqLYVSDLhDZHZtyTZZknT7WxqPtJDaJd/fBWMKRDXZ8QPOyInkdYgPjuHuZ5AwRwxoMw/iwXPLaf2GHN6soAPaRicxXZGXGTkgSkeHMjRYX0WOy7zgf+JsEJsrCf4yGpOugmzu15pn/aOqJ6dWUrUhiHFQY4mYz3f8k1zUVkejiOuflpytHpG/75GQ/ML/dpKyKG0bFAMFFxwbgYY050Vcwjc57zTvMxOb1rcnbJwe3j2FZzjjdLlY7GI+o/PzPTgch6JakA3pqGCFADhqOz5Ve/H99MFsZkYFJtfBMjE7uCoSOLWtYIJhcnpuJilwTORwpFFVwjrgMcBr93mO7f+jOpINasDvb6KD7GxUirxCImIHhlYsR6xKrbWPk6q67w9uIe3pReXVwYHf27PE5mcLBqgUiYPmfhu2mfccpxOc08HrO7hCyGcBQxg0wc73VnUR6OLyZXcjqKiJvzGZ9tAQ4+vdeOI5p3D6wZtSNdUxyhST8AHcurMHy491dgiae2ufMzh3ImzQowBImxDe7Yt25QhyZM1WANlfzelOLHfdtkViQfCtZ3ApSPq1sHtpD4IKMxiAJ5DMca8cGTDEOVPdriumgxCVglyvLp+KI6zLWmhKo8ZarqNH4hoZFUYiuIR7diYPxrIO8ihupXoe4agT+JQE+tN4FVEuH1MF8egjlbgEIVz+JhBD5eYElWmFwBHkTqxMqcg3jpV4+PMD1TIQ9lA7Mudci7xa97RO2fgajw089J3kFhnkJwKv31P9zOWIhKqESdX3juUx6QUjPTOJvSKPER0IA7lzUt3VyOVXhDPvQLAz/rQIIhQ8EXDoFn/LiPLipO4slYxiDrBZuImhp8KGtk0VsyOTUjYU0wZ8GOsZzKUAuYI/NbqHu2vLW/5qi13Vpl0ruJgzM6ml65TTitymZMRabMjx9kE9NKJk0JhdGiVoxj9R4YgJg7uK3a3xwfgm0ZBopBVlKH7qvT+Qai2G//083/+fGBBfJZF1hiO/95TacnGKHJs3mc5og8OaKhwWQ0/xNn5eB1w9CSyRIFvDRmbV1lddz4mB6VgsZKuLax4tajCeSnBG1adyzd5N99iWMj8f1EcyzkZKXlB8HBjkZRDKyUTVMLxKH8TYXs8RdQhO94zjLdBG3OiUIxZJwK8KJ97tpNGNnhFlXBu4O2/ljOuHsXfktQwYJ3EXTUhYPJ7E9Wbs+XnGC9pqoYIgCJQBa0fn1ham2+dCYqkk46LOhKrsnEXnsVHByMbjAQaOIkQG1fE+Z0hdb0vhtf/R5NoBNFf+EfQuOCft3hA/X/b2G/Mn7wbqq4AE6/E90o2JMdlrE0sPF4fLWG4y53VPmBw3X9aFn1Xyed244I6ITHiCls+PNGL63cv0o/4DD8DMujqoQ659WWS4/VQnEav3n6c7vqh0meeaFzgKxF0wRMZaCWkXAqH/79xbkJLtdiR3FpS39eg1zU3qqOzuXYo4LUgtJmTdEXY92TcMi9/c9rg5RNn/mn1OaKkcEjXtRoizRRiHBW02U4kUWNjFPs7JjH4rlmvgPEch382m8d0mdslU+XTkdZb6vnvL+UChA/8OKQyptVc+K7VI38TTZVz9h6t3ZwXofjvH9SXYQStsa8/0v8mOOlapKfr8hP7/83XLVXtgtrFfjfihGsXsbvahGMQ8kCtgnDOy+4QAV9LCK2mPATZvzvMvFf5oWFGOcXlMjubPfCx09u7Zdi2mS/oasXf8JVDC18JNwuXEgB2wB//NB+VwY0SPO5xAD2dhOOe6huldOcUxGhE8kLxJxvZ8jjf9z7Scqtpt6oVzif457TP7RLlDQy/tD0iMZOsW39dUv/mfMhvhKbMFEgPFYv0HDIHdLAEOCW8Em712I1848Lm9Dc3rLBXrUXMMi9UDYHbfTgosiTPlE7mNM/8cw9IZaAFxjQIte5NAYhg5D0Qhl/Hftq8F7OZWVHFd5iJbi8IdfKHOE7J0iRKbS0Tm5hpOuNdgaTwu+MPQ+S0sP31CjNiqMymcTxr/h4+hCqr2C/b4lIUdbm9Ik8rTyxfUfvqJaZmy8KUKCXae4M9qJPdw92tSW4RBPf+3WH6teXHkM0SPmZJkUd2HS6uk7hXXvEPugQ3jnO+quzHM3fV+P1643PZ1zI13mst5al5ZKP5feKv3+4fN9b7/PMh5VqhAx2B6bVU/QEYHxkd3Fo+jSBiZ/mgI49FEcteL5IUwheHr5f6P0FHyHVsT5sg3DMuwVYthHBLRL2asjdllWc+UmE6iHlzTqyGIsJ6i2ojEwplviiiq0dwPt9WO3vz7Z2cXiRH52RFoLn1lY3drxcgfwa4Xk6iyHgJS/HiC2neaXc1Ddyq4Y6KSz6dBA8oDxijhQpJIHVC0YexctpS8e9I78wPVnJkfOw+vUahrLzc5kbAYjBLxfQDNMi9OM80jvwllszub4DVNIB+guJZWN2TGmlec3qsu6BeYrry47e4/G64kTLuCOUV+k265CN+x2tXfDGiX5oRWMpmwN7YvuVUs4xZVxHqPhAN5wvwDfgdk/PP/25E2FyVmliMqHr130CjMeSH3qIqBHoBY9sfk2FfEEf6o9uDTE28Wm172vnoaG/ZmzV9fVAXHEP8Dlixxe8hEoHi4hWOxdcQ7DW0anO8N7Ia+tAjz4oBtSXiCItaW0jB8gvE3HQOsf8J6JIoNTAhnxk4jTqhgBe4DV9YijbOZf3mhp9YzPTAoaeJhd2D+UJFJI+MVQNvMdHSZvHKvXFgYnUgFoaZzaYNMFkBHqddswaoJq1IdLUY2UXNQtHZxLSNJ4VDmCjAVZ+NjlkkXITWC0jkwMw6wRmEJYZrYwSP0ReLcdzGD+QMQCQYOLx+EYKWhOWHzQrUCxEXi22zSTunbjqzSX2L/6xLzQASfQgpd6NAP1gptbK6d9EmvooYueAIU0BtvcrAQfCBOIt5AizkZQZQsUPRmwSyWcQpblcNx7CE3HGwdtAjHnbOkpYGqFmiqXhnIfgsx2CG/ilz0SaZqsUlU9OkKmQLx7UTuiiuGwlLQK5jx5kdAgnMKogmAmg6DuBi7aG6ZOijCaWvaDTDGAZJW1mRB+mkRMkqqPdNfFxuD5gmpE749/oW325lk52YKWo9aD9xc6uuWvpqOGtOTSRJqAgHdOXiCKrfbOn0fTofDQ+rmZVW7sCGxAChKVIpAAy6fAX7FP47h2miMahuaHV4Sv4oT60OYKOGET2JqaS4LA1ijJiUvmFEYUADRBjEiP5jxFN9EN+V0xlVSdi7wRERu1eic0+Ul0U/IeJHcy/HcDHxQlX4xMniBf5D4hyHKKhMhRXLhrC0BfpWuv5mPmZrJ3fFCtD8lPjQlBTIxT/XHeKw0dPPZGzarTtU17oMumbI+4ulC3A0PooRePtiM56akOU0ALg6OMBAn5yy80CKsRo8bQH8tZSJGarzUaf5YHf6+Nmvv9ohVn4bL3Y2KoeIT9taxtriWIO1Qb3mjUn+/dFQf/Fbkvp6d9F7SsPdTtWNznbxZgFYGux80d3dNaFjcZlR69c3gicnTkFrMyHVqtuDbbdHRuGyrQVCj3/KHgJpsooG8+D9n5MDd2y/4YyqmPuj4kWy9eG1lUAllbYqLB7elp0B1bBsxCJ7i4ZttjbEWgh7yEx+ySZXaa4knZINjHpW5SBCXsMkL7IXW0Fjm02OFp0wxAa6eQl8BSleTKGDa+kCrb3TO4qx1EurvNo6rdY1rHNxiSBM3VHYPVLAePxWDjO6x+tEm2ezv/37Yx+KxD1SmUsvYoBlgfMfCKdd+3069IMnftcQv1PovqihoKT66xfTnbxqNcaT/4Wqzu2talM7wPj5g6/OLUFlwN4ZL8+eBTHbA26Hphaxn7FID+vKJJslnm2QOdx6dDzijbdxFpAMMQHZAy/ooJbFZ/niQpcI9diYXy24oqSOb0NRZWIM1iGDjvZiHtw6UVFe5FNh5EoTYh2wwaDOJnEFFPhjL/RR3p8RlXFBnFCGyZzk4NiR/t60T0NU83IbWIMhGIMSSXkduIGEGYTqS3R2GXkM3D62Qc5SxWNneFSuHX50OnECP35ncB4PScrHBdXx/AlzO5h1kkYZT2uQEUGFd3yTKbMbnPuZX8Da8IgbEI3m8BIR62ksTqvkW+mnPJcJrAtzDumzfoXuSqNw8ZHQ36/Xq+5QoHHlzVmMS2m2i2tFd+BkeWlnuRqqQOzkgXulxIYrI2uGs/rTGakssDjSzXED4BLqau6468bm6r2OXdNouZdKfT5SpJ7gaKRNAq+yKQxSx7lpTPD41CK1Y9ejqENcjAh9t8w9p0W4r8YDLdQ+Tefxxx3kpeM14LarkuNNPrVqXGwc4bKCqHprLsnHlwS6E9VksPkiCvK6DimgLGZiuJfswYpvCmk0Ov5/mbYnGuf7Oc07ZMaVaKbtsh8kVfJmV6+5KEmVYPU8XEUfaFv9lGFWTbUz/FzmFN2pyHjNBWEY4a9xUrlY/OSdZM7geyeQMZjDq3l95NjUc4YbX4/1nDG2UwPqjIKOD3ujBOWv21MtvzS/PCPr2bgTXDVbxYUb+eEmed1g+R7jdCM2mvboBzIfJUbfcLs4RgQe8db7szQKw8q6pPmk3Gz/6dWeVT+Wol1yCFMn2SuPZVZ9DdyQQ5m0AgwDo/hj7P0mpaNc7ZiOeMUmqrILBuc35cPHY0ixlBQCLE0U5zotAcnYEbEzDYn/vHcCO/eecBq7TGMM8/JiYFMZxflsCRhA1JMlGQHZe7E/VMmx+2qFqBCcsZbCRkD7DG9OSRb/DWd2BwRXwC8YTdIVXd9SWsBK2LRDi8KqGpaPm2358UzfBo2i/Z0BwJ9KNqG8+AU50eCU1QQgjvvaRlJoaUJWoU3CeMMI/B3lm9luY18fFqQdHTOGmhLXkN9Hk8k145MBq+SzAfSZXuN9LgI7TJzOwJpsAf0wMwoSLrHOWSJjQfhRObDlPFTPQidgFL7eV8qYjDxjKbsfUzvfxqbo/NT2V7fyj8fxknoIDSStjr6yWhABOVaH4blKuiNwYdILnTqtQwbTQlqS0c6yWZkylfXrfdEqaI4MSIjyFFsIKr4qf+F+wesy8zFHwPrEjRJpChjp7Hvsx3xTPGDXfKXCawwqu+HVCio+b9dw1dbtTnzk7SA9MRUbvxYQ818Obz9ObxlHdlS+PVq+1rN+BFyNosRxQPvXCgEMJwCZNnZxUv5laCw4EYTisqGsEIJhrVVstU+nTN7lasc/INJwZFTn87aR49Qdt8gzUPC/qEPTOot5qMwRond4dMwYFxrzcGmjv/cxTpTuiJ+kV9hFmoTQd3NEo3lSDEi5yVsbTrok85JyR0dJSGiSdWpkKcAy2YRAD10GIYmrPh6IPgY/YUmwC+1q1IFGqEferLpOymEYeBFB5G7AI4JEdAebeiZi5EU3Fxu8dTKzUEYeeqXSYgnsuG/+dPa08wg0wkON3vj1Xh8muGsm7g308jzPG+pfQ6rUPDLlP+6HXYcRuEsA/MlnInT0VbvTO1myQ7gVik9oIEeEDrxdCa0ML6EZeQhWDRSyWQ7vKlHFSvofrFCeLJIhJDJhW6EX5lUhops6feITObilYLz94l7Ope7OO3pJw4auGyz+EoTYiR3JCHO/vNS7arbMeG99pG908CY06JBz8GX3MoZ8OFg72frN5HN3oCZRuZ9uUSxgC6B6h3/Fw8jceAjc8g/NwqER55HeD5a18wrd4hZJfOdSeEBESuEFH3Al5SQBj6lTI1Mb7742d1qxX5TYfmtyo2jSWLTsGJDd+E+I6dm14jte3ujt82ZdSiCK+bwyb5uHvgqi6eYdzjJlQm3foxs8R2BEAse2xkJ/oh9yTiukTO9qw0zWFsQrE/YgNhF1cvyjCGUAqn5J296DgKxQD2Ny4gt7qAikOwCG0hKxIttTk3blIFAhBqMv/wYTNoG6jqRJbqbNtdRyvRefRwyweRIY9onRt98vb88wz4gSbEIMFFxQ+ZAoFx5eSd1RVcsU9vYl8U19QXoCmK91nAC8AJ806s7bEQOuQ3ewG+6urJMut+ohODpCJDY+rEJ85Ii7kibPhdiwh6VBBzRb/gtyDrq5E9jyK8jhmtcNbKEYCtyuiYS8FTWIrUoJ5Fl6jE+g5KVnWmMfFrwkDK3FAtX9qv147Uwx8PUYZjwFZuplEHTZl95dZy+ti2lFUtcEdZjtYhxWCKBfW7TgOLFsMhCWwDqPWU+7dOEReHbUeMr8gx2Dgs+vO4LwkrpaqtSBYsNpG0nhLlGxCt2l1l1Pf5tlXB+bOqXhw+Nx4uLu3PK0GQAmE4YgtWJNL6q9us/5VxCzEO2IK1feBqvF3SheiJ2TmuYWLzaLTPeS7dcLhRslK3os5nLwP636owVXBnPFW/PIW9SHmxtzTY4GKrF6z1VAfacV43zN+rsfa/QgHv8yAnCD7Z9PWkfR5VXMmkcvhZgcLTy5QIipkBqt03ITAqRDyQOh+qmWXF7MO84CdYKMvvbm/RRIF4FlkYIf6ElZ6C55Y3VtW7Eve3uZxKp9qpC9ngANBByxJUh7qbYXc97JYBi/TN4T1MLGFiylGupGw6aAHCqREX+xhJ94MGs9SKB8wv7i7YNDDOg4zZYmRMIDL+SaQ2U3Lo1GgTO+rU+BwuF5ShHS1GTr4tl1a6T4gsuVMrdIeba7fGAfOcFc64sLFGAft6tOd8gG5GbEaCNyazaEnvS1EPvYlsl/qDFzz/1E89uz+STy1/rP+NJz+kDHir/hKod3+Z5git+dyCUo5ebLnkqP9dwadWJbGD0VH9FoObprWmOiArAjwvET56lTm1EUxWV4VK57T4U+Ddb0QlgtdPv4R+/h3AUMo5D2cdXkT1Krm+qJKpvi1IBN1B+ApwUjji+AWNaPrRpU2dwTz4LFORn8PAQHp/2EcyprSLRwQgI4UZ4XGTdcqv1RYMRDY7Y9f8FOeSpijyQnJel27+hjtNUKfK1KeVkhaP1NduSjBCMRiFwxW34ayPxE+GBGe9GEkR8xBAncXF05n+xISHxT8jYT7lus1/E35ttfGP5Lr28gkEOFaqsN3j7u5YhVUO7SSBrpfze2egWGi6TSqYgpVQ1ZbuB66CSmlK8EUIA6hFOIPUYFwidyFCWQLeF9Bfd4Sv20V9ogCMm0ZnEym0/6OyerHiZWBx6aIYTamNmyorm7hFTR/UQS0lycqgee2zhUNX40Zw0pwmRXlMJnF+kglWho4ZK003Ezt2gPe7tW6wVxxapl7xNH8lnSFSCVL0PvD8VFnAgsAvBoBKMPLjExT0Jq7gzNSZMDX2RsUZX2h5u5isVq22M3vjqmR/fePPsqXz10iY765c+3JwUQDzNbRjRD7MeMyrBxYZ8k31VR8hXb2fx8pArt/tiKXOto5RYzUPwJyhPlhVaKAbncKmp7CZLfgYyuZHqWHAxc0hgG8j87c74lzBWsmngkxbeBobpJnm69qV+hsIQG05XJ8/AttiamiN/UNtAS8QhLPyorFlnEzKNtY9/f+6p9hUrSMLOOkmJDGQTn+wuRf6BUhnav5nq9KxLQ98WmH4/DtqHK+SFKKLpovMTqsmR3OW6r0/IfTxnsLUIZ1v723icvE8Slc7zkmSwjHr6ZcCJQzLY8blk873f5BDaqqEWgBNYn//GAweNduSErQsrHO5hLZgFHzeFYFu7T8+4uf6ZAcbGVmNz86Qwcmhgto+7fd0X8P71hYiYAiGowgImUIIuSkAFUtAEfKrlhFNxUcUXzu49//dcqsn8GbC4pmLdiTMU9/62n85AxuLj7XhaebY9VfOahlPN+5ocCe6tbDm3kI+9zNPOhOPMbXN0v6zOAF4jjuPFa+tF2BOAmq5nuxgrXsOY7DnAp1CHYV0BkvgchiTdMVTfJTFvnKOckQPTPobyvMufTnjmz+glO0trx7BvDIUnGuiM1+XiV1+fPUQZdI7pLG7hMeA55vhO1Wr7nxDsyjV4nnop9l7aXxavzx43z80Uky9/+izSn18KJ1SrDd+4ykXzA0/iDKxSOPRuEfPZOnwqYTdiWVv575n6R3+5+t94PJ78+wSr+d/+IUBKO4OFT3jUs6F7G+R+C6SbRePNB+OErzSsGeHKysF3h79r5i+q2UhC6nuksdmIwASoaxuqz/sk2JTF9uCgR4Fv2ZCaPDKSlMOz0cmmGieh5iEiKU+pJ4Sdhb1w+O3xUOi8FxkoMdzvuFvzV5tzrnaVHTRhEjW3XJETTMs5zJohGRZ9zoET5Se/JwbKaQBAeCqVDOm4q2bnF7I1u/lnHUmQRatUFFYCyhq0Vf30K4r+VSg9Vh689rkcgELlIvjU10ftjv8jY8zN+Mj6x+YhmfOhIyBzJWwuPNj+iR4xoBXXKsseAkEG+bx1IozGFUSn3UGiZhJxBXaXKnAQSN6xc2jlT5tyL/Zfyn/BSs5/ozCuf7fqrkQwNlOp2zxFkK4lk8l5xXan7SGG71SxJ6Vl/8q/mbddoYYmiGMwUXOwaI5B4QokLBAwf81xfPxEQ6CwEiG6JsuR2QwDJ3f9/LWmSxDcKLT556UiRNIifMRxpTDzQtZd+7XhXJlwal0cRkQ7ZFPdAlvo4nU5047TjCsskXnjwgbtHTtEM0fbFyT+z1CnLDRufNnw/HdVVWhMLR13ZKjVDZOJ67CuhN7dYc8m6FFxEsmuIHZAAiqB/3lPwHqG7BUP6APPDqm2GAasmGaQ4BYq+CfdRcJOFAGFRYH1HIqb58oiA3sb+nBgOijTL/Wb56ntiIVgFQomemHXhvC581R9RGV/A/+8DpD3xuIJQ+XPzMjLnVVdhtoeLF9TCgJhZVjupRRMr+5joFucOabsoIPLz4ZdDruUGEccQcXHlqgC76aJKnJgnliYl2gbpUlWKvBv3ftRBa688Y5CMDyAT/OrjhjIGzQQy0DqHZjpO+AkNFL+bnzLLNoMYXa9rJwQYl3Pztk5Y4PwsUhTpqWrtKERJ2C5tv3lj7x/JW31gnziZ/qgYu3L1PFMrRAsbkjELqmqyIA4m0sel/NxSRCCNIgCvFl6il7oPymgYGlAc7QV+B6IvGJSb8Kmh6hW+v0w/vu7sUY8FoCE7XnN03i8ljaxhrKpEMMjYjaVmmO4eTFA7Eoc+RWfTAH+SjDhRXBBOW2dBTjtlI8zDfeOG2BEvS9K4x5pdsCnIsQkMjHaVv+DHTfxYIM//yGjT9pPgDJT+CvK3N8Q1JfiIeP2pfRqS7HqdJeTspivn8NnLmAB2n/6nnmaYP5hH5Y+wTa1gfsvOSThGWFWEaEAUsasawm3Wts/Wg144FHe+PTs4GdAgs7a96/56dFiQmQXwNydbthTgevWvEuNQoSDkqWyVSdiEaPQn+HF1AMnDvZ86LYZF3tsjyYa6LPCZ+XIVVwJMxgLBCsorE/0cm9L65FWyUJVRJfVS3nQU1lPkJKD/t3exKAMoTIaDWpM1DTKvgONn1MUu3sVRf2dRwDfTyaLpzeVEPTetNnkeSebsjP0jiZzX2fagstbt1qpufYskHecaiE5bbB4FroCgOPfEHcfvB/ea8x1m5JaG1F3a6lAJwWkg+pm9T8ePBtXowhV0UrB7oTNY07v7Fy/xVhDjz7+tLUEyQ2if1Mb+kUgK/BU/+1zfSFuXAdL7QaENltAbcJ6o9AR1DheoBUgfgA6MOIh01V3qUKRgZAG8zDhZDZaDCIJJAEwmB1o3E5uM40qgDXZTt0O9RB6dCDSiUQXMt0o9KCiF+rJuqzL0/vJd8cPPu7GXWEfuhj4PTGho7sPzA26iKIyfrXzcKvF6+mryboXeFKV7dFT7l3P280TZirNrSKUmHQPYze5HgXvD/Da5BL6IQep5ZyiuyLQOd89l33H9eodvB5auzNez+WVbTouJdntXsWPeHCLmL6AOYWTRofziWjfw0B9eKvBPb/n5Qr3hN2/zFNGg+rLlSdpXnY8zxbZ5hv6kHIXq07GOWAkURRhqZacftBMH3XylHJAiV7VOd7ErXzh6WLTt96ZSHhP7ic+x+l+dqTteAFaSiJM75Wwd46vO+YlNm0lP07R1QafNLf9KTYxHp2/6ycJE9r5FLU8VXNzvgPuMhJHnMrbDp8P8Lrn7S4xDEnDN68Hcaksnb5Qy+pn5E0Veb4MhkISo8T0jAd8aeY2t3iHi53H27+APYXEAk8zx6I7biLpFoHaaShRq7TqwjZvuXfVFIsZNfd4bu/d5c15dOdIQI/0JPGFQ7y0kO7yLvfOdyWpZ2ZWkrxQiDxOgO+LkAHzevlGUbzRizeXvJs9h++IXAKBmetdqjXqy5KQXxMXL8crX5TgHIzLB/hldFXG9PbGdr3I3/qjYDFF2UjxiyzGW3VheCb6AaAvSbgVnsI5/JKVH21xnZZrUTDCYm+ELTMlcrx+NNxR3zMtXbCmGnJ94UJzK3YJGF2kET9TH6QSdVgDTsVAWEzmhBRGklBntPwLM076J8NhvAZR9jh35V8QQPLSUEILgwEo4Owop5U9gDA7nmn1BEzTcSDTmpkWgxU9Ae75pA/dMH2Bl06k2b6ulAXZxKKvOxVgLHXoJfIWVz2rewP18r3EW86e6FYEPiyL7YRHvLUd855ExY1Ku4a6BVm5edFetZ7t+q2lVpkO8/L+pB5Pt+UH0OIXdg5LYQF4T7IVrXruiSoB52hGuxjcqYHFH+RSoRyUEg9cgqFtRYolhyoqTOVEMmuNP+CFSO5Uccm/yhcnfhJS9A2AQV0RWEZWSE9zklQ4VvjOA97zooNgcy51ipPJeBEqXclmlp84hm0bHQr+LTQJRsGXeGPvMt8A4VJU1UG7xGuGUT4sl6eVvJDgOFO6EmIVqURkJwLzkKW+lbDTn1ygH3VASoRBh9QqFVBUWZuuRDEYU0tdOBsrHRaXcB3F7Jip0JICQuqbdheuiFzyUsKMpUVuYH1TOr8/PCVmucKlnQaSNPcTO+InYfJHGq/ut/jgC3ZsVy2lHqxI0fUKDplODKYE2Uc/J2uCZrfzSN0RRJx5GrLpagXcx0fXmvC1yq/ZZx5uBiuK5AvUnbjU9VidmPN4Ock4hCmOvcowl2YRXz2LHo8D8UlofpFiwxHTjyddS2oSC6t/gG87V/ImAYPyj8wJMoeWsp/rf1JMCWjqQAm6M9w3pY941MdYKVcAm4/VztTSm7cUoXSrrs2cF1Y7R0j8nvfKPQIYFr2xriI3y7EcBF6AJHKVy6IXtadTPONEdyjMRfmWgRhCC/6E6rVEw9HBA/U7d3WNm2lqMPpBS+MT43Lg25L9caJF9vYHn3AxuTwWlL+i84VhnS/nqrgu61nqMo2+ATUH/EnJfPoR38dTQ431w4UNG6vNTSlmeIgxY+A1t9Ye7icuufdA3+kHAjfX7v5xlbrdCuDBE7ZTq73L+ud6iEQWTq0+86Z2tbl69LV7CDMxeHmMV07eBS79IsC/SIwoKuANbIWTo83dDKej8ccChjAkxzHhSkzvmRJORn0dOvycpydP/ityLvuOf+YITMC9oV6T0V2PC8r/IPEIj27eCJoe5SBGP5+wz43p6WE+vnp9y1+wbTuVVybqPBdPfaVj9xRmmDW7KngZGa19hNceIn3OYnzEah0zmtsG+e8xPMMdXQvpihT0r+idBJo2IWDvPguW2cGab+1zwk0+DaA7SvvNGl/QJ2enK2QQV+M++/i11RWtZ5iIFpsOE/RB6op6T2+3jy9nDw2+CskViAbNIE+DU3ripDlr18DvgWrObQfQusente/MogVSRGGuwzTZ7bgKZZZCqwpIDHfN+A8sa56uWsf4Q7ri/Rz2ZXWFjsWl7RcftNFpOPg5rema9+9EP7VK0/K/d+8WsfZAL4O1Lelqf1P9gmvNmL3vxBvzw9fmecj5oRrtIWvdbaakQwJdr/grhBwGhGF+0DkHZxwvrAg5a/DE9gXm9xwnHnqYnG76KmAiNW5/53TFxfwSNd7WHiOjmy4wdwxJtn6Sk1lnqkvsMTfasIFg1xmyL4026O8MMLO/26uywjqEFUgOmsjVer/eUMRr/EvH3ChkV1eoVVTf220gZIDYegDqpJLZ8WASk8m6K70UZK+VX5tVnrHu5NXOK550XeikB/I2z3gqBAdLPvRsFqz0SUggKXR7dg+AR+jEdlkR/Y5JpEP4VBfxy3bK6/elW62S775EV3iWP/uOekeLAuAitx6vT1B8SIBD13XGw+8Zz8gmEi2c6UJf9jbKlD3hJ25CBIdZcOOaG7hsoXr50DgAtHhQJVqbW1Dl/cljWL5ojCr/LJoYfv4my9Ltt0/WOpcn6Veh2+PMnTs3WQfpWtLlPiEw6EsSy3luLu2BJ+gqZT00QpAYQeWCBZjgASeFZ6hPcq/68Kzl2YUz4G/R/DG8NRj7ET5nusogDsqa13LPQ4IlV4UaUF72L2LQiZoJUq1KABElZoy46hY8CCgoMjTcAxFqlYQEFlIHlEpc2+I7HMAsP+0OukemAquI+i2Sw/nX3ynjbg9moi+DyMu+nRgWwNcvzfXIYizoxWjaAmZDL9AQC2pSoN8fwbSaukbWfubHbvzUQKkmSIYVcOsXzZjGt5nWtVz9etTPheKdw5XtJLbhkM9e7fKCDCdp7hqaedVahBnB7ByUGYgbcpcmATythnYOVlHLm9N7vxV4PjjhFQBjQWo1UEJ7ubgrRCUd0Mjuj/1vegSZ9E6o1r1jUgzQ2vQ6tcn4/znJCvuSB9Q9gJiBRFo0bML7IURI28ydvZyDviWGlRzhUTEwArzTgWUPBo5DzlQwktN3bZCJS4qmPa14RzJEyLbg15JajRf8CkanyYP80vlJrV9C1c01/zLhK/UVwrtUHlccjTe2kpK4LFXyUCge8uux/ZzWHZclElPfIMyx1cOb+t4mtDR/xjdY4CTj6NuIxRW8Ey0M37gCS1BQ2shFGG7Lpx1SpSjVPiRdFUxvw11wNue6IHi85dIRS1SKWFFJg7IW2od+r6cRRdAeKxgY/F3R4XASd1GzH/2Q4EQ1FMb+o1TouFE37wZv++OvakOIM4NYHOjiyv62Zu07qY7XU51az+iMi0Bv/X8TXg4HfEEM0X3Vw/hz6cp4/BIwHe6D87uDmfXoG4oj6epDCYnduz5uzaHNeWKvq6ZcH3y8yQEtT791+XYV2Lzkx8GbHtRV2pYlQvFA6jRclW9a5sODf/PzqrFxiU8LYk3z1diWZaMlmwgZ1EcKm5cKz0zy/LrafdtSXwjJyJ8fGdi81HeyrRnU1WlbMACLYjopj4jYQYOxiHw762jXc9/vno5IicGJHyobdy7HygCOz0hq3eXk+8y14s/Kto+RzxafQihMYkKS7wkvnPDVzYvv8f/+659RLzBZOrWEV+asGH+UdnVCBatEtnfWQ06GRvseiB7BJAjuE+WNnUHJVEfF7fjfM90Z/gRXUAGLMkVUmRrw0HkR70w6wBx/WE8OaVkwU9xAIR3Pr+QPhEPP/nQfRakF4omy4HE/SoSbNeGrD662EC5VoIATgTGENrGXyR3vT56+vf2yAnklOxAwF5GMhOx2YROnf8Db2MfRefz1t3BZIYEEU4zK5zzkpn+nmmy2geyD5eqpceHTcMPMq9UCGYmeFz9KGYxShoIMSlGM3KxaGQQCWrQy24KRLM1gLCqDETIur8X59B0W6MdX3Rzy/HZaihy4aJAiqWbxXCvHH6wkZE3cLTNo1I+EyHsoBLXAUhqplAtJJHlbi24omtUuQGY/LpKyXmT0VThljnA7D/EWji4GVPpfMLfAG6reETeJgMs4tnaVJq91xbDB4tNVqpgFbOTHDBtjiAfLym5UvqlU+4Ch5CopgYiABeNWvd6kSDzWZ48Ge8LdRm9axCXkyySwK0LlP9QhXcwAlo8hEIlKGcCv1dnR9tzZkxnZmDjS3dXKpfteq3y6rGXlVCeQxH5XLY77XLb89IhzS6B13aAjx6nRCh2i9j8Nus9TpFl02ITV6glOQ5uJL+alzCLFPA5lGfsxIxu6UmqSlZo0r3zbCXSApp9seGtgmt6aZ/rqat9ZQDIBQvS6ScnPGzQWPOyxqrgSbwxnzSGmwF11ks8hRCmeEBwmFwlaUbjCvNtn3NxTsLYst5zSWidGD5HbZ0xu1rBRbTV+3jngpEGtflCjX0zXsi6gz+vfUrwGmqiXmxdez+2DMjDtbHxyruKBK+SeB9V8Ghun8aeLcdUQ4ezT/gR9zE1MB1jk8dCE79SMFkFRNyROETUF2t6Zx1i5MweE2BGGOCUuEnLfxCBQdGyZJRNUkty+M8dJlu5b878hlxJINu2vY7jLgwfsbLTD8CC7F5R99hpNFdEmTsqQkYlw4uSdqKdEBpV+unH9WVYMT3a2Os6pCMvdrQNNvtfqSJMsskNNknEdWDgb+F5TkJDtal6eGkBPHR1KrhgrWnirqioBJnkLyo95N9N9ewcAtLILvMHfTzy21nCkPvYrz1joFWKK3gkJDdBV/1I3AJSo6pgU7VddArv1wu/1L2BRLyDzqWp5+s43q5nUwY+vPuDfrWAupWftfPNp1MPFwACmXQaUt5eguT2OPgyi66r5AydEL5wyCGEzXBBS+kK81647BLtajwiSn6J0ShV7X91CJ7yCQWbDUOjlX31E6AyCpFoyNp89ENqG4B23jtEWiCIU/1i/ZaK5H//49GWxIMNiV6eQVVLzqWc1v1s9MgAXNktL/4gUde0jdJjJ6coRFLB/qg0h3P00/2XRFeoxpTNMvoZ0mCRJ7uytrKPUE5WxrPs5UgEBOkYIfRHTpgHTBsguTQQ4XIZrGcR0hJUtr80YwiSmAO4N81VghW1Tj3lloF5e50JLRe7GMYgroZl5LNbkRPAJmDeEeYvMLOQQ4ow3AoAXIlJ4pJ8tZeo8akq/pmoPf+npU6pW4cWKim2LmBfGOXE21pmW2HCZoiv0qU6lGnloYvInCxfU1W6NqoBbp2ReuS09Gv26ldEfw137GYz1DK3UToTiK9s+QyYgeZ7arO0tslFd4iImsuMBZ6QkdoqaNPKviJ8zlj/jAywoQ8h10ChS8WPHA2/euGof0kW+fSkqCmokueeuyaqMORYkMSb5V2wtT/QPjIQ5lqB54d2tnTlEHAgTfTqkgAva4Igmz7IVZm7WV24XCUq1tLjWyq4xIyVWzaCUaX4IJxk7DXzRquPeUpOsIn3FTJOMognrgobLHpQJlA64nv/OrwwZ33rVhDMG8f/3G4EpvR/OH01Gu7VSaAPpfEMlGf8Dlu1Ft8X9i75Lbkbtt1m/KxbL+l3QDx4xs+xpZ7QiBLe0boATMxwaesOCqEbet0j+cgC2PCmXI1KrnWQpX1MVTThyG0FubmIJCy0eoEXOg8DYFXhRwQ9w4nfuQqTQpmKEaYijQ0Skw5EGS/agrv7+CApikO2jdW5FXeuN/15Bb2p6eet59DzJhP1YkuUwgrJuyXUwdu+IGXHvBqOxGSeeA5Rzv+teknlxVFeHhXwAPo+vuBDoYhLGFzfOvAeKK0CmRYsuQOeLuHCjeQFahkvmidEHsT8FSGDR/XurXkxIKBjt4oKunjIUAJq9HBrGO9I/IRtiC7e1nKlASGZ5D5IcIZXWKDX1sqflRvMQdms+VsQkZWkwCXwZGnZwPqeFKFsDOZKpViLsX1Q6AssANiYDCvHa74MdzGhsRo9QeZJKxpeKCFymlDQObhfXxBymbR+xrNpmPDarmdLliUIV9f6PsWHPSYFRdUUHTXn9SNWMt8seJH20oIxgzLsk81WW0JE+eZIaoHYw8n6tilRqyGj5jK6TA9bTreN7u9QWkPPT2yn/boJVl+rYZcWMYV8mQlDdpJDgXZlbep5xQ+aMpdER7bnsX2RCmAEu7jFnR4jCyqKSTm4rjlqqCcsD1IgzRdzD/j0CPtHz31xhF0Zpd5iL1vCAr2hQypxkvEocCYWexI7QIvypeeDh49YDkEf/nHhpt2gTPXx+98M49AZc2iAgrR9BcKURGUFz3vPKoFz8N9aK75QXV8xhNpXgBuEaGt/Va/+tZkpp9EiYHrNZNdGZSi5PMZ+qlSafPJjX+K/ML5rGpEAVVdZl51vrLhBciTWWj4mEmp9HAlGNV6V5C/poChoPl6oPxsOhlh55gs74NxsFULu+4mlee3DZwBrk5xu2E1aFbJPQHhgtfK2YB7HGzu73Fr9Bn+yp7o6D9PaS6i3p3pDCTNdFWcOO2+vzeoOzCOQmtskVWPFudpMRT8Bbk5c4QObtlFZ5ARuNMRxXbtgRCNYRh4obZix1aSpqd0AMRbPC+xGUI4qUVZuwZKVSw6lq11JxY1wMs9XR3rscvb30ekPHtRTV520k9BTDaaskjzjzE6UMwFZrlojebBnismiVLboe+J1DLfs3/BWOCJq70Nu9G/kk2cBXeiifYtX2FsjF5x2EYIME6egA2xlSQ0W3qkwYmdYVoOL5mXRAJtfW8lph2VmIkf3xBWuq2bESjc038CR+Su0rDRxxOwHVHDXt9EUakOR4CZARRsoRiURfqIEIb2nJXEp7aeSfh/aKDVkeBh86awVS7It8lDp3V1S2JpcnzZ3swTfyJzPogha9Bd91AYounC57Xbo6VwWUILU1Oy+YcWc7Z9jWxj/GmKaQbs6WU8Gmdt9lLiwx4/sgs8rlSpGEPkpAMN7N1bEk+6t6/twfmLAQ380AupliBAP7gBqdABRCJb1/hZJGxqnY2ClHjgPu8myxA5t2bqPihAODpMGVGHGZk7xuL38N4Eekb8y7oLaO47tFAuFTN/SZ9QGy1HuKxiUuJTUk3R51D8WZjsR/I4HGbRNhtXFNmjxxguBkKmO4ARzGiZDOKev/XIW4mne6FKmDMqXMVbJoVdl7ahD92OIsZXO4ihXEAGeeFucWgGOnQpRblNzvX4rqYyN5+KMQEddzkF3h6WWjixphUTiOhXQsRrU0V3UTR/eMlfx9A1fS3Qo8lsy8XHA2F4cebM/iGEjnOzu1GLQq0gustMmbaIdq+gfbGcBcxGnM26n4mgHaguAV60iKMIxVr/cTzUAzRal1H3VPD62M4KnuAxn91Hfc+T7OD4pvI031kwDGHC8c6rIt03IPT07bcdk5a38NWzQnRTN7CttJa7I2NhN80KPVuix/CFFa3u6wjWOgSf8pE7G7aQguw6iazKzrb86FcXWT2hRUHcTflZLYcJ3Vmgd6xV0DgPYx98tt1nQBobNQ4xfXOLY9mAU/j8MlZGxP9wCUCR4zuxMXBAsK4Lzwx0VizokjqOgHh6DApe8HwvLUp3HGFNmY//RpiMKFUW29loXTCpdu6BBz4XeSgtxw6CWAQIyowEENeODsliS5ForoalmE17sDLqAFO1+q+s9VOQt8PqpO7WqCsdcwGrXEkSaM8XhNhMYLYKoVCjQ802TJE+GtBCI7VFvih3Dh2W4Cp7alutl48jQbiWfhM26UT/PNVnvGLGazuQZ73ZiKnkMjPlkotIH6t3nLYKGhJ6AqvMvz5GWCI1edscBDt1CB6I4WVYqN4Nfj+3Z7zlNwx+M5jtYrNt1SWCPuLMsbVnv5JWU2GGxtKLC5p7lGUqt5w5Hz2qjkvloyM9PP6pk0QFxdmrDKwFDg0W/NxHdhBBfMesgppV9xqaiDiaeyQ4NTHALWmO4BX82rT0nZTDPFKyQoDx6b9Yo1a6tcBXWz3ZX1oJIH917dLwxs89WQ6TQU5JUc0nCab9lV67bQx2HO4st7m8e0xvZI+4f30cHYP/4NcOo8WThICswf0HKjzrA29GYlDg0rc0jEhfmwrNn2Ik4SdWRqx6EEMpn2qr4XRmwHTqrtqbC44Sxtdjvh0HK54jZlEl8ApRrHUZv5VdQDNurednEQdnq7xKdzhUd8gWNHlHWZG3Z1OGrGlGGyWw7rl5erC4SqufyP40JH+8fvWa0Sj2bO99sGnQwgH1CowwmmMXndztdw76djdJd4BolVNqKZ/lHhePfY0udLqK/9owKKgdOg9+Iy533JYxohLxEQ1IB0oLntsVL+mDEBXCyZqK2HOR5FLg1wpm8ohrM0AKrMLYwrU468kxD2hDEsPaekCN6A3m+Em8dRMP4h+tuknuybwOMjG7TlaDv0M2nHq3Me35lCVmno6C0MJNDj6X3OCx9WbUxuN+igAvH0PFi+yNmo/y2N1fhM/WHo+uOUBhnwHlhAAYHfNraihTy0BF3TpGfI8UdJin6EQdMGET8OlpicG4Zbf5CjOko4HHN5qs61VcUiqpCmRicPBC+NN0auHKpBhEc+xyfhVvPDm00Ns/XJQtCXe7DEl9B1Z6Q3j/hOUkH5ZXWc332uoOW55+qAHmA6Gv6qkcQhD/GAnt6jBQhww8E0/dfgqU53DlTRGkCMHq+uYQH5tUUhqxhouuHHP+RSeLQFZf3/oPqrzJ/IKbF8x8gvCAmo/10Iz+V+0WUP+HB64ihSGmVxGHwQsXxYjBQ8GmqFn5pZfXCvPDs6YEy/EF3W7WXBh9kHHwVMYa5/aJIwIUmd3hYtk8u4c2BVLTB0RYB8X81ymQ4dGq3t1QnD6dLrHFd5xLzVjGgjigEnA3XDMa77ci7VUXMMnGA1PsmTzv1aMJxK78LcWUS1oJF7YDU7o2gWByaCP7kZsUHZn3q4GOW58FGnob3iwlVpoIFiVLUQtZyUCpAZhB9svrhAcSU8uvtkuiOMEB6ndVJkrKKFQgvoqkMxhqIb/n2ffy6ru9SnhPlsh2IrfPSK6sGXjjtsD2sRRouoIj7gY435WvIntDagP1uHPqs1zatvlNwk2/YJlfnQbbhSqpFGpfRbqCjNnghQodfpKHrgFqUYNq5snHq7ADL9tfE03Mq++hLs4HQKcRZrkjahe64vuOBn/WrnO6ZcA1H3oY1Q7E51E9Kb8yGjqwTrEGmCSRtf0S/C0cNg4h1rFAXyWBotc7GiumhyC9gI8wq3KkQXx9LaX4LcKs+xzp865wObQPkiOPIH/Rp074urxA6tkdTVpTtQKa6gJJBwPqQ4qbp/+iZPOX/YMFpGtLlVh/QW31MyP1GuGz4fbdoXb0cRW4kX/pkEE2xRenjX7DVGV17ln1xh4/nsJZhzQsatxiqyNmAgiQUqFPnWEPuH0avhwC3Ed9pGzk4egkjxqokY+MmH2LsunGKJtAuPqtB0nq/yFH2LQYs/jBgeazxjcBCGwzvOiM7DlKcrDuLxoKAj10xuIVeCWJihZIViZ1zvaBvzRzTnyt9zlnszEDQ0RblbRo3LwoQaunOlt2CXXIoLQ1REh2XFXtFzWTXMvzXoy7A5wgfM4Hg+v63PTMYYw3yS51HGrjgAzDF53oJPvfA0iSfncLyrsN+PjTrM8XzF/NmChgtQQ95Is6oH+VVyRoR7kU12cBAnv1Y2t8EZQyqqI69Lu+rQbrozojP76sq6CUSlqnVzRBhlI8QZGT5dKa4pVZRr/9Z+EFmbgwL2hzuMKe2CumAXuq1koHkNPABe6zvooCrrm2QNd0Atf85PF1uqPBBNbm71JWEnGnS9tZPMirlTYueK8QZ0uHdDndtGWTmtjNxEY4e46KwHlLnetQZJwQzA5zTogkrgdsrYH1rP43M9QW0L2/ludbx+MlCjAu1ERT36DjEma4tDdK8V/wIyfwO90GgxwS5Bp+VSbUedr+47ZP3jewlxKceaNn0lk/NC1It/d6dWOZdGamL3eaqmSOvGmN07NTWS7KLjcEE4/LGtyyBKqLfj/l+997/Xe/4ug7dZUVbpq6YGkoQ9LjxmrPZyHUncGU+Hf3XrTwHkqqN+Swhr/+9GcQZ1nzbBMMqZrk2ZH9qKPXFYcB6LLiaJ26pI9M1WMaL7wKE2dcygGwJRez2B0SBl0nB1lOhmSCtHH5yGrjKrYz5BXwocbQFoNjLIv8tQuPltkxS85DAaBsRRMOC7GG1O/IMPCUoKQzMdx5iGDo7E74zMFEKJMjCL7XhOla1BN3xlOt1tR604vSzn5XfVMpuXU5JNATUvt2lZcJkzc5Z/yuuCv55UJl6rKlFGZZv2ozCc3F4lrallsPmzlSTKaXSBLedcJlkgzrd7WBj0dAR0NJnQjwl5T5bzDmGozfpTCy2HxqBI1NHsRRSzvzFa4Ox+Yed2lr/BaxR4tM3ysC5QfNtzUO7IeeSai5YgYOwEYpBiHNblmAtksIw2zNOTihv3QqZj5ZIjLFqTJq+zLbQViy6SzOiga3rTbrT+SDRixUAE9kdVY4DN/GUPcvJVYUi08Tgkqb7BCDteW4/aH73lA9fmTollj4dtG90L50tUt8bQr/bcjP6D6g5cg8TgoqbtBsV5AKTzGOCLra+NYTPJJl3SSl/pffTNLKGmHN8oPhYV8F5jee0q2Mi/mwOY55ii4Ilf8aNJ7g9uuoiKGxI2H7Wif3RPhbzsV2eRaAy4/BZBbqLs4hU13ZmM0fb2BlrHbD3x2wr0JHW6Tkdmi1h63qdaRg5Eco24NhIWohLR5sQJLNV008M9lYN6z7ubKT+h5J0r7tXmk7dt/NiYHTsuJkrP3YDBBnpKdl03vmCYeHJTmfUMaT0vb4AmWvHplsHDYT2aU4Scu4AMvqU04NnisOKzvfTWoO/EjKgo6R4xySIv4jSxB6rkLxsKM2fcljqWlXJo66bFamT5QGiVZihKshLA0JoBfRU/5W3B5IM4LDOOwBUhDis8B2mUjsRDfI3OvoF5b6mOPasgo4Vl+VnkWA2bbEE6RxUvJFCWixNIS1DcOsdv1dcj/MgKqhooiEZ1YZ1IoFNkM+Spq2unoGQGpZvmfUgGIo6w0JCkuFVtgrIiiBmmbjyjTHCOIKIRJ7LtkNxhNHwitNYQYyjACISQTYS3k2zzPpvIC30zPDdL0S6TiY0ZGzg0JFAiVK15zD4OAiKGTcqQyIMI1RwztQG8gUenHar83dwST2UaBNzMTp6PJHk58eL3jFys6kRo5TOGeqCDGD/Hydz1RKofxAWLPgfTtYGJLGajntP7dQYCF5uvi9QGMe4PRP2kMka8cxSnalQtnY8f2bCI7Jcp0PtZJLkaL4wXmAw2fRqIvyozrdolSHKrdWF5tfJdfpany1ivW1VONEiBS40uFjJFRH8FFYz4Dc8moHA7wDWMvmJLVZgz2WR698DWgiQ0hzXri57Tc+XjaczsVPB8KF2miBPXZpJCATFhUzVjUcvlVbeINw94P7jLFyxli3bGglUpoeGsRJyte4yqAovL5KQaBFBzlwqBUVuK+XLCHJe8FLJ2dsvafAbU5YTy5IJbr/TEjDKwtqJJ5xnkpthKQcnjfXcFJQsz8pGIRd+Jglj0PR+/+81+afqN/oapuSTFhwJJRkVMhoQhJUPmu1Y8NteA3FDNt9j4cSgwzdr5MSh2x7nb18rajBSCvYyS47OR1G8ZWojUfrHwRD74iGK6BFi2vqKjNUtCuXqu02ifKN5L/3o5ClfsAVWjBW7nvYm7mPhclfrMgXzViHYhIm8mWrrPoQmVnPPFtv0Xh4GgZarmCjkp9DvEq3N2j8OLFBzMzIxtu5IwFFuctYbyVlAD2p5xhaBtnBQYvLMWDChpP69BCMcWCh+r1CAlm1VWU6jBu7hf2/x7FOCg21BOGilwhi+HYeQomwBN16JAG/SDSMPF1BWQapwXn5qmM8WJSove18Gj7mB0wvwUyFiybYMW5pvnvWjVuZMgryiRmhDf77Td9i9qWmvjl0UDpVZtmYEvHQzfPpdvtDr5a4sOLklTscADKatZyEqmXB+acevvQvNRMID+/yVWhQWLwbsp3HetN+hzXsx2w/3oTETycWirINnQ6pDdoEouueIMYiTjgaYXRC4ZXb1Q+qvB4UwtoCyacD3ObtiRPQ5AtNYvDvwmF65WhpHE+VMHrTn4ease+Hp7Id1QYzHuyjagu4Z7y61XZqSyImfxyNu3eqXQ0gBe4+VwsboAWB77bLk2AtA2Lq+Ow2W/6Ghxi5lEHyQKpNAfiz+9+xLUwHuDLRwyBUpPfBCVlQuxYKdMWm+Cupdj7olQFiYvTQy8QqFwmF0H3Zcx+uznxH2fOtnGZj2CIcfJNn5waQ3NClpFtBCm1C1gRKPzgWs6XwuB/KGl9M69wcx+416OQQ2PYBC+xyaAO1cddzTYeqjWi4AK8HOirCRBPeqFPnA0lTJFDcnovYr0KTKVuIjMwObY81nn1N0vmDPwAFF+Th1TS8MNO9NOizrGFqluwiWX3i4Ng0Bed6xxfVJSiK9Go8Q6h1uB7GVPUio1M6E0Ajhnln2pGkpVHIDH+jRVpU1DLLvq86SyexxxosKQOUdGGvyp0w3ppGDVTEFah5OBAYbvNuY24QoyfvqbH98rqAybMJI50jKSKuxJgiPA8xhpxuApPzrlw4q+FBVQOACjS632f6hsV9/g2753sYij4rsBpTb7wdhP0fB27Ifij2u8B0IRCQ/hkRuHj8JGDOE4Dal3L0rjPhHoo2Zu08qJzMXeqgZMk8hoADYlNTO+VKm/a01uqU3ugSy11u43/94CSvcquXSVL367cY+Yamh+bs9Dbpc/Uz00wqqRjOgi4H2f7w2c+cScrVadIgHg+QG9qFW1KmS3ulKd8DZNo+LKAsQo/KtvdKFe86s2M+bvjs+TzD2g8xDonU0KGh1iJB3NeR67bWHtmC/5iAOPFlif2ArM3/NC7W8VWvku5n0O23aVNWGr9c4YBu3V/ZT7+sa+88zeaHDEQ+l+JB9wTkXP/6nQH1R1Zz6iYNwwoAv2D+C4/7dosek0LIYy3ywcwP6ww7AT7MEwnz5Rijb9hNmmQ/p/Qvu3VrME1zyaoYDV4XM3GpDn1b5B7cw11qL6fxwE0YJkVBt0EymoFjGSLeJDtNGZ8uPBN19rV1A1nLSbLm4tNBFSbAyO8wbOkExgP+XVSsa4QorudpcBYSKkDa4qch0mkocwCbaaxFI71m8pLDlqmVVH2gCU2uOJBN1wzZgdNFA+cexwcEDeAM7fp4rDqi/qfVyjMPsB7m5gx9FlxGtMNLg1eneh0KbWk8TdiV8GcPjJq0bd+epjCgqkCu9FIVR4UjCE3HXPry4jz1PjxmfgwVbOuIP3tBl2wPbUhVGC7LT5csClo8plE09sfsT5aCbKPIOYN9H2yyq9+BqzHcVz0VDiD+RLfBaI6Kr77q5i5NA+n3633L8KRd6KHJR0qoTi0z+YO1Y3HcALJsvPPu5NfbYueUT3Jwh+FHcA9umDEY91eUBrIh6sbAbrpYQjJDdCDPURa3DV3gQybjBKcB0/bonHfeclwHUe71umWbN5e+KppW8VyIsI1/BzBREpKfBUsEff5GPLUZHnE4zl83HB1PbidDwiCKUD7FRWsHjyNJ1p7hSTz/PekdXq+CMp87aTjjDMR/ihxS6G+CgITDnc/k2UNP7v+/iL2C/tfYPU5kLRQHj64DTkNyLI2teF8K80aUFMBtfp7iczsfWcX+M1TegcNK6DxXWQ+OF82OLtwMX4oMl/Qcb9/w0IfkwxgZ7hqr3RgOSnuVidH3ic3cf/vIujfwq+YbWf/cX6Pb0PWQKHX7mrrxg+eP4WrEjvL+ji263DlHu4g5vQsQwWw/aFcRcMmBgm1ElPr3rwS/cGh8rhyxXQ0C8Zdx9r/t1QHZlOBTudh6HJMiqtlvZpsXOUXTrVbQJiV5QswWjMZ1pHM6Yu1ZhGKTDQTVYeuWL3m5CAZecgKTlynOs8qTFMR+bVnK4g4xNwA3pcrx5KhNnhBI87Uqfed3u47876+MvDeH7fzTdMXHMt/OosRENCxWjGoY9LkWNof7bbNOVsuQzTm/rVd/wSyocVA7WTTWxJtvnn6EH0KI+Fem5Kmpp5YaSnCwZi3v4QQJsu1MxpvPyWVpq7Peo32ZHtX76kf5DX77lp6LAl0rfQXq106ITKvAC13rJ+PcAV4YQkGujOaC1VdGE0To6t/ROD/u6QRvnjgAJlPwkI8Ekwtq8hNqHY8Ah2r0DF4iVBHlO2D1IQTGcMkn0SJjes7pU2IY3uOBXTIU9Xc5nfq2lK4bF1pNUYsnH2LpE9zxVIjFOwmjJ7BMm84H3TPx2oycgSYXDZPua4qPmwNx5KuFA7FfGAsCNkr5BxEJwHAwHaOLi+E9DORE0MxbDQMNUWLlAhp8FBdOge2Mu9IAra8SgGLqKct0pNypq52JY6mu43gwVEONegeHNFVIyeQ1sBQmZlIXThfERcFPKLKF0QS9GsOvkIFB15UjlEM6praLRTYBMUmNGvv4uoFvDdj1Sx3cOvbmyKfXgHstXnZrVvLOP02cuRBo8JC/iCrw4jZPHiaHcQWC2l9a9s76g0YG8r9VN25XZ8z+e9mG7cyR3gbgtFWztC83eGBQX8owom5MX2ER/mzpF+mNj/gAXPph4onDGJKV1LfZGxtDztc1Z1TQKMDEhT8afzuwtQxAwk1d+QWd6HZUZ2+S0PaWZbSh+eong+BW91rv1aqdiLyXWVGYaUHac5MS9AjBRb8rG3sPHXx2M4AqYuvlQfyTPKev6AneM8eS7ta9udPSjnSPhaABOqzboZgzPKTnunpjcoweal/4iCtyk9aGQbkp6Vv5/0CZAyLTovcuwKVDHscEkRLrzQ2NEPZ4i2mNNE7n9muTYEWpdrM6DqRELpTWlMmpa1/AerQSI5VCgAmFJuIpxzvolTNfjEUy9t3frvuwbxWx4arV4VOz6IP641CbJ/ewz4TM7fbPzitw/vXvFeJYeuM1/7Lvqxtkh+W6ubJmXwK7FTXdMEzmE/wJtXqd6QAI3KYXkpzcGGNdd54jdBoCb9e84JcE5ffwlCTY4bUdFkSFtNrHhqhRV6mbqYR9A6wezru+XLmRNl7HXceddxRzx0jrh1M7k4Rz2Z8YHf7x7r/YKGLpGkYE+rgYVQ0j0haOcDydQuEijVAeidvDYRMLB7zA8IeOqQpcmP1so02z5CzHULxhJUxWG0zJ0UvAsm+yUyrq8b43N5cIo0MwMd7GWvELVQMX0DSn57z/V38cIVtdOTRtzGz11qrXTixAl6mX2eF/tmyXqLTNde7E2j6N3AgA+ed5luiYfU/PhymnQuMSbOAPZwAprVZpLR/F5zYpqNO7YkdW7FYVTKuE6UAB9G8Mak57NAT0lyGt2HcMZAL6dIu/tAbgR4sTaBntXZDZPOQW2y/cwDhf57kYet+wPI7+SeV3om/prwSx9SkpJRlDiQIroGVGQ156ZqPl4N8RUmrxmqnUm9dz8YJzDG1O1FyL42dmjvqG094ZrguvA3sqmVXj3TlA1NONmbGOFLc+kIPS1QMa8TQr+il1hRBb2v2n4LbsXu+Za5ggddQTo7EW66ztZUfOdVNK2xWxTYrNEN85ypW+/CXOEaICmi8kNmozDEVhrs9zg367xbNQl2qoj3qhwogpH1O0sEy1MF8VXVuXPWlVrXHPZH6fPNbJnULlz/p2735O6hfkkDFdDT4X6A2PmhezkaS4rul2i6Yl7qmzHmqrUCDfWWPBsGMRztcRFfbEuZIsWN+92ycgik2EmffY9tiFMlHCoqVVB6E9BgnUhrjH84O/wCW2fkmMV27IuLnxWG871g7/G7vufUYZWzLgOGK1txS3DiK3HrT4KiA6f6svgVuSOGmunwEJOXSJThdGhjv/vpcTkZkja3MJNYAgUrE9Hla9yMN7hF7Ymn1S7XEv6rKubGBREM5mPX4PgDDE0lGI7bKTIIjx+01cX76ItNY/VvI4b4Co9oEG2l+a4FAGFFeLt4kLbH+5NtvEhrLc/afZCPsMKXLt2hjie7Cl0eNAXyLJrtU/bo2uKwpfKRMiVG9o7ya9dNi5DNvowO1BrCmOyrwjU42TE2qYPFKoMu3hRB+YiJfKzCwBvxaIPi87EJPULrw6gDy8WmyGiN9ZljzE1Rs+bJ5X/47N2dqjU87+hXtyO9kl+1aQYDlvme9oUJXai+4I3nBdGet3ifzF1/DMMluPVy3PryuzXui8/72WXAQzqqQHvjOU5gn2IVu0jSVezAXsU6x0ARih8SEQMQ49DbSLjxCAcUK9Nxt04VSwAu9X+BL/nvCQI8jj/kv+ZzcDbToXCnCztZ8T1+VBNmGOH3FVhAyvKh4E9CUip9oIVaRZhB5w600IqQVVxOP0hV2qfnZoDDOh9RvOGEIXD3Lkpk1JYa7jrsWuBspXYhJtD4mXVYBudmCZEb1CMFslb05sJgKulsmU0GsvG5zjU+2bl2E0LS9FDFnvNy/MP0uJ5dHaO6dawQL8yU4RUws0LhXKEgLgu3TFzXLjqtAbqQXn+OoSW304w8ogIRln67ObwtFCoQ5YV9PZEhjIvP3TOkROIZb6/pg+pqdgkb/jj1/Hx54GvLmkWlvZ1Bvc0BDp2mdrHGI8iF0g7OlwFMmMtLDAsrYW4BoSejtipoZ4s28XBx2ALzmRyKZRF3X1SbBGUfV1GNdtWsIdxMEUCBK6eoYJwyvn0+t1iUU29URUvO0hYT/8eJv66ADmhUcDuPjW1UIJbmUYmCry3Onzg6Jnd9BU4NC8f8p338WDJQThU+WK5UScZ20YNaX3TcxEvt4EbAlzJeduOldvVjlK21Hn0MEXsAJRCfNmtYN1rLHLM5xph+tPjI8W2IAZ+2PTy7ObIGMr78cG+ATskWP/ya005LDXsI0/0dfkTIMdDFmApCbIH6CsQyBRUzZ8idFJb3zqZ5SZSkhmBqjrZGNqDFnBrlyqlSCQt+GsCuO3ZQC3YsnRJN+NEGVqydJwvt3E4f259QW30kS9O/63csTlEX51vho2Yk08bGqZ5pBEpqxwHvWzE8QYbiMqQQm4dmcQQ1ELfnzjHbAXnnO4uWjWKWU04v5WxbfM1oj4FC2i4cIzUmG3bmbg4OIz8bgdsSN+ZjI7rqu2wvwcuJq+InDTRATGJhN/hO+kwSXsph1dAlR/ctCpxk062Mp0Il3raQA/8lmrmlg+eTBRB3xZcZ8enTdq7hYzZbIbBgxdqlvlcbqVTrEW2iwkA49dh7z7YyZsmZUBUdox83A+nEN5gV92XGhZcX5NTfOwJrt6KvpLVUWdvN1Djzkgdlvz87vWZPgV21ZJIR1Qp/x8qhaaGt4CW8onj5etjgLISGH3quuXoWrKr17nr65vhrOTrqYn4DpyKhtvOlPyMEwHbFi+qkpa+44orN/Naoz6mgqxms+s5Ml1/HwiIwRCZk9bEyO6sUTYqS93cssffF2KpsVSEf5huiagfWNRVWl8E9p6NfOcgDtmc5rbrwtjWyW/UIkqNFC5L8pYKcm2n/0HUhd169BE7YZpxscjr7V+pYMud2uv6DXcK4farYsabjPdYd28fqUeIf4JVOI7zlJ//ovVEJ1zhl0enzBNT32CF7Cs+eDUTAI/QS9RomVvCcEI/yxRiTvyXPjeb8hVc9S6/VU7dmYculDfpN0n828eDlUB1zFwkqdC5mxhTxSn3JqKcnfZLbsMHWWVe1PUAZ0BrUQ6GndzRRR73uOlfk1lviTvWQaOIVQ5YJOcVxXqcmjEfw3TemiA54kGXMPXMwMzViSMozZ5xNyVkx905tr2e9hJZDysvEFggJnqZH7nDjmmVHulbUaGB+GyEMByJWDTI0tket1UeKdX8nLHftfK94NEuT+daf1SMHuigMv+XuoC92et7bwrw5ulXHmvzVa8UEZ4uZxJVKTFpnC6X+XkDN4jn0mzTJwBdnkwic1M4CgHjcsQKAy8omzokrYKltcl1XTjWW9Ne61jL/JsKmEkZomH1Js2Dsr3v8ChNuIlMOOWtRRUPvW1Ck374AFDDgyK08rOkECioEv552AXbJqQwIlzbGWACU0DTvfWusrFMDpyyAl6RV4SZdjjwKg0HzxoKBRau8Ny3zW7UHvp+6L+1f3rB3r7Q47bxdA6fuU/sS65qA4fRorY/dSOP+DQ9g8zqEcd9U11NJ4id5VFbZP9yGKQOjlm6ptM0hZfwCBqPois0saRrlct3sEtm7jXT7PVZAYqe8pjXVW324WPlb97Am/18TA27bjnNirZXqMZ48605ec8Z5XuOCOPvofHMUuRPX72fzg04GQcpLfXqhQDaGaoNN//Hqbp1KTC5JOq3C1gnwcYAzELQ9A/OJsny1BW4377d+L5zcvCH17DgnkF4VEL30jvY5jTB0McsRGfvQEq3Adl9vnlmBG4AEmitEQ35M+nmlqz+ro7C2VrP0qdkF38XZX2ouLaHhVtJpI808KVo1GYAWom3G6ttzvFZVtb0ohor7ao6HJhpDGhUGOE9GtTbA9LW4dwIC6mmrrwen/H42rhaamSjsrQjgr1ncH7Rw0ctRTbOex7bZuDbU01fn6oLkW2fh7WEy9kcOpBhRoiBZc7J2LLc/giOtD3jce3kw1R8wOUgeLhXUI/0Z21BXgL1bHHNlqgeBVzXWJ3Ozzc/e+MV/PLQQt0r9GSst1Bpg0ZIptoByCDhk75mUkWWRqTIWXQi8IEdt1IFzDOBAE5pGjONCBrYTVdvpDZ8cX9ZPEei/qmhkkO9QYvghdg2lYtxRYralOf65LgMU13MrHbuyjS0PWi3e14S+ldigiDn7mhtxBuhAGMFhLJIsSNN1VkWrSTTeWtMqtGa4rf1woepI6m40QoLED40IIUMwHuooAPxgrIq9Lh/Q3Mgr+7zKP56pbDiuhyEIP1D4v8u54kEqHowl9ioGOeZwgeWKVACkNMoEwIz/7SByZwvh1+TcVm8SFqWzxBDzuBX1IgTVuC+88TNfahzb7Ja8a0JXRR7TO0FwGKo6iAVSqOGth6e7IuO85XDLlZAkcXgKIR/AHwOdRLPhN04hioQSAomUKq37l6p5OafEA/Caa8wcWBIWnfa8r/thilpEtZqghKiuT1EusHRcizgQ2o4QR0rtYfIeh8VgSaefGHF7ci3RVMd1YVH7wZ/QrTpV3x8JRKrhLxExnEG7lzlJAaNUTJE3G+eLDu8u2602MU28iRg90M06NkiHbihB3mgZH823z8UW5ouzOxfuMtriLnnY3X+vAIkPld4/5IZOYfIFw1yGNyJU8faoGGbPlISpIm25JsuusPVzBudm2maTYptryygEgbnkXub5ImeTKP1qZBPkmlRd4HzSoLDRTSTAeFKBJbgMUBhfMVhNW+oidkXGzxvUVj5ptMglYhJXAEyNiK6pVhaIFTWkAuCy/0LaGuECWAQK2AJYIOquuQe0SmTVlnXU3CbHdLZhZ7DT63GwiOHM6Rc90WWuTzMgC/+sZX8N0b61UXqqK7btw8psJax/+/OLZz65BfGrtz1uztPEl2qbyGtilsZ4IJrnE1ORG+u1rHoG31tZuUJBTV1fSiKiZUFoxVA9VHZ07Z15zSrTAflt2HbD9pPnuKxHKo/eXpfyrLZgnH91jECEl0Dl46u8kuvGcvcO8oGPGAWKKpjsqtbMuxGy43A2Cplm+0oH0x1SQDBPn7pu8aNFlXqVDwFO4EVEKxDt2dkxQfK0LyIidxSIF7LINszfsutfGCzoY8fQRvO33r6EvpkuyhUpjj+bP9oAkEjDGLRpdzNuJDz3qJm8eNfN8aEY3i1fD+oCGnasxF5giwc5FSQroN7UK5vwKwitvnT12CypK+jb/dqC6mnxkjL2aYujX1DPJDqcnldRw5zWWWeHZSXrQWa5p0uPlQ3PVU4XE2nNJy8i42xPpRVtI8AZ5+orfa4LkIblK9ngfTSblqrtzbqvvqHgrjKQE22mByhhawUj4LXwNFuMRp12mj5v2KZD2hcJZBMUEqazqPpjO5yeUPp26F44xiMGjQRldTbGT6hWJTOp9u/GEur9YlqyCHS4I1ArlDIcrFbVdaF6sH1QeRFHdBHliDoEjHwEdrEBDc9caWenafXYdhBetYsGOzJM4QGCN/KKRYVvkC3o+LSyXZ6T+Ry4aWntDq3v0JuxKr0nTKzLI8XCZZACwl9Dsa/rTJ0AXwTBaStEw+LeLDGejaJrobeu4swm/OmziXUVEL1EZwHRT3QWELFtAqrYifn3Fu4HM/osG80G4L44xvPhZ2osONHUbap661wgQTR3VCwJ5lag8EuQ9atRhkUe7jVCOx4V0xCLeShfcBNopb2qY60i8hhNbS+74svVgLlqW6Nc0dKN78PWZU9bVK3XKN80auWsfetDqFYTukyyhoP145cOKCYCzvRI39eNdjbQzfkVfww3iemz7NhowURAQZuSDbxEknaloCKRGyet0rFvYuJ4xFDnILyuMt2scgzxRkREnC1OMr6u7XExhrTUf5ZZCvLLXXPJiMVp6NXOj2elIhAIvnMYIILHdGggMHLkoLGTP+fCkvi4XVqDTenVAiuAwpJJVoJPpaBbHFRdDkwvJjvPLXFbK7ahqFyYNdD5RbN8H5MepXkpumM7mb810zQPjponTN6gbZyrB1SFSQxexEHWuipSmLT2M5bTncP80VgCKFfjErOHuoQg3cfWEd7hqARWD48OukV71sL18Jjg4OOpD0FRc10nNBqRSeGjdagrFzsrf1x4ZmeSobGj1sgtVpUclCx6X5f2qHOKW+R3v8M4idFKETAk7RnmSOmNDNiDCaRSthWoXDEyYE8zMIJB51tu01nV1udWewAzbUCBvbZt/QGs5ILV9PYFw+JS4gbP4B3zuQxS4ofs2LKwVESTFdltIxWvh0wIqFmYA1qz0flH6Q7dADeHqKXguFunz4p+8HTo+5QPqtaB4FAT/I5LvUlrR0TamGxIH2295hmSIG7JiT+Am+Toobl5YL0yXHthN0rqWU5Bjb6cO8WtF1LL9c4wPCy1NxJPjXoB/xLdayOxyyz+Kmx+wKbh0cge7Hl1tlxfpP28v0Pvq7UffVNTwjpHkRhmUxEcGmIRBD3w0A73xD4a0P4cbmScdN64foxOnt3hAy5iGvWOD/T7kTg8AGJDaDGKiIAICj1IY0OQmCoAjqPVxFPT8eTuepKcqGoTY3mt4rQV267wN5uarQn9ZEIofzAtQINd8pumTioW8JS8yzpWWSjIS7heCdbvk3J7Nx2nv8cjH70pYXZzh7OHq/obgTOI1Xvj5MrhcfYGzvbjO5sY8iGuyPK6PTAQrGCXQzx36dO5iKo2JdbluuYkYKH0gZGZ7CwjfIBcHgHv9nHXfL93e1jHVrXtkd6WadYPUCuQC8w38rUn6iTgLlpurUPQ3VnBFuRoMM8c67wP2PAD9XIi96msnq3/vFx4rwpc7dW1S0hRXr5KzZhw4Ye5ESAKEVGb2bcBirdkD13V0zSfVsQa6Zn3+BdldtrKdVDNG7yWVRFevVtYizC06oaXp+iVqfFMo88oDkrS+i/eJnK2SYS9rxyHLYpBhDtdTIfnnfFL+dMi4pWfoBXGOksPFGORS8QP++Ji46a7eUNgROcTT0LWWIF+kkaezgOSLlxIlE/0M4gRqddf+1cmm6itll0oGPijFbzB+lh3jJS/VCtQu1cLcpgFc2A5VIhFVkB/WB8wQyZqGhVOu07tTtTfwyOkae2E8XREuPUxe1HnIswInISm0LpNg1sL0cc0gNh1/Mg9ZH4Cc/JLYYfDuuteNbY5FS0RpyH1Og+rjT+omZf/hERoDl4OWtK7xDmhO2ZD11n/msO46eWoY2fZfhDHrH/dk0ZGy7Z//GYEdkA6O2n3UUr0E447Lmm0P4i8Fr6tt3uuxqW2wqSp69VOOleSghz60MuEAV3hu1byuW16s05U344l+rQ+29ZgzX/wCBtP6t0+VnJ2uFHqqkbdO4+n8Dy+CRnCJrVI2Ha+qxCG+yBsWUr8un4+7lFDlSOVJ4XhhBxEbeP5L0AfoLl1/X6ZLk/tsIWGqBrk/jrMOTOWmO7bw++4g0c7THus/B3rt0+VsPWEWParTJHutZbq2jI/GHbkUtguUX07nIVu1FGhHGL1xx0K6fbI+eRZzpURDbPnnDtRMDsuAHq/jRTy85XZigGMfIsKn4P0V44gBrzBpea8dl4k4c+oq0/6hC2OBtIC0zE28b293vcFMbv8XOZEtexh4Rp9x8KixKGOFAmeiQYUZ9YARt0kRVic6ZU5C/XaKpOhOg3ACMBw08sJxq47yt7Q2jMlc2JYjqz+0IrJOrcUaX8tAxs2pAJOuQ68dVaeBzvMWPmM7+znwrdM8lR67zmId/8sVwHL31C7NSa/oUsWRv8n3y6KKPN4lgguMln6FVbArhf595yFyn+WtbEmbLLL/kx2eZH9vc9h6vsfz5tkwb9yv55m9X8F++v/+vfX5jWQbPB4/yrefEE+A1SqUeipvf8lAhCTim9D5fGkIPFVgGkGoGSALJAcEbUKxELLKPWLMhZsnidYC8JPAvM4UkASpbT8xgNYCVj838d6oXvuKIc5aehTCjG1j8fgx2QOotqmq4r/DnVOHJq5VEnT7lZN4h42J+7CgMlEhkedX5xXbT1nFp02Qi/Fg4Pia8eLHmYoOPMTLhsSmwJ2aGGe4R37/Lgwj2/0nwhWfdNQ9euEvn+BnD82e+K6FF+QtZ9PJii/NwI1ZtLqJXfVSUv3ya1LSoKP7RVSUSP64Q299T/l9/7boURp+WKf0FrjRNzQVBuYuPVSFA27LSMbcNnl1nl0Lt7Z9XSAPunpVmGSieYCE+PHlSYeI6y46QpbE9r/63VaDIYPAo08LUrlN5is7y1MBDfRe2o0tjxN6wmJyVMMu0CgTU4LrCc+i0+knKDgLZ6sRBNVyOMD4OGstW/oZe1cHKY29ozCC9a7XxfgjdNUuMjV6p0EDjDjRZuh9Ffq8c3MPxwk3t4A8Rc25BRhfBH9ydXqLYbX7l6VBbbx90yLxNv33jpTM79uCzok6Y1nqsUY2gjFA0N4709DKc9viJOGWIqh+c8N2x6ca6rdU+GLBa9Lu5ZycU0TEX4IzuiUpTgxd0yhlcT22tlK5dUT/lOs7RXwGvoO8sWQALOPQNzVtoirRzczJJLV1afgHJiF+AUeMRMAXmB9710w5V0+lhaQ5zRJ3WcyuQGzgWuQiGQgk+4xWT97K73tCgZkU8AeMAF61nvenkpH8+ULf6q3cCm4s+fcykCeEZc9+26wfDVPo7EWe77t1Sb6YRZE/nAIBz9yEcbD8DpjbPgfENxwYZOrH6A/jgAp8zxoYDuPria19kTf/1g7IkHT4qzkwnRoAX9uvcoP8ub+l4QCipNjnBdTZAkOLh1frlr7rHPIT6QFCH+ErICj/s6xSEZRQEXjV0mcPn66jpCY4s0+tvnsNKyG71eRExe8lkRDdOPVV9sWYp068GqWrcKYpOZz/3dLCJl/4x6Tq39EGJLYUgC/FaTcVijKUC6Ke0eK6bt+URU2Ts6nC01SC4aBzf9kObSQDc/fQXu4NJPxwvae/XVQGowY5Yx6fGX8wjv/BQK4meywMpcZbsKFZQx6ZAZNmD6bMxbW4aVa2eFmf5dr7G/51ffkOCLVwDwW/EzJw/SqUZK3LesHDJaPU+OmjfRvYUH5Mr0/P3UR/ndjfudGuQQyhEdEsPVkwA3cAov9+UYbpH2lE5DlLRmQl/KJSiNOYMOz0apFfYP1yROdT1WMiQTyvOqUHXmQ3Q2FM/XIO6Q4WdCj76+jVeH0vNl8EucP9XznufXTHQ8HZYhfbOt0N1wAemAwkObsdJ5z5OLpEyPiDULILR0HheWZAhty/3/D5ypvLHTLWc+P78+fADHX2GFl9OkB0Gkg/1tExGVOB+1dU7iiAQyaauhzzIIZ6l4I7DzUnUEyk3/oFyKVHkmatqxZWl2awOnmDdTlawn+YX/FxXT21fqLpAckzJZXpFqPskK0mwcHr+PjoXnYDLlNm8PexXAzn9mLKTuiNxjD0UbkrV6G1jpILGbgxspJAr5RmasoFg3nUVSCGPB53MgKEr+2LFxJYeUri8lFG+Z3du/0ywjMGKJAbXct0cVnzxAsJz4GWEMFFt03J6kgNNQoY1x0e7iW9bqjGtKijilDsbyOX6YQbFZXrLnJnXdu1wmgeC4CEcJQiFSrnatDR8pW93ejlLpT1dC0PILl4rn93+Esk+1eDyFQ21e9u7wW0oc1tz2NfdqBvm/707L7wDgNXHxnY3uGc+dTt5D1HP0p2+vQdDTn9mBX5/GdVGdoKbrtavFtdjQr1Qqr6cnCMCBhejC496YRE6Gxr3c3iUJYUFClif7VF2y9v4oG4S6P5FDz29fEYfkgpSnaW2giy2LaH5MCWckgADzg0EwGI/SZyL+lCQ7EtrYds5X2NVyvcM/9yPOefKgnzReOsEdN6ZJdY5WJ060/jIdpJ8Zpr5AsQ9cgvlMdVLm52gnbgxkPrUt/b9r/xGNRmDiRRTHlW/mZGmDG+OPNeviDJCC+7gx9P1sA09o6nJnXR9Y31YWme+jBH5BTqa81+QJSzJrCBtK3FcESJTdOneFyXU6rtTIUzchNFkLq7FN/C8QI7g8ZDFkp8ZczVOukfRgW0ckVgOa5aq6ir8Ws5MKm4XNS6dEtZiSvMKEC2JeWrLXVYlxcc8oP7xBPC0TfTthrJhzQNtLUEsDhPg8ZlFI/h5CZ6Qxtvt9DRhcK16KguiTsByp6a8i00aTYRSWAAdvApTjRUkHoRi+hsdvbgkWjofUa7qv96cDmSw7BR1ot1oblYWZaeNGEfVfc4n2/wIoi2xob9BodQdguFDe66UKkSHRnpqODaNX77kgn3sZF/JfTc3AXWu90+gG1zlN5XrZPLU6YOlgixDQEIkSAqzzlwIauN30I7TPZrjTxpFe3+SBCi64CIi+O3w9Y8WS2plJDoSGg3Q9EPK2yNE3GCQ4j+pvm5mxUVlaV4NlxoMlBgMFAyIRcBOXYHXhyQGxDqMn32Se6Dsc+0oV24jQlibH8rIer+LoiTk4B39wt/3IcX51HFUvzSmLjmOrtlQbbc+oS4cStkQKiZE42T/bsPl/fZFtHRw8ubfd5gmnT+wZteOHR0OQaJOWRjE/aMmuRJ3yWd+enjqvOsdDXwbedqRZFpYREeBqWjiM32Ycpca+L+HuinA32AVOP4ePYylpAjbBnGq+sswmyP3qaIPg+HPWoO7tP7pvaj/fPImBFV5tRUPHuYAWUjNVxsAMlgsjpI2a4vnigmPDTqORPbiYAm08RS4JpgyoltWCRS/euNCDfvWUP9maFXFTHJtYZcLXlepEe8UFUlv4bhqVqEX/ZlpdMYPQv9YbFM5iJDnSBl+DFPpXFT1zsZv0ljbAwud3ltrl83JHfznQkNnP696Gf/qGXntccbQ3GIAGQqqjg/Kqe83M+0uQs65qzqbo2EnY/PVn++Iw5guhx2d0RNcQLHr57r67OhiH8XCepfeDAG7Im5g/ErB7Xwu+sYIpHqRCv/oVO2adgL/ACAW79vOtAcgZEK/FNIvmB1xoJfQAMkPfIE+UIc9ALqFpwM0B4AXF4q73bBNBl98b5BxKl1zgWiAVb6q571o39bquBhp2cRT5uF1Ng6fgDmkzx4Ps6KcZ63HXd467WKvghXuqxQiCxVUaPATtObofDkCRPxggw/vappXMgAPBUAKCtTOZ43gv/xzajq7GuDvHF4m3bZccaP39ZH6mRTzENZtU7CsPKzEtIgIVu1VNgI1SP9xbUkSpJEFbDACADf/LNT+1x9dNJ/IGRwu3x1fjhMYnlg0dmrWF7oziWGzfGP4DRxzitP4NFcKjV8U5d+x2hOparKGCqvqNBJ3QHzlWSdbxYnDv3otHbIb+xGI89bseAOhwH+4UFbwdVmOeXXYRzx77TPEY6KsdcqPE3Brq4bCLQt+Tmc0PdSYsJXUmZeztBXUT9S88Clmr4y+cHO6ZwfxBCTtLl5TBKd24521Zdh+qzYqdhBepi/X6JP+nrlRJWLnqK3FG2SA+TL8EkErq6hyWjNhkdLJmeBQXWrIVv2JLboYg6jrJ711KyHmGJP3tpj1Jq7VgakUbV6eXQ31pSv22Dl6cc5RCBAxLhYFnTGl8W177zHh71SasvbTE0CQ1W1lPq8ixYsStgiM9NDF8dHFZf/nn8Hj+nBnHEML3lD5qEmaOMnaOK0NY/CraqV3MeBlz9UwgM2uPBsn3ftpQiLl3NgVGNye8Adsy2jvlOf5TJFrXvzqo5U/zMVezoJfXPUyzpxbRCONcp8U1N0HMyxvVrY0yvbSdQRPGphwN9nM936HFLDKf4jx7F1PxTOYNyPv9PAjezF+e5KPc5xYFOVBT24ykX55wWf5KzRhnLmZBiEgZzbPqqUMbzzObyNjc907n+vOUgsk6Q5yynf+c5zJGYWOTrwfXa5rnO6er+HCPHLJ/5+if1qAonf8T51E3Iqw4iLCBITMUGlHnYHX87DzROZf/DgwPKYKDlBoMOiJgztnN0bTTQsRTbwUcYfkA3+puk+wBNnzjc8s/FLOIXFvDLt+u2rSuoq1iAejjXv9Z1awqQxAm+73gf2qCbio4c1TrfdgCd/JkegzvYZoBQdlDjZOsdbDBHGxnQPzuRP0kr+HRQ+0uiWZ9CEznSQxfJmhpozmPQ5ziQhZ3jv3YOvgX7wBSuV2pI+iQ9RCn49JDF2S9rgO/WLWGu8xkN0ffMmzTR+rjN+6+W3mM4BsNlTz1+d/h8+cIMTK/RvACrPVuOqRnKowcOM8njtbJLQMTMV6deNPRamN7LbxJ0e2k+xXBhMHgHJI0HoPqpBIRAoecz4h7mAQHZ9eD6x+765V/Ph58ZFETNWMYOYM1pttWxmx2YQGUp0j/u2kRI5PUR1vgccljDgubTWGJY9/2KYY0Vo+I2bG4vXiGh+WLTlE2p9+J2ZNLN6D8YDtRfR0tqjoGCY0Y50BR+0i3ZpbnkBQR1aysQBKJ+s7j4IwFZf8Xvnm7e380vuZvZoKPm6MhRfI9WwX2Irk5WH3rqw2PFoth1R7CtO+ZDTe/P3kwfo+dZZhjpmT+YTrcOjxYnWySCXmmeWlAknYIDnkaX5bLhFKQkncHaVgx1FITe96KtjR7u+loSuPXCt7NZWGRGYqQgCFu8lJsS/C5NvAlWaTOYmhuf9MGyuXpkfpw/HhSicivs6R0eeEHcYfP/QarWn4oq/FE/Ml0Fva7yX2EV/gA0De+d66xlr3rRkDcyJP+dIFTXC1MtMuhDufYh9A63yZJGwJl4tX9eLKBZvvI/bi4c0qtEh2npiuHr9usg3eLblK8R/MRH+vW8Gl5guZQcPWopErVBUmfm+Lj1oncGkRf5orS80EIXZOEc6cjbpzXMBPjVyTAUoE8SUwGqA67z6QeFoTsJld7ID3iaIW/KqI+jDwFVAo4TvUG8EHEn+lv+8WNd8KeuAzAhMEkHL+Dyzlgcaw2Bf7FuS8gcH2pXodCben6CKjifWAE3rwfF0VK5OPD9iYwfHR3+6ZEjpu8hmu6ELfK9RKPpUHTtIBpNwCHaNzTr7K6F/tB9+HJO0CUe+U5EhlFM5ynJWin+Fh7HnObBo+sRxBvu4EmDk6QGTEFuSspOpucD5DO0ebEwBspjf5FI14Ksm/eBZnqQ/JRwmR5y5DDi8VZ+js+Yp58n5BUQD0tWg3iSTzBgiVXF5BAvZgwYjaqybiSZ/r+j3mptqDLD2nyqu3E9HV9ADPiepAm1polhWI1MTf70qWV6gU8v5omD3YPxBCR0IJ58Ti3YLis+QhtE1vh9ru2HN2IdBrAb02lMwf0QBH6QVUzUgRwwsURNFN4hRBh5khszvAT317z7S86FM/nYEGliWRRXqzjHnjhcenz3GV8R49d5TRtNscWmX2PC/TXRCNVilWhEtKwJI3J34ZsJPGCgXtfYj5JFcaXvBvZE4aHXVY/BVDAwgtBOvzBx6Klc3M2CNZUPFXq7YTXGpGgl6Y1MhiDAkGJ9+mJliMUqdKeTmcQoRY4tvh35iI0EbGQwkRAfiLH9ggdVjFQsApsQbfIIwaSpbb6HUZY+2HpHRcYcXKSQ1baHQKFgyLCxJKIXOHr+WtB6TYMNV7ow6jgOIuSaDRASL6MtMuHHOUE0AtkvOpXf5SnZ+WKH3LbCw2xCZwtsh8I2dXZ21BVyBtNnvnkHXa1oZ07Edn5FpuhadQE+dpsDpeNdsXLi61liVdmyvMob4Ax8vhxMek4dGRs0GrJ4omOwkWr1V4iWzgH/F+mdQJvYJGalIvzS7XdO45JIHz838x5vEDk16JkdeNWgk3M4Ts8leWqxf0YbK/9eKZHXESfpn6dX50DJASBxhNYaXJQwfigdsa1+EvQiKvC23DcW+b9sWv+umjIiCUYaPfqjNOlv2Hy8UAUwVjFSagJUxAI8olHL2rThFuUyK0Wv3/BtfVkndQW4+UC4JXgwzoQU7VEezvCANVvXc/8+XIblNPhlZnkRSa/PpSzJCd9IITyVrWUc5g3o3WH0ng515rbTz487lrtlutWzIii56wtTFIT97pTLZKmcvKBCKhtffueEDISYD6xGz8qAEA5Kyms1Dt/Zp9KPpyyNAOYkx09PdCqkgCLAl9JNKosTklUWLYB0IGzRKV2yCAGmT91rQU6cpf8S7QnMVbrAjlpusQ3K4gem5M8aHcHpL9SnkWBsmC+vLrD1KOskxS3ECt9Ug2kzkXz+XrfYvqF2OjNsxEbr8x0R9y1DeN9nxRndoGef15/Bhjgirr0xXpeWwucRHG//dASOnL1q3D64Lf4IQRIkxRy030evjZa33+8uMM9tYu+ipku17pDCPJX+/SVWJ+N1b3sFgrdtOewmZ6GqEHL0MrmKoWAe4g09ooXGiN+g2FY4/hjy4gz/CEcDGY/swa3uTwcPU95PQ0mWV47Crdlsg6vXzwb8U/jL867zRci7DVat9AcOwQ86H09+YBRVtqUuGNStZzpt38FVJX8CvZvzc7hdvzMU0f9fNdLICSjMpykCi1+7uWtHeScXCyfubj0Gw0iP8bfFloEpyCXpin3DdEY9LA6LVnSaAmZL3rdfhMX9x0sPGP5cN5nGz+7DMihUpu7FlyEhsRNrk8v88WWKQwOMzP9nvn9c9VtnlAfDY3dOE9lwN+N+QfQ0Br7A9zqkGCIfqdV9JQ5CCIhcVXt2EXx2byFEbnJZu34NxhZNQvmKv1lZnREMlgeOjBLIP4w/aTIJMzdF9wzajjAxlvRbm4uAZWGRvawzjFX33//c67rny/p1M8zDL3WgTE8rAsN3GhrciYUYPMfZHENP/FQjiTA6gmdn440P1Pw8pKXIzVAdVDsRPQbSSwFUMPYDqXkYl7SsqLq49aE46lZVbxcIOMo0NRfKPKG1PGoCWAFDxZdzycfeJWtmAo4R4LV1vLHF2VxmEOB3/ufV97vg5lniM4hHEus/nEuiCWdEKQkzI2qyW3Bprzp6tT2Tl795dkdUk/e/zZ2hbJr9t0+BRTu9s/hFSu9PWcVhWggND5TGBLC0jrGTNMtF9NARRvvZWEUyHWs0qMdzXPgbXBA+NBMROd8XFU9xiTZ5Alvc9cVBhCGejdIVG5ioRcfTNKDZAXiAfQlq2iyCAhKtoNmAJJZq2NpVy5kDaLp0CU0OwGFF/PenUImcBu6zoWIumF7XVG5nWMcL2RRvYio3TARrU7j5lu5hdlXxX8SVbh+Rd9sMWt6oy0s7dT/s+rVc1GhfC+wN8f4amICIHVJ6iYFzA9KcOkXCe6KmFQU8rvzVEUb3kwT1oj4hRFi+N0hqZEMGzQlEH2EtZCDHVyUC1erecVf7iqs7U02M2niyW1Q9PQRTb4HxvPXRzANDhrBfPth27cpiXwd2j0a2CkZG4n9oZ0xjtKVgMhPDBtK3uc27fw8TZehwPPjTeAYeQnPAbwlBF3PkRrvBkRrcx0WeRp0ow6JHTQEqnrF9NhnlXR8vMdjQxzK0YTrrBQ/0RUdgkLL6CgBNYxuEpjXpzwDkTXIJbO/UW5fkmSLLrIb8pwJ0XZwYPc/EMqJgFTsY0PqVu8nu5QN4ywt1frgRMFdUcniOHirWcjjrGZzw7m3+hykaHxzbSVQZl0akOVGbWwmUt5ViDXGbOw2ruLD28XFqvJGeDgOb2ToMTjgN91K0YPSq5JZ9jMuhFPJ7T4E3yLZ8m5krF5IjUO0wkCMqoZrhGEfJBkeAjtpNCro4yeO7XIGrYlsbE0ZBGm5MI+e3dnffGrqkgctrlW7kpG3ljI1C/ZaK3/FYsLDOlY87VQjod1TFGDt4v5zOJUben4gAZRs34NK/mHI7m251fuvXwmw78BAP3snCz3rJw4q+rXI4ftQDT7S7DZHb3fy1/J7Nh6ztN+OBh9EEPflJb+IT/PSd1ge5LpGs+uXUWUfL1ATFK84XtyiSHnfMsWHurdJ5abN9367HOZoGGSgn8n55KWLPbG9gY9slsHXjssZQ0/gye0OyifaeePjWc/FufHInrVw/S1qQ3Q9tJfETd36cf3vKQeCoiUy4psTla1Gtrq9AU0Dpra7Q5u1MgV03d4CAd+n9+vtVX4nlWKTdFISjK3IRGKYuPCUGJDm5xm9ynaZZ8/y12dkaoKNcz0S3GGD83M1sSxKvB8DZhlju6K2o9JC+fLc04tLJ09Uzqt0aRYMaLrLVIUj2Z72uoIGUGSGEwsJTU4kpwHIElEAGBQJ/k/Yrucu4RQYuiCh9jTxtyeSzxjvD037lW2PaA2Vv5YnXodLAfQ2V6qhXjqpqU0nR18pl1HwhlySafDKlN6rVpq0SCyEBk0zBrqyro+qIw/IbfKuD+p1jGd/6H1z6Ny9WffGUTcHIYOgtDd9SQIm+CcU2CImXCDmrxpWDi8YJjPGNvojNKDQSQFRMDK40DkOtUkltuTWnFhKVwLTi4Eo+rWbZsOn5WTEq8hxUuxDfBESiVk4SY9lXZK0tHosA5Ez88uaVF2IASB8De1OGm91kX5Owzv1PYZVjPo6T0wxhSmIHvosz0sdajRm63BZCT2TQJqJAvC+nIaJ/t+K0qXRrQkFkHI1tr9Pulfa3ZKkltTgwzEdoy6DDy3gR/Lrxc6bBngJyWBpG1Qz/OV+a9oqRZTCCD+0wVD1KI6Rr1amutjpfnmKh/sSoI+ootL/F+7uTuV5TmWveBlxhzoi1KHH6mnWHfa5ONKNOmKkQgQ0xRVtX2O7ovghwkhrwvkRQW31vAv0Ej6EnNH0N5QF7jz3BGPoFXjiuaRIjM9Od7TvgasJ91eT4bahfeMHTYo8SkbKrvWPkxGHSjbkxafWGE6sSp7ceflZgXA6VHoIvN9MA/Y/8lkbl7jEZg1/eBLS9CkC74TXf9j9RZ/HbSnZi6REp6kDPevBhQy/IzzqauAZXQR0ShZk/igCvdrX8RaEvoS6qG5rBK3jMruDvD8xU96hFvZp40B2mIPdShFk3lYeZl1Z7q2wR01yhLhn9eWcVXBK9a724Q03dOSJHOC7EbQHYKMR5QHWLNcFlttoJfmgO0oamrR9Qf884hPzaRSxWCiteqZpdQNqF4d3W6QT8Vk5C2SU8FmH9Gavy47hoZtlQP53RCXuvdEc+TRw2JcdEZH9EVucY6YKMTyJrhoxOFO6E7OVhqO3k3zJT3eOQfcSfNN6xfUVM5CHGoB7cj4TmPRdp6BMllPt6Ata3+m3HcVwOM4CIECmBOKV2OSc02jOOaT/0c4BD0pGPRPI9O5yMpNONZEJxjCnDCpKCF3jcB3aXwqdP55H9uGO3asCvjYHP1Z+rX61XGyOBT9/41y2rkTAFbWuju2W7h5EuZ8WfYkYCtOd5IeoPrbsJm1/cNKw2VdVaxM96HZefu4sewySpUdIYf+ilJhTcGhv1B2iRgvkkBXgqyXI1nAQLAEw6Os+zgNc/g5rJx88g6qcHncy0GKES3Jt0zu8w2mQET+2Br3jH+GbvXs+z4PEHRfdLA/1N/6d6tS0z8yK6RKyilg289mjQoTasa/CHgVX2RcJBhLXRiWhEVwZpR8WHG2WiyZK7gmYjqF0I/XgiWuBZ3X9baePFvsET0lablFr6HXqJ6CkypdCjf48pBbXf9Eu4jjOjUM/+ehwgPJAftUPPE5UXhW3i15gM+QDoNBc3eKTtHvBAKafrW6THGNw+LyNztcbR2UP3ytjxovlZOMX9XVk2VHuf2cf99aPLHiJAZrOGpnmVsQJ49IwC8SjcN3fXS97A7a2Xy9RLV+ECh/7/ftGLDjcVPzf0hns2feu2s2t5eVB21mlou4qaWCaZOT4v9cjbovv5Vbvl6raSNhUSXVsr7dLhLz0MF7YbeD2eu11buBagQMjMBp8j2BXuzpIziWy9yqAWsRjuDYRhZqNbSlctKhC5yrBaVjClqFDKruT6ceV68WoBfoDGijKBLRRjSKQNrzbl5Dh3dFGXo/mZ0ajQYlcq36efBA05vOspPoJLYbZjZfeXcFhhK+CjrpBWCMcNNPlyNLfDbpbH4tahUNjhMKsydNVrpzRpJF1hXDCJ0eRI48gT7W8bVMieGUcJ2FIFp5NsxEymz7EslOD5vd14j73Ingcy4PPHXoABVcJtwxeLSUNhlka8aMjStSmwF+3Dv9MnOEibIyiihKKcsOQFojb0MBuFtMEMUVZPVfvSmHUtcnrc6iVrNqQyfH5g/NtJw5lJlHxcgAaBmsvM6sAd7Mf1PKWddSLaOmCjWbD8BsycXjEIBzWZQJFYtGxaTKdltjfFTGLdNLdfyC+2Dw6yf5+UyETK7sl0TdAvTMqzyZfzgq2H5O/Hz+BD8r9dM2VKck1Om4+xwicdxwb8qhdYjxI9T9es0p00wql+PVF9fIq/FCHW747sNGZxEO6sf2h6n/Ckf1kmQ633Xippk6eqpT4n3EVYFRjNrEEwbjZLjfRCTWnCJ2fuDn0Y8ahP9guabCoyYwNvaisYEXM3WGe08aZPq50g5wB1iVLfKcMJGsswI68ZigNHxpf1OyA9Ip3dli2gau16N2ZZ1gXMT+TAxRhM0c9VmuIz5rDRpCTHWevRfsZZNE7p4lkKtP63iz5jsJ+9HmtE7/A8YreZpuvHgNA4ZRRuMXSHTPUqcXZR/d0/gOn7953G9bfjHa5jADkTuGtDD12tkgPYso81Wsxt25tcuS9y+SiQe5NDSqILofOxT5G6gqcikRCZEIQQalaCCn82WOzRVGw15cRoWhEN6wd/yi76FIq1X1CFy19Iw38jUj03DuxeIePufLhqRaatPkPAuJ5GHvHrnnsjETn328/vLSrTjvjHHrgxFBD6J9dBtMfSmZZH3Fv8ezjjyMY7LwqqNwgdx3WC3fkTuWVtPbXpkxNOIIdxIdPeB0B8t475u47kZ5B+z1Y9OIYFW5w52lJsHWzCAjJeLOH9Sq1wfvPEhO+q70jCNRBjnqO3yhALX4HpY/1Rbyt5mo7EJ+JTG6H3aEmLTAk9fp2Arqskp7G4IQybae5o82AlLSa/XcCoCIqU1D0t89geGNTYrNf8HbZS092axcMoFV9uZghwVIpoEp66dqLgGaYM+Ddj6VqZ9POuS3BWQaYHyoi4heAYpV9r7LFr5Woam1nuaTHvGCPseDwr++efRqheTU1g/UQAMuwSPAvYQRd9HOB/X1Uf+LOsjPhWdyEjw8KHZhoJ8kYc/wHgULSEAR4R47RoY/8t0NHgI4cC8tmeCEYZ+0RgZ/koo4g0wvspjsCUgT+8sOWmjMFZpfiUecHJShlQYfUiU2b6Xm6kqXefn32tF7XULFlpX1/k27LvcSCvprKcUI5mYjpn7JhWw4jX/dRqDpCtZKAOjxI2rRznlZpf2seK/QtRhgMbX8Mmw8KwcFzAXf/Z0M0btNTCiilTTBjDWnr000NKF1zYMV2UVEzkUx5g6DsItOmMLYhVnEa0Eu7504aua6pHM9ZTKHoltucfokh5frgiA4IpJlqNK6Huv6ahVYvzphVYEURmYCYLMTr+EKS7NN1CfLPG3GgUT8HZqLvNB1O1ntUmVyXnEjbFqRa+wjQxbZjhzWjiub76ERMABV9jV7Xd6uzx8k7GXhSAM2PbGalTVBlC8iK/fNry3H/s/4GpS6wLDZj1lfaqD3bBLM3u0hT8aZtYw2UJ6/kgYCUWoR0O7yW8aaBPeCYYtRu59L7KMWuAeglgZFjUDT594m2tG8hQg/3uZcNfIQSUcmigFL8uWtKe1pOrUkDU2SaLD9x0yiCPLozuyL23kC9iQxnN4UOMP/dFNBYqLYudd+eWXkPmDpGKw99NBzAY604BTVZOD922LLeAbKICetxOjGTc9ylQMF0ciq8Fa7f07F25/wUjDLwy4PrBecsmkovOZ25MIg0H+LQM+SW4ijvBiLDetIxCkWYPMyXiVB79DP8RSGM9KFecVkqGUZEWrQdOJ4T5KVYdIy69VamJ3+FhBIJFaNWT8K3hxxncW5kJB8+XMHO4cwOvDavYtMDJKAzY7STOBFNgSiZNbOSO9PloHoU1ZxYBdtXdfDB1X2Y1C3ErUtHOREfu7I1nWBHvHIvMpNQjQB63Iptz5w84LPCHiqTOxDqkXFNTrcxcxwxGK9n7r8pf9SSSFkmyFEQuiEypJJ1kXqZ77aFv+P5O/9eXivUzDEuR9pMKXnRG0ielN18r+62WUOdOGJMBvj/vwCJjxdMUfyqGCH/An2VCrrCS79cBgdgQvmAg+HM1LKFdfYsVlJG+Ie3R3ZP49XumcU5n2tUvTJiKpz3/+TLACMkhKf61TPoaWqAL7epB+8khw07gTLwb4rRZzSbi1Wc2uYjzN+35cvuAEVjhQvtmxfX0bSocSUa7roSJs9qN9vd1yb6rZhftHyrZ75z0DT5xlmaJ139sdW7Vp0gAf50EIxR50yNKEAnNlw6sscX9BP+9mlD020lf/MnxS4HvgefxqYJ+kBLB0wPh/vwedYX1RLW6+FLlSG/ad0jH9XD3ovF5J4fkg0zB038GfWBUgU212kk5AqWHFXlnoeKrcaNaBYngq/FFde5FN3TKf+PTPlwH8e/86xlU+so70vE8vgotqItK4J0bjF6Khb30n3e5xcAh5WesMP56jKA4qkRUfJI1wzsRKci+X5U0cQJ08iQDRkyWptfOFYMkPPcXmWzZARN6SS6dcu9TJ5clzAcuT+dSfV/DBrLVu8slJdDJhMHp0hViXhPgyxp2kK3eJrfYpzXtWlxc+4Hvg2ts/N8FL8CkvoLh6yZsZ1QsgCQPl18qY1+QvSY6cA7H5fYav49D4YyzTpaNjWi9QLv0Hy/Ok88byILihLP0FTULptL5fTgRhOX3EYvY24uE5QcAUkOxQ/Z1GIfjl+Cs3MKxs3lyLL1xOE5JODI9UPjlD0ICPf9xlo7ISH2sfJ+KqwaCXrgLYWXJSdJ5uz6EydX6guyLPh3zGwVberajFzEtdnhgbtcLPwV37+pXiK6S0IFHqW7sh+kj1mtClqcKku0Wt2Tl/i+46UbUHbtpLwPQlFTl9mKxDaGiWmhL0ju5tiNsaUjtBVzK7VBbWniYuI070scJ/VRoR6I0OfpouZJegLMGX5Sx9qwDU2dL9tT2ZFUwJ5mi1h6OtYPqIRIjFcp+ma5OpslqSjGPvlvmkl8MlqYDoqzpySmWzUVr6alcVQ874o64I+0m+tfpWbUd4aRX+7cTO/Zx+oYiJmoVZSl6EC816QzYHOOxu3eLE6TXOoFNrQ6N4kzVdZfpOBN19chWfQeL953OmR3yTLdavKPawBQ2wfpKOI82P2qosxHVdZewMY0NQ+8+FGq5QCOUPqtvRLJgSbnYhXJWff+oJ2Iv1+xpT1TLZFmetWvSngAo+hToLdcBlPwBXjJSadXuBzwYDDM3l+0Kfp1ttsZDzaANRjfKqWmCjCHC4vQ438FqWQMjsKHHWwUnfTPuBya5s5JBx5SJmmngGQHyFfIN6zp3Q2TFBh0n4mVmxjQpAZGMxokIx7dsGKY1PuvkcZqkhr5mmRcsMAa3Z7mzGg7qVAxVWn5qg/vw03Q5U9aWXSf3ciZL9WHDFeEqwmz0wwL8SLQ642WcrObXOFEQ+r0e69moN6c6i4Z/GHNckh6/yL7yukD74E6z5vnL++4AldXum+K0zlKDGbr8uAKOaQDieq+UBcEo9nJtI3RDqTC3h3fpLO8bu/ACsEUqDrARZKdave1h5uI0IWvt1nL/ads4fNU12LKQfsyRgZG2ZyTUZV9p/c6I1/bKJzmyi3aLZJC9t82x0PuChU2rfryFTNsQly1TWdsiTE8bUuztCOO+q47AcVYSzCg5S+3M4hWQx/6I44+JCQ4rpV7+27TkWmP9k2al3IYaE7/Y61Cxo5WfosHX68y59x8ZhrIf9PyQsmw57FvGgXCwFEKgayFT3W6mpoH9ab3znGirICkGIPKsbly8zFfdfcbL6fNZ+XM5yqjPTsU/gxUrJXm6N0U5Mx8q59k9fKO1bu6AJ8Ow8JULzXKnOOZNyTefFST7vXZvEqXhWf49Zwkbnm7nGrLm+iNyc1V8tPZbepBBqSVLGXF3yK07hSC1xxVyP/zQqFks3vPbO0wHpxGGBiDdpKihJ3Emfv+5esdGA1B+ZBs2naWZPd3kjbjjsjNqSp9EO2h8n6vIE3FoJb+NYynugZBpWNjtriI6VlYAuk4AYMnf2DaD+9V0Nc+KWU4bBG6Jm0xP0nHxz4F18AP4oHxLxwEV+d8JxDXnjpJMVhhyWh3Za+P4VcbuR1zusp/rERxFvt6AgMO1nw9vJs7t6vQpOZfiza988A9F3zQIpKG9umAAgpYPY12PVXJ3t9Q6JtMyV2b8NArlvhQL1ywq+YOD9X1D7gFuuN7JT0dacJna/btps0yMdWhdT/41Ecr4cUcXffXHRqouqKRdQEdDpYoi6Apn426StD7krUFO1I/UT1EPt0/Sqt7OqA4/GlVmrCgatQV9+ysLQwTXGs4QJ/aBAEhLb63y9bpKrgKvFg/U6JEUStheGHWgwt9Vq9cX5epgIbS5PJ8W9rwWWJNHbiSnZxKrks22V1wD8c4PM0UyfpNhkjLlNbdmZYlU/Q1T/r5twz1xMDSvWgYKmZJNLJogR3s0d+yCQPmqYi/lLCGxpOTHKJco+pOY9FY6SUFqwYNHIuL2BRKu1lVld/q+a6GcHElfUE1GCnjEjdslPuKzCQkOwIkJI5qFpvv9EDhjl98FMisiL4pCRFr/zni1xR7SVznGaNCYR1TJ9Xp5gZlDGPKO2QrqT/fSUvedtbGKK8VOYZnuA/ebbsxM8LM9DDnMiTjrVIZ9R/dQm57WKNi5QRx7aLnjF3CXMGBtkGl/5WJI9At6YDr9Q+Ttc7aeZ7vmZbIhsOgcjLe7/oOZ8yoYyZlRkWQc7tJQXxtIuOqChW5S/hE1W2Yjye2v2y38ov3SozTEPo/unt1AB7onEyJXsUJsOK/gdszoWG3QueShWLanK4kU3g3jGe6OjUvfR+5cHAsUiguNRALC6dNma+qrkQ7wpnsrEXcrrRmEOaVBpkQQx6Zs2yy9N3sUIQh3laUHglv+jViCEasGdwkwMUF3R8F8oEELNykEIZAQisHeE4s5g4UNR07gw0rHqXGOf9BLD/0Lrmsqn4wyyFjsOE7UwiK47wlcEbNEMsgCeyysPYuuwttquQDr2UEGKey9Mh5DSUXiMWx46yELk4gJDtMwxjgOuPLDHyJSpBFvsSEUIq+djMsvnojSIR11XZX+NXU+fOQud8JqixRBS8BOpmxn0XUcxn215ysE653kCLg/s4/7yYW0ro1mx4R0KZTUezdBCo5ATUxA+2ijyUpaqq+kYFdB6IyfnQXFsXHKmvIvJyBf/vN+bl6DYhtOXPgKe+7+IgygPnYO7K0FK3T+9FcWXOsesXAlb/60JpSTimqO35fgiKkyJFrVXb3q10TnmjWhGYep2XZgWqtC24CrgWi7XtKfANLFgUbZOjlxJdGMye1CIaH4Gl3tVqf9+Pfz2rSpVC0i7fROBWhhUw9NY3VKsCIzFcYG1WkWWqBnTDOs29nHSswG1yuW20Bf8xG8pRkAcuvKmL4ZE9DEqs/X4fG2QpLK7+zDBMzKX4VpVgJhSQlUksgg2Dv6rfPHG7ChZbgBuThKL0GCjbRv8KaBtqT3k9wPD4zbFYGjA0FQxvP5sNXS5lNCmY+5uqMPs/YMjA64IuKixpYFo+/eH7GWNZ89S+EIEkaFLPcBfQooM3jqgD2bRQ3fBcZMfj60oKPEzFk3S1rb1zb9fw5Df4WdXfoYvBw9bW5l70Frm7Kz/NPz2pt+h0NpdJGBGjOXf95eRfsxKFr0yNP0NoMosD45zoJHSg6GRGwXq58fBGNDHeIRGxwJSAYzLQ7UUlx/poGrvrXWcycboKsdJlTsjYlxVziIuS+ZQcZbKL3ijlWsZcFMKuFE5Y+6fViXLmRuwA1jMec/g6h5ZSxWsux8qvHS89Fkq+z8MDOE1vLb9katN2aj0Mju2fhd4HjdU2CZss0lyyFlOX84LJi4Mviy90C4NnNOO6+rHJvtHbC9SGw/3+X80eh+/cqb7UwwzlrCOpCx9F0cl9gh+8v5qhZzwNgcYXslNY3Zrme9QSQrB+va6j10Ryi9O0ntrcJCAjq6bPzMzVHLSnKGN/DAFSbhkWqNH+XA27D0153lulerClupc+Vx6zUKGBCE5eeOlBTr7W8gUT8p8P+INKN8HT1o8UnAVAudhDIpZ6vwSVBB3Y5dYHzFLuoAQ6YceD3iuQ4L5Ih2YyKcRB3FrO61C/sGUDii5oBsUw4i94POI+02MM0NcjrFirrXiYEVGSDsnYQ4NUYIjgIMUgbHgPqYmLFpMBvTwMzczRv0aLX1qy6CVC9Nl3qj1VvO8xFDhNfdqLiEQII3ZSLW2paRYk3bOaRXSdWNS/HvOhBuYz9UqVccFhx0mF+BT0mZx2GeVo/RZji4RNQhfX1VNAakrGKEAK306S0u18Z6o2e72f44uvxQUmNUee+acLXRxbpBZEJUdghjQCc4hdjfL0VgKpNbvPNGJT/EjDDt1iIbp4WlYdTO3VW1G6HQvTSpJmIWndYFZz25PwaGl5NhgSNY7aIcMyFfJCiYFnsftFk/oXSQU2PoXiLFfpMOwiZ4FyS2Pltymmrp9pHu3MGzo+hVhRUlGrymy0OA/4p0ln+Rg+bf/ozztjivnp90bSWcAN1JuATG0BVkhS+GHO4O9OiirmnykiZr6yHSSM/ABk4jOzqZc2f/cPs2qNS7pOvOic7Yvhzt/R69y8IqevxEPP9+7yb8MuaDuPSm2hLy/61y+3gZfeQ+IDonGRo0R8ZBkybbsfxM25RjmD11zzb0zIcwvsMG+zLs3yJndHi02OjSPoiJOcQosDjZBTxKceGg7bmdQbeWJBQg6H1e4dzWsTvxNF7lWxbMU/Vm3M5mJEzvhCOAhgmE9B0T03T92oHXkk/6Gn1Bn3HFST8RsYzOvVtERFq7Jd61Xl0iuYVliUW/tG8s0WDe1S4c4vQGwiairxYIKhTr1F+82l6rx0t8dafHGtGsewccIRj5MrJnxqOuDzfjKcq81WoomIpb1OZ6a2tBlOjXXZMQ1U/W+ykLNPqyLDk8bw/doSyWsRqg0QIcsdkROWUOxr28DNLfYrOKVIqwR9+6VPTBPVE8C4sRYcDGZycSIUgJG9YYImM2GuuaAzZnMdEHhcpmQhW/gtFf9dMT4avfSd4pZ98fcu+b5tpbyEytkoxu5yt8LjhBxSx8qrD30pPVzPhT2UIBmbOOZuCpRuQ11MwwXYKmJ4XjFeRGpQDBPiVkkmUjtPCy2FIrJmCkuQ4H9at01YVlZS3G9t6wZiD1+eoZn6zP3HQvxDw8Y3qfHbeFlyY08RZWvAvG0IIJlGsMXpGm/BkU7Gwb79RUEZaoV3wRMOrbJoaNWKd+cRoWE/1xDSIFpaBKxmj3rAlo+5k9knybiASZAUVITZUfkahZc08hcgWxiQlHTe3aQJ7B/xgUUbRYyxJEw+ozyzZSQfUobm7tWo92YWhkxxWnOGHqgQP7Q9ZPl+vdS8rDO1xEFDhexGLg49dEkrqI35nmEQp+vrkXcfZsIVfleQyjsJO2kBxKKNhLJ3s4yiGcpuVQzq2LKISUjGUEowLBvS1LD6+oEMdFmLvg+OnYbTPx60PNAWHP051aakYbogrFhiqg7+GA5pbQXnSXA0vAw1hVvrW/2ib253FOAqzSBFFDIPAEHi5takyncNjrd/99IJovtZDhGQ1KWRdTkWfD0vYU7GhdSAJbekPMoZPyKtbYSNdD9PhKEWWm/FqjjMX/1+mgkKzSh3TPCtUNxpNkPJYqLYJaHGOqAH4GOgK0F5C54FGvDyIYt9HBCU4Zugzbahn7vlnFFOVnTLQokYhgEoUtP3QG7WId6PplBCdverE1cYTbUZ08ZbprR1Hg3iSXiSTIdvY4ZrFQC6Wo6hRRSrhpRd2WjAMPmyEDR/13F3w9l3g1vlOEvgE9avd29uiK/TmPM9xPx5K4VEqEkg/k9WbXq7RbkEBqAFaXkGGXnv1tnz+qNNi4kqIa9bcf6tA9tCaYG2LFaxidm8swpKSfPO6n1jbiiaUxtuyfW1ozKu/QV2vdHH8ODhkk+BhGTTtpN/4QCJ+JplocRUYW7+VG3yD5amHS05wLR4RKPL70StILurtQ8DQz0ae4uZbepj/dcsr1UpJmB5qCmP72/uoEaf5OUY1QRGetg6C3AaIMumvPuNFOovw0qiCI+M7ZDLAXSJ5h7X2HQdokPpfGKBJvKW30hr1T322iEhwS0FY54ZPTWz0gweMdQrjrp1kn6mt3K/C2IFNcEJmDn0vf6iPzn7WQdvvN8svjWEEyjTxx6MSKPCxFovEJJRxPHhw5Qv5uIozFxaTFZpmL+VR/z+WKPm28jEIJCM5GCwtD3AqEJcm02az6lNWdsIoLViu29wwf2D0mZ0kOgGTxx1SuW+VaVDsGCof0GJQraYqYQ2Upui14gFuSi//V2j6lw+vUuspK8lNKiUqRbCxDdVxBBML0PZ2vAMyX+Mu74+Zc3lQ9oYL2xfZfIFo0EYJT46i7o7kW5S2+04SvtZE9i/pEottISA3/K6tohpbntl6G5rXuUXu0UxiE1CxJtTSKTlsQbXy/SqgeyhivELhs1mivxrLPmeYHgnWD+juHv+a7ND0DVIMGWY2VazWIAnKxDgT5OhywHyZZjO4fdxjNj/tjnKZ3mbfGIp+Ky7VNTP7IqLjsamW0tEH4AUYpjRUlnoqeirx5yt8MZk/ZbY0kpfRHzY/aiZtkMFWlnfKT9NwcXTGlQquauYTtBGJZT1p/AyA3+D051Q/nmQqCL3RIKQNmkPl9IsEQSd8HC1wb75ptPmkp6aBY95CXN8fZq+q7Nt0A0+PwQF85leP8xQhRy2lzHUuQzyoRyUQkDAzm/5b/NHRcI4BSoWxNjo99xNNgEmn762SOpEDgazzjDYbpLS069rIWNVPpYJvP8A4y5MOqf+PxzXdPkBdymVVal85Yx9gt2XptjkPvCfzjOQBkKFYbj9omvsKOvO7YFV9ONGb23KhlEdYwpxR+KMXzcCZoDRtRboU8kotT+mrcOFeRGRiKcTcZdCjZmt/3SbwvsMTBtYLJZoSSxliLZFlfNOp+UGgesQO6jYlbhRRpCiNTWIZgXyWbrY65ga3mI2iydZH49QUJ8djgVObxKL35lLr82gQeH+auzYcWt4ln8K1QoHW7B3pANxI+EHLVFrx9Jhd0xLy5EdP12QKUdJ1Up4iJZTY7aNqc7Y7YVhpdnIL/TeYC8bUNDN0oagCUyAKgV3jtmGq9VKernVPF2dnEa9AR7iPcEBm1zBrv63ohzXlTPeqFNBWR27WhK7hsHGYVoi+lYlRLiD7w8sjkC53dQlPCqvijCKt7nNRHX8W2NIDGoqGFh1Cn+UFQg1UsUNv6LAkwbKnM4MuZg+s6PHKgPOFznwt2ogoEYbLV/yEzZPTWpEkJ4FXU3Zg4tZIba8RQmfxZ+mpJQopNi157zIGEPQB6xzvOM3O8eeYhgcLFiTx7hwQ27go3UsBLfUw9yPnCfR5kMk7q5F5FL6aFjPgRay8UXVSmF2XT6soVFxjhvdmL5pbzZwAn+lrLzc69oiFdmqKmcyEKxlWeYEf2xPxC5lXRsp5w+Ym0OV9qMRa74dQAhRWDCh5d7KASamwErOrKIetk11rOOSnNvotme64PB5EKY7RbWqurWQH0U57SOhWtRVLO914OynouvGEHxd48mH5ShQJNmTv5ArruxWjrt8BmZ1kJ8BsY6/jyjPApz8e3fANbSC7g6+yVnOyDEuJybgz4UAJfnWGdHnFZMrY7Uvjh5Q27XFqpPVNGGUWLhq1jKnatuVLTn9zpK8+hr2JMXqcHE9dk9pMvkI9Y5O94vVa3x7wqP5Xt7MVaXY4B8WgYiXRcPJf4aDq34Ytu+hG/C4GWKoeP6bQhMotbeN7L7KypyVLkMOg4IA0wnGEjSlGEYTPdHa4+LMqItCBWftcaqrs8nvUKm/o/rW+yZZCbLOe4N9+oUZqXypRHuXyu6W2seXKbWvhaRTpxLGAnWS+0k+oec3iEwt6xe68oy9LjcYXRDdBf7UMYOtXp9zKH39tgm4/5k3WpynjmEvxdmYX7iyGQewvN/LYatLgwA5Mbo5QcXZIHhfKocXEyiQ5a+AS/PG3D7IuB5pqPbsC4YsuhxH+tubaQOFaJC/7ccLdwm/CCH982R7Mg1m5SzC62e+5f+KdbNu5hN+hSGKM88jpbZrn0m5pDb2v/I3vbCqJG3WeLGaohwFsIqteE9NYY48Yi7TpR9OlP3+WonXqF+/9Vt9maX7Y05vgzlqVkgMF0hSaSD39UGUHJn+rxZsUc74jW9vlUygLaKceS+pPN2YRfuqOoTbm+D++7PDW9b5kh4/xgzLQ5vr5KYdrdFOz4A5LKJ+s0cUK+J07QdEQnsrm/cADpMpUY42yTOlas1KfeIFFxjZbBgelaqMaxxfw4R5j+quKHNucrZV3xKSk+sc+IBrM8H1le4FA+XPZnKWP5QJqwxgxususvDLvTIl6A4tgkbxcZPI6AgmfFIkKSLW2aMts4L1XQJdBKDvIIaEwqo0wyBeuzNAyTcEL2Ezk1yKOhmVAGueiiV966JVjEpWOpTJPhBVbmIfULrRu7wQifSN2a6Vg00xRw55Wzn0hUSIIP/joXnky88lYbnF+tCmQy6Nrprow8Efp9QcFEfwdF9/Iv3ablJouL/O33tDSZSqYvfvWv+O0M3vpl/mqBokgO6m5aGrQh/iHT4HzL50bqdMKFNYhDBQcxZXPyNySzhEH00xKxwDRLMQJGdhZp3PkXt36/+lfxNMalEV/ggtt8Pf/brvYS/9Af4WcuWm8AniGWa92u2leyPSLLFNloQGLd8ztMPVF7uuq74OI4XPwGTxQmbAeIGomAQXM1HyQsqhVfzgtWXCMpyd7IBlY66neXS/uhxFNQ8fYVhRtjjpRYY2iIR87ZyaV/rMT+X/b5q4XYk7BgC5kY6JqvRStTkY4WVYkX8JvzGEL4NWh5vT2teB4AqAqxuOphaW0O5HxVWtJwp5aeXrUm6Tfw6nydRU0JYKRCon+CQD4u4kh7x+9FLT0KRG0l9Ec4nQHAEZUC9OZkWtSfo1zOn57VSS+1Bxahx7kibs+vYt7oD7EQrYmXqXbRpA/r+A4bFGZuGmYNWEimvGyOHSrMDZZfYBJxvYI9K/P+fL4K1LJuCjcbm2dzkU02IuJ3OeQffZlcYEzoad6/6vXJom3W6MxGabEYvYEo3z/UP06D2xWvcs8lbbsyMBjfBBMMzb02NIOnYg3YjqdX02MoL/ZcJymTsGPm2WR8L7Pkq4RJ+MGQOOpT+GCPqfazGWGhwRPjzazOIluBmW2ycMt8YyDfKR9/OmCEqmSGLE1f9os0NFOFo7P1VgXGMRHDtU1L6v2FHZKcTh3WJPez3Pnwp4mweJYVX0B76YtYC3Zvu5vJoifrQ73uNy23deuEHhoSMM8hMEX32iPHhhmKlI0KORoXjG/vMTCE3swsHnYb9AnOS26nfp9bUQcihN+jfarvKHQ6g0JlT4iVTmfWtqsP9wQqCvB8mcg+DhjmESCvofQpHrKqZSum8ZAToChUA5p4mm7aRX1QsCgjw7F6e6LXQdpb6HldWlKjsfYODTAfzAmX8k7w3vmt8BBE/s7+pY6Y+cxvv5cKpSFWHcV3CLNZ965vDNYyIcf0HH4gW1u3D/72CA+CcGHhFsSm/sXqGMz2hixjV/TiRx01ZZWe3K8b4WDmrHhaRN6ig4QWcLHOfPTcPUE/B9KKJf2zYjnnI811LLdgdo0FfJP/5CLuycc47RkUdTxQn9Jf0AqUPWeJpBU/fck7BuGdyF/vfaNgfcYFl5klAyAyaJ0tFTZp3uOFszJ9LquD6vWkJrel7ob0hyvb/I+/JqChCdXAUetXaLyg6OJmrrduJpMoapoRo3axoUZKCzloxPAazM1V5cGoYqt8II1QSC7GDSBVKvQKEr+obgyV7HxnzagNLPNI5+Fw4h29iXzI6GpiAMCEkDFNrNFwaeTcFDJVFKdiWVop0VLGgxownCkmjDVjHiw1EaWKvQ+5DxaJ8/phdA+o1DEOPmjwNIoNF4a39S2k4eFicL1dgM6PtHKNrpQ1eZhVjIi0BdACpFFUEalMI9G2GgZfOBRw0dcoC4LSIMcMnAdcAKGLkYDHgVcYBx4c0ajQeBXqB7MEseZIg5AO9OhjM4JSs2AicthC64NVglXIYTSIw9jPT4Cri9VraOrFJAdvNpgwSpIWoc2CSnKLobhLyBwUOEhKREy1h4Acmr4IAVvz5Fp6PSlyu9Ln07bA60uA0tNj5AqLg2l3Yd98u32kEIR9+m4Ypu/DMszSzbJGpxFV1mwZ1g4miFyg5kdq9cz2GUd4uLlZulmQG8p4nam0/FvV1ta58VnhlnhaUmDOLz+brIJXXaB41UTtg6p3mwM4EH16jnXl07TqhmIXLekDue34pUfgBxsMt3j+RREvLVLS/XEuvdbwjUj4fqOQfz5ev1F0aifAkngQh+pM2IF0aaD0sB06Eh74dQAu9fGEblGn2jtaqCVjuvpOXno8zSPemL+0qVBLl4//lred2zQNSH4KhLmCgrZoXlUcKRpsrIzvGuw/q6VftuMTtyiUXC62vI/e0c4gBKhY7wDAne8mFVF00+XqN0gfxgCGrE3mN0vMeIVOzetBBwn0p0s49nK4us7TE9d8Bzco+aGlPjGu6klff0Z+9fNyL/XDRtsO/njqG1WryAjQFXQu4dvxw7PQL85bmbUtHwgiaHhMJfr2VROp9L3HaPlgRu0ZKtVIH0+6a7xqBzKlw2rQl2DRcD1mvGKYTlLv9zaLE7Yb0nm9IhL+vEGu7+ARJG9mS0br/LNRSv+/kjB7WL7ndL1k2f6ZrrZFysRSvw06wfDMx0tQbR0z86AkcP93KGGxGgx+Mdcuf7NJJE2wdt8nnj7v0f7UJCnsKU+GJ2loWy3zlHUFGtN+ihVjQYlFCkmbKiWQKcwT6pWmP6FY5aD//ywfJA69MGPXM75M0uz5u3nanDU1qGvfc/H5jZU9C+OqP0CTZQXTy95BeARtMZ5UIgOqVtvJ7PATrQh3LLEYWdinWmaHiymd4Ku/c2O8yK05MI8MfpxlSRlLo8ppN21Wg9RVSeJMsC3BYVjV2D2oSmzuHFZCrq2QKe/AHUDjSj9rsXl79R+mQav+uthXMaVIXQaFCniJJZelQZLLRXgHk4hDEpIik1oET6qFqg9Zvv2xpEg5kD/k2rJhQ/6JE2XEfLFU7rcKJAvpg1+ycuCzrV56gRSlZAT+Ovxu5PXrqsyfueEqiKpF/SA3VgMLdqoLSVXv3Nktnrjx+zdtbDv7/gyE9bb6Hov1UQjZC9zpi+0v+uiiC9Rib/QRF5M0Yf71KHGBiW532LsWZjeS9mfG0l4Nas2DpDMZZcqSsyBJGdFsFxRoFiHw3WQz8eRZFotmKA/EZedlLXf7u1rD8Fiw+x23r09U4kkHcaLYP4w1FICFJab1conxzlPzw+m5Q7jJl16JtHK+hzEpE5AdPf6KRbXytdI6VKw0r6DC+el/cv0i8nT0rEdCCk4h56ddBYosu7K8CpM5a0W1dzdigbzMroE6l3BgmEl8mzNa2UokoLxqtVQYAWxf/uGOcro1BewSdFDQORTtjn5Aw+A0XlvpNacwi6D3/APuuReh2oQm6zwqBZc1iPPdOeG0dbnP8EiEQcNA84DKtA3tCngQ8n1bFWLsbrNPK7uHjACa04CQD/9lSuDZjB7AwCBJrU1tA0/UengcPw8YGZffKVtNEc71lRLT32jjGGD7v4PPDzaENwhYTjc2R8IvqpQENbEz/fsGjM5UiWaY6UplDYIhT9LYNFfGt2zXm8Axg7z7SZXCzOn/y9JqOCmaow/po1fSbPSJb+IDph3rp9876ReZWG2BH6NKkiGRsdGX6NBfEMiE1QALzKZKfVQh2TAK/Y/Vb6RGPQCQ4OQizrOeV0WPU0BIrPrRokyLsXqgpkWTeA7aHXhIx8Rr9e9K5dHokFOSgAd4Xpb6nR1cvcGSkqFLHLbH4V9fY9fv+6Rc0GA8PwJIYSZCuaQcSN3Myv92V1PJv3aR7du0j9r+5sclgGtsuuyA/ZiM4ATnC/hfTOCelbrFjA0yUL9L5t4f8K2gcAnO9lMVLmiXc31tSDyGiRyCaIghLYjxWDNlSF6rAZPxppb/n9nr/0XY1PdDrf+56qr/68eNT9o/ve8fYa9FNWvkC1vElFkkAj9QorZ0INiO44D9LBwSahDyrTs1hiYFL9j9lrEFFzIbas8PVcVpmI7EKXRpp+RvZRL09Ara+2oIYTIiQL01bPaQ3+p4D/iYaSlum3IUGrH72C/Sva1GN+iSFBAMf1jVr2kWZqGLOFSd+wWM6/nKevdOYx/xizTVCWo/juhBaR+lYetcj1hxRkfqe0ldPo+lUYssfD87hE2686skFHQIxl/IyUeUnoTLfyT93DcG8WxEDmlVMlaIBPD9KLBhFNBWWxF3y8P1g5gdMlKgqFCZbzYnkPh7q828l5ZBkD5Qb14WbnocWg2Uc/kJi99UZcxH6VIFVzmdw4j9PTbubCv9/mSiNAnZBOSDD4hsB5EyZuL6KnsO5f8OtNLymxEbm90yUXF0xkue/uXg7g7FW1O9e5me2IwLAsiIXsaKnR4vtslNvAjSfEDAAdAENGw1BkAgnMrY59/ajbVob/XqVsdJaebu+Fey1zwRePrPOgoHdv68o3DMsCKp0BF2a/CjkTCZu5OryWYkq//rUKogbV2aPphUacDDD4aIn0e/GiYRpq4JVzvikyM93tHvZ7+YcurgSuUoy4h18G89tT+sz1j6hPbGc9qLKrqh7Pv5O1Oqqp5WXC+dbrSN3B5ySHIInGErmvI9ppkNY9cBf9fk5Zr0GacZuZmaTRDP7c8HZxnboNOhzD7zTEoewVyzbVYZZJTPJzxYJhy4J+edPlRrvNfUFezpHd1PvbHvwQQgzTcs2SmYbVPhMiK3ehAyXAAFU79XJDwk0ar6KJLJN9K2aM5gm7FeABjqApQ7GgN1zoFdz9rmgtC1jntOVq8boQNHZ2nHUzMhJ60g5BQfdQSdQfMArltGyiY7vwYJwNYCbgk4lmHAytEvMniTcnv2j36eWXlY/ojkVTqf6u9UDfewCoA2iwKrS9JuD9yXunoNHElYJHsgc2P9K8QJDizoYIeKa4lPffblS7Rsw/jd5G0y5Eq2M1dE9foq1LZlLSeaegmozqx5vx27WvF+kaq8ypRgxMd/TmqitKGkJJTavM7vHw0c8sK99T1rR/zNzN94Whd5o/oCN0mG0tC1ZKeFoh9SdFRXT3M8ZXKti2VqxHziQXL7lvZEGz1jSaGq72bH7Ve3L5JuTd59bdJt1LELBhCfUzHy4xlor5ESJDe+O/yrHWWolaJ79RjIlX3+6lZ72BR8RGrQvgPtGQfF6bsLfY5h8hVHiauW3LMMR7ylbBXe6MGOF8g8+yRfbauV/sF+B/r+vq7G4ZpMHfT5y4sAaJaASwLkfKV6yUNx2GgTKcKVijeohLtJSJ8KqOtaP82FSnm92PEzW/C1fE9egs6+T/1xn/rKEr0Z1ZmSqvh7NpQHiLM7d7DLRIqVUrL3gVZitlV8FK8MqORGH0cCmgBlNnc50qeURXSb2yV/rCIL1aYw69XFzdWhBMplv7iRArXeGs9AlJ67vK9b7fmsu+83mHI+QN4zv6tMXtEKFNvIH9YdaxxL7xafS7U7zrTucQj3zFej2aKnx58M3419E0QAktFekgwCqJtwGKv4LLWMFoxJuiXxsakOBxEPnRQgI3xqDicddoNpJVQr9Zk5Fcx2fnZDcoZ7ARWa+LbASYXE/UXKiob0/t+h2gH5Pu1UUbrxme3HJOs63zVlP0qAwyYISWbIV9qfU7aCbPy9tc9UX5T/dqLV7JVWA3hEPVDD8SGeW3j5Hzvj/kV6xjcNkKM961WLqidP89yIcPnXciwpU7ZafNZMKhvmqwD2G1sC2Hi5hgfztN9cb8Cf3+vwMyyRs8cT6bzDL5oi3u8rJE5w1RzMb1wOEDWFX/cwE888CeDXU+ydP57JNI2XP6PIcVTnPFRf//pBw9Nz0Z34u2LxNb9X3ctL/jd5D/dnVle/IP18cRpLDW0aS/FPw6ADphogX6teQb4jGe4mVQ3yuQxBSuyP5czP/SVrfFbJIL+koWrBRx5OyA8BD8MdhrCzIaJG+A2EINaVfw+kHIl9rFfpXepT2Q3HUFZVT/+oNqQpZTE9y+kLtvXY+mpx5xJ/WO/OrO9K7ZjU144ppJE9C96RxoSq6les2N6522efsU1y21vhS2fWpNdMhGwSnbxx7wvnGl7kq1Iteu8WhzOFyUshgmGsxU1L4eZtKm4vlaG7patBYHrMaxKRtOA4cD6PidQkByC3k8RregPvs5gzIhgOdY7TnBoLixHnMxw4j7BkGFAZbxTOc3pMFCZWMxzACkaT4icyacFu/Irwqf5xnhaAw+QO/MYCbfapb7zvsrN7vD7tA+DxnVR6QqVSg9lkzmJBXiX4tMnR9vTkuEi7ZHYTrekPA2WDgPl4gIusg6M9mBy1idasB5DX1VjzHYw2oUEtlQKhakFuGjXngbrwZ6WgPHDgNlkoOI8XiOdMuTqu0uYqpemomQ/gBp3RE3Mck8r0qJkPqmlspqOmPABvfak5DFQ5S+muSQxgzFSiNZUB0Gcu6Ysjc3rhd+2axgAE36wpDADMUjIQimjlNIbCUOUsBp5yNsFfMAtNkUdzMk8FZ0lZvvPpefj6ZdO6kdVb1RWJyZiLuILPwD1oT8UTSGEnIJWpHOUWNa3BPIJJAGWBK1jNWSm4jq8GhUllJfSxmslgPILT7Mie5nudrUkMYsZWYrWHGuQlLc2pSqzmMD5gYamL83DjlyPxeAycIyPRmsKwTwSxlgSJqQAHqQzGYJi44JJUlKwOHZtuzhgeggClWRqGBzAi5iufaUnWVd34WLx5XJXtiwtCIfcJL9FcHetLLZUcXUQ5vnO847haHLFuunRlAES4iVat6cJsQvuMjpyt3+mdWPC48kjJAEtxcyjk2hu8LjlTjd7PUEfpbr6/5j2r7GFwbgCEpJsJoTKbgykVYlIV0SbANUjeDOOxQTu1D1l0iQIlE3fqCKT6IsueHQ+cnKWrCa/6jG0NoWqfZxlFa5ivnv4Jk3sldIGaYO+adJanZ2GXTtXP5m4X/UtUUUqt3o7V/28Prpvc+vOpecDyM5w8U/2oi67+w5CTvogxFuZXuWdV3cuP8OcmBx90duzB39/n60jKfQziB/7Dfs13htxJvLatEDGActDDk/jPiMyAuBjX59qIkrAVRC32g6X1zqLMkw5ke4P7/BF+kpCdQZNoDrWEq7/BXbgawYkkot35o7LNbQ774yNsQdMfhh6WoiYdmYSmBIv7NTtxJ6+Q/jW3J0qS3aDvT1Olyv2HJ5OYPYpEQA0zsqhbaWE6qw6LiWWPDmc2JbGzJ+wS+ehmmgY7KQ7/0vJ4V+WPrR89eR3q+ebZ9V/CMByWQvxPgpt7YyoHmCKh7HLh0JfJL8P3u224IbK8EuGL5fvc2pjda37cSzy3uCO73YW2zfeC9ekKDOLyQ2rIHGbCkQIUsQKj3fsfC0z7EA6W/2XeOO+M1w/CnGV59a/B5D/2PgCoIpaSNyl+9vMCVlcbTwCGGClKAQieyQw1/z3bMId7MzC2NxJbMZYNLKoQluDm+E1wcMWUgZ1N8NHyA5uTeHxJPrnzCpaiTfC5qsSOTWIwsnzhy63vQHYUpmfhKA7cSlC8me3AYLvpoYoc7/SLGQO+ETNkhoLB+fG9Sbw8UXS2V3yCY7vE6fG/eR8KniKMl4tDTtZ5SESR2B2X09j6ihU+rqC5oiLjnH1mKaOW4leIKaYA/30Yn0simKzx+k+rEjRlLOWO7ftcTr8Kuztq+F5XUrkmWgy+317NFkY8e9/jHnyiQLFoOlO6ton8lqj0QGzCL+rlp5zkNCe72f0XXFrskSPvYq3eZ1QM39VUEWebQpvOrNtpE/4rHEqsfEYIFYPoJrKDjE3qP9E/9H6uxgiRF71A5J9sZnoN+YyG9ju4kveUU85kb/VhEmY6qPuvVgyb3L7DSKVviE3mifPtLVrsg2tvKN/20nAVzUfVvKXG6UYjtKKQhTsm3nw9rKUBPMZN5q5siONR3eLw0QYd2r9YblPejhR7b/A6/Dg6oZJrNUU8dYXGToSm2Z0K+jPx4qku5g0N3SNu3Iw7lg5Got51ANGG2bLKT50CwdMc676PyFXbmQ836Cmi10NcjnmerNP0d2vbvSTIZst61WzhLBIP+WMO3RLU8PWbBzJAkJ2GQ3LTji5MVnfi9mEhnNrmd0sly/WoCgYjK7xhhJcnWEvVRt0TolC6TfMpJqOHgL8wWUZgHg4aa2Bf6bgSGAWxTf8WUl70xGkGUy/BVT6GkeTA0lY4lkzpZ7zQeUL6QuoSy9budjJg7hGNuN2F7cB7to18EoJfMOLoc/PW7eTiqj0shlkhVGIdzMsFE6QGQSeqq07JMiCnlG1CVrI95nsYXI8bRuSI/8RdaRh+lnMqgBLYXNfRGqvIjqZOXtgyPVInO0l5gAQy0Ne9v0mWbAseUh0Pslc//gZCInHNAyBRnCJicX9OpTBCwNayU+6usqadxacJ6bMnoqd1BFcOksFrdOHRR1tMqj9d1o4XHMKZ+Gt2ZekFtGiJl9lEGus6VcMLy1tOpmFtBT1obH9MvBZ7pen+AXHi6TD2QAWbTSEatcDzagIV+cuqrLxr3rvi8IxjHswzCJZSODZXn+M8Dlu3S5o33y5Q0qsAlN5uU4hDW7ixr1DDc1NbZnnRUUlNEfTHRpTox/wcO8mkGM+d2jhsf3MEgOMao4ERSa2xGoKdznz624ZZAEgSySPVfXXxd8uS1eU1DcW9fr3RXQYaEpx/T3eTElwHeiCuNbsQXFsMe1Adly3XL6mBJuY+DVTyPsDE/+We/bupphaHzkuapyl2c8Ly0zOXInZSvkHlA08RM8cmi4rifweOFpYTcK4ayIDfsUXx90VYBeFUWXaW0UXeUht25eJgXFnY4KHLpbxdi7Pyip9woAdajNhe63nGDdmvHL1ylAsNrzpsxvN8tKHg22E2pxJgs3CxVFpaR9/BgRlUj0ImbUlSyCRLraXN4B+dXj6D/5G2EtPQ2pFV64buGhymVb3coMaWaTOkWTOlSXNKcw63Wv0x1cbp8Ts6/2Tc+LK7KdQPYRv0nF2C9Lmk7OLWA3PACh6n64AttlmzvtJ6VtKTCv4lvJFEpo2XhdaS+1qrWzOi24KtYSnyNoCRCo6m7AK21PcvqyutWx1pvomhMB5fQ6cRfN3C042Ci+zyeqSBRqY2Gb5glaXkYmcEbGiUHsI9mG2B7IIXRL5olF45wmmsC6SXtiAiTMPtpIEwMxNfQ6R0cPkmtVgzjRFdygA2q5cYa0qntMA93vP93a9G8v9f47/EnhFm0LARoauRCAthvzYJIov7VNvFGSu5l7Bl4LJFYZHFHdcjvzVcTDoIJ7dJQmhp3VyPH9dIhCuD0i2SEFradB2DMN5boyn3r6ntwsctPC40lzbFXvWAU46L+H9hF43amM/exfBIJcRftYHcpOjmOOEg1p9eGQYLy1nu9oeV6stfiEe26jBVwi+Qoo/O/y7oPfmw5XMV/dNu+LJGdSza240MhVZrLmHLmc8Iocn+7HSRFIFoa7U1omL5ABrQECQEDShevGQFjUGR+oUQB/Uo1D6QI2JEo51307QWLCPcGjmtFjxE5MI3Jc+MCySvjf4Aws4tYKyQdhh0Ux8WPcEsQxoIppz2Ai5yCtkNbi5AEPdSYDTQT7hxQTM5YX3wl/U1ZONA/yEzNTWz92CslI19bSkE5uSE5Mpp+Y9BYpVeotK/lkXEYhml3RLgGAoPf25K7qTrKCKdFM4W6wHAlnoY4/jurLzeZNR3AwCNDQWkT7xAPg000wWk/Blh2MNXZux6yV4aJ7qEuDCjk4evzCcvXU/jRFhSZF9OZIZ3GW45LxJOlCFsAA4NnNO3P3qNsltCjGCvjGF6yQ5k/knYQvmPda4HYAuN7z5uLOkeid+3S4JwXAHSERY1uzQy3Zcs9fVa2Z6ckC1dVwCEVzKcNXBNaRAMndOlclkB8Bzk4WoMdICQ3ZyG4KoCDJUcXY0vSodw3pyulcsKcL10bUgg1zhRBsSa53SqXFaAkz8EtlkhKRWCZksapOkSwpmtKDoBabHJuv59fPTzump2PCFhJTWZ1NZ94Mg63wPrbisPkvaeJ+9wPlXg86NSwags5SRrjGQdr7DBLH78rxaMolxsLSUoy8MXNF76Jt7IJlJjiMmN4cwaXZP1EKPaCoKwJDS0rY39kOKtGwDOGn/AjE/gQhWMTVLUeILbCxV/KBiHegUgraZF75fGWr3hl8622maaO8ae6k8ntfW8K8PU/AtgCo+KuCsiyOUjtt+yUhzJxYR2ynvn87Q6FhoFvAgjGiyYD/mf0ADDIh7Zfs8b0qMr/CDzumsAc0Nhr9rXtgHkYbJkg5C564tJJxqWFhyFjeUgrvOFE5U83+kai3W2y4axfiN0yUCzePASZp6xmBCkYUkD0CGTRxCMMtfWihAJS2nxTzwrn7Lno7B5hIiZ2xqT72nSn8/nfqyDeJRZsNQXkB0NNZIWmDrZHFlZT/IP3HsXB+vdYKDWXrNCVvlOe/Dw6uRZ0pbwqGxUPtiVDl/Tak6gKG8yzvhLQWIy0Q1TpGwuePMD58k7y1TkuWYaHd2CP2V0iN/L9wZfONr6S3GPaKkIewqa7mdHge2zmiopC32UI2icGoomNSA+rTrIWYBjxRkLe0iSzNIdJYIm8v204T52APaslQrbyFwAhVY4Xw0NUjoYwVZdJeUa18oeD+HkC1eF0YHw13hxrvjfyhAUXT7e9TnQKWlI/mc7xXpZjxkv7oeOIwlLy56IDJTqxNF7fiiVi4JxERxQyinST+GeJGdcIehDxjf/2RAEgihuds/SHbgX9mbC6rJ0ujCO5b520tliFRkBZCSQ5F3UPIzmj6jxXGl0ayaOfgghbZhnpc47olMC4A6OwpJSjPt/hGgPL8FDRRgPfTAoesV08+uWWzCwceQGBCiGoV4029fB4MPm5x9ydFPcKtnXuFEO2mxgleRWUJZ6GYfbH6ChaJetsFAAMXPqsplA0pA8O3wNmqOkZwls7rT5UjwzgzJSk42FsMLcDb8zg6v8iaatXXO/XO66tdKq+R0vB4UW4iOkrDAdA5C526rUKr8jmgB+k527mwuT4KZk7yUF22NZ+Jx/YuuPC4GqivY1ogOpy9r8i42w0B6IQ4YkOU/ojs7XrMSa8iK7t6zY6BpHzUXP1jLUTu8J7urpiPsGGF99I3B4miLzrypdjZr/vYkZuJoGvwweqne/okLWDK8PzP+EwwhsRhssMHOjh/GDsV2zAdoJmZnOuyLN0orWiuMavPCt++ZDOtzh9ITSyWtgyfmrh8ET2Uwi7rhREoO1OTE8acnZ4WPgIX9MFqQRgobcDpY2DdAWfI8Szb5wzthWXRMDog0RHcCEBhKI57iffwYtW/Pbu2XL4Md+7NRMzCoDM1GzMsxt3YIBZeTF8NZwL6yJoDOZeNliG9CxkxqbsFBbhP3svhsSTlecsJFa71oi46DQnbBzXq7+XvnWlOZcxLFQlewzRImK501T56cNeVAIun2+1cnrbJQEtaCJxWtm4prUF+fXi2skNLdu90CDAfudxA+9OckJAPwDVn6EBpcaePU7mv3lAJMwYjyiyTyWLKWbjJaCxJrnENulXLzFoz4kotNA9le+lu5JcGH7WGKYwN42zZY1X0UDI7QQ9hxEX+h5Cxtl6HSZGB72O4tx0pdIHZC5crJ9GoEnpSccDK/plU3K8WrPwnXabSiWcUjL9tc3/SIdl54tLAVtLqjx/8IOSBwol7xwfSfhPgRCaVPYc6UveNuKSOcj3GX8jQQ91QTn4OGriw41tsn2McCaBQ74pS1vQesQmu7Y1y4ccaY5GxsutB1scBt9jTBwq2eIM7z4w6+iDXHZ3M7p8Pn2KGkB8+nv23u5O9Nt1dgmrVEWpqWDNewuoS0tsg4QonFP6eFCFpNE2+mJ0hLL6lcW0ZXMjQ4WRTb/6i3WLS9dcnsW86LYX6wm6VaFJuumC5Bfy0jHsz0rKSDro+sWF3ppPZjBpNdNN0aXAdi/fjD2lOYjtptC6xOPj9BudfoskHXS7Z45IVFrz4VZP90RN3Ilfx1CgEx0uyJx/CxP2bOkvz8N1eXgILLu+7KcLabOUpeRko6UleGyO2/+rPnU2VOLIXFHisr2TGN7GjDk7kiRKQG2C0ELSnu+LuRf+7FJp9VC7I6UooFl63jHiXTmUB9I3Z1SFFdZwsgfaTvIsO1Iocr8SWG7yIE9onXk1iepHuG6gz6HdNfM88ke/SSTgy4PY0+EQhK6UpgyLiq5l/QkFWm7UoQyVikLohJSgc7eeDE6Bl2CwB0pQoFm0jPLZLUhO8oeo6Qt9/WvwOlWw3PUgmRGUrdCr/D6rnJHkIwNKyWqwqnX1yQQEAJFfJx+cVA7vnsP7QzNvvPv4Pv/2lwgh1nTEPk3Skb3G+GLL2psnfybf/vPlNVFrH6eHtZTxMfBBCC1i1u3rQLvapoPf4jLWJ8a/GOyfQ7sHg6voF31N6wqwMrhaD8e5an1e1k+YYg0fHiHQuPFjvHLw4c6xglFfvFB9JtId24zlw0EV/XUbEtSg3nLRTUKyj9okPcIBvHmhNumhlqFw8auRraEOnNMIzOD51xZwKtON3V31OqfT2NsYGtDD89bN08vao4VnmEJyNJW06TnUOlxO+JjaXnNI73gRR11SaVHLklC9gc0VeNGDTjOPtf5TCZmZATgYaZfBgsc49BAd/oybgz/XXBndo0C8TZnpm72EiMATAWjIyr/N0hcFtXdTLPeaKv60wT75VDZlQXFBGA1dSgXoqn0EfGiNfRnKUlMcNCjsXAjqbH7JEO5pkNX0/o0RMOaqC0CfFfyWM8Ij+YK75hxDUfgon2pmvMmDqJPmRVuFRqbQg32R8Plo032v3dhaGF6VE4aWqByE1d3uKILV7tFlz/oKZGSojScciv/x66qkWj33TE+3dIWn0m5IKKEqSeuHxp6EJ9lShZcnMmDmyneluyzcDt1IklVvfYqLZzYg/K8bZrDGquPHrTcplTToWunoyb58C5uKKrRj9PirHHYS53oEHe5GUWLIzyopRzcktwRlZlhwaJWvUCkJeIRjsJa49un101tt9iw3oGfeEuHpGrYezc2zhhZk9KuJFMo+s3Cg0CKuzy0T14rj06vegOneA1hIaTHviRw3BB6i8DBkGqKXGDoEhXPqxcktsNQODWdNw0fBVIq3j8aIDu0RV9fVQAXQ7Va9rkkShv9G8sCB8v744WHzTowQFsjxGwNigz9HYpe2Rv39ukrRkSWCpsreYkMl2r+XSm+2fb+dJ9WciPJZvXsRxNGFdBGk54a9vnA4hLgzOYCkuaYmeaeKdQ3imWPBv9lmk4IJ6DEQzs2dI3T+/K5gBQJGf52MyDCBK+es9Kha84fLPFAkJKUHLXXfQduxWndiub25xnAvETxsMGELd/4/t/wAuHLn7M5gS5v/aFRIL2VnUZ/34UQQe5UDsRqwip6hCsoMwNWxoUUxz27h0p00yU1K8Cp2uGu9HFpzrK1cRSr3XgJz6zKtYlv2N50Fi1RlSiyUcQvTGtYtmmB9xihPBwspvmgkcjOpqnEYnNnEzPGziqBIxfBagcq5jxIp7Hzu7TIdapJFdE4gJdA7AmeuFZDPRSX3Ntt1MOg6/ymvt3AWvHSzoM1JqnikYrcvEhr6/7mPJkoAWn8UxS4VYuWWI9qQUhv5odET091dWSdjKAwhF7FsFLMwsLf/4y4AFi/z5x/op+Dsv0J+sWVx199YOgWjB63Oo3fpb8OWGP+8SzP9UdBHJRqPnAEHgowNTWwoTuyhZSANdKJ8mOFMBZNl7ZlhlNensAUmwONKcfXnc3og3+fd0qx+ks36jGieaVAYRRifafknANctWZmQ3s4WF6kB98pj6xX+WDzYLbVHVor5QV6x+Y79778ER5ApXE/vQ+HzGbR9S733Xwc7O+i0HexEb2xpjJL3afGI/JQDHs0+6h0iQ44I0gxTw5zZEQJhodJUtXDP2CjSSN+POq5q1wsTFHA65x7coQZxqdZBEQ4B3wmRKoA8bsjHuIem8SMXq/cX30a2mWj+Eaj2EX3aMQWH+Ii0aEJzqQgPFR3NxkJwdKepJ7/fdlI9N3yQZtbf5HAA0iVdQfpzhzMOhT9RdxnVXeFa5HYuNu0AGuQpNOWTsuuIEB7IQOQGmh5yFQRWXa9lLmk6CQX8lIANep+YFJ5f4DLZ/tx5SeLfUGXrAgYB/gBP4JQ0aht/MzSW8Z+XNCMrj3kPPeycyfZT0IvqL3Mo5N27ZNKCny+qX7GG+YdnbhbQGS+zgwxpwQnhvLS8nMEkGIUx5gwBVBYpBIgBOvrytjZgkM3jZD9rGZ/EB0HSDQCdBrBC4TRbFrXCNEoQaJ9Vp6cKtjQhRWBicbx0XJrKV4loJuQKmJZ3UeunT4FiCZvNYHD/3WN0NQqQiemmmQ0F4sGiUfAEF/XCJUoQjFF/KyO3qwlw5vM5gmShi0HW2FTJ8wbv60qvOW2DxsA++MZWMKGa8lErX2VIAke8/ei3W2oxDV8tYq5MTbSh/tE28g35ldo9SrtOLu2na+N5Qr318cp3P315y2ZMCmCdV0Z5ANG1FJJnTP/AElknvi16wPQDMC3HgJ2kA0I4TIIun5j7nPsvE9lH3c2GfQlej4l+plHWZb1rJvERR3uZGtcvc2JTNOMiS/mkmgmRIFmC6Nl4C/JJsKVhp+Nmnen1uMUPrksY6gIUf6016EYjcrkXzdWrfsrpBbHCLokBsjZLDBKjJr1mwzsx5nEKn9k0NHQjIOzgIydmf5IVKycmxDBWZ6CsDxnRwd9+Dve8lwGhiCvGSj/bIyFDAhnE4OT+cO6inxxSLo3t93jcCx4x9ci24PeI1KQo/hX48t9EEwQqfvvYmkfi0vQSw3aEx/cko5dCqMdHYE2HACeu/d+9WCxVk5Grpp2F/1I5JsBFvltGBt/nhDscInv5wkUgCzSEMCVEyw5xOrERH6qEnlDhlGFIou996Tq3XjPsTp29Nqxiiz4svAlTMYCAWEaPpQ361A/8SNu+xyrK2L7OcMMXiP7tIYKRmLsINe1YFf5Gj4TDAqN+mbY6F5rIarnZ15Ug1cZF9IyI/IsKRaqSySBC5w47UUR3QkzdiwsrHd7P05wiFqEaj/L8xC1g0nhhUL7qSoboWppk7gGzWGWC627zcT6ghIC9KL8Ai5arTvQ0ziD0p3+P2RvvRTVL/3o6hp7fFk9Yten0sS5wHg0u4F2poZzLBb+OVlcQ0T2OY3uzvBBvVyCpT6ZWOWva9VlynEz4THap6gH8eGEd4EVydMJN5GkNY62BJCMEVVwbUyQo5dRObhsiH/cWmmMhLWE2FBMbZx8FgNFAZKmwF4xPaLjIWCjZxmF53IMmL/0CYSx5jGBvS9oGhBeADtOCj4eP1HbCQarEImyo+7uLX2Pn5teENUEqh2ktYnDoyrqpUG9kIuwIsC++h1C53h5VfDbeKMQ3WArVINJX10rhqGH0ioHeYXBTmciGnlWp0mDDLb9ufzmPJhGxtOUc8viWfcRut2nKzxPoKndQGGgytgeYek3uMZVECXMu98hvsP9t2NqSlWxeWWwuN0UqkGKiKLXpryWkSCr1Vb6rBMbzwEA+Fnb++AxboVCpTc4zxpEmlvTuW31UCOunQu/IfUShdN8dI67SHw3ayZf9Cih0kLBtbrh0gqG2nC+eQtlzqW54dVYKEvfHhDWWAr40HE3G3Zv1MyqG4GhndI0s5bM149lqx2LZYoX+XGSX1siJQ/gpLpVY3PGWbEfC12qKvlr/Irr6MA/65s1V/4u63A0EVdKCsXRc7G1IVyEKrXwYywM/lBizipTASPvLmS09uOx9FMrrHVeu4tNYOoCUZnwius0JY6CQnuK48NFjBIpiiIYtJR0pUlhqLBowIzgoqU7M6OXVWOGF9BrPw12414fsX6z+bj8vzsf794fydOPWss+W91+81grrsOWWn/9Y/GXhKnRfyA+bwp/w5JIv1ZTsExz8GnLUEv9ms7gaVg+UOpn0HfJieh6Mu+VfvUnv/3ct6/XW3QyvT7BPy/QcNcCL+gmm1tkEqbpDQKriyxK3qvW4L0u3jp5ql+9KL2S1CItjkl8jlgfTxCmtzzOQehXuteu72sdc4K9eaUlzL3p4i72ATFCetrkM/YShFs36jlSLuC/UAvB7X0kjqTPsQNlJPegGklWutwYgvroGUnfcOObuEE9dsCONKCMk3eVYKqhVgAzlcwZd/7d7dFmmGgLnN5bcN1gtaGho9OYcmvfv97fiHbL8xt9rZ+DQ6mxveeLOuCwpc6jqTa2jl1XGjmBKsVFxvfXEWD1S2BOZT0HhPXu7Y4fw7qwpZyRHc00wfHgVnyCZAU8E8QFG4qQb5QNp/e7T5Hi9KhCI014FQnP9Jry+EusqO+cDN3NrvaXwNcNBXbcbrq7uRFgh0EEsqMWCJh1HLwDOozwwkffaHWcTNpfSo9pARFrdEYn0Buv1hGjG9cZQ+8Kx0h5dxWW4C93GZNGPI1BuqcX71FDI6UR8cKQ065th1lito2+NFqETqMd8KmgdIE5FVpqLKb24bz8CNAMRT+eTZwegSM6eTJl7L1pl8OxtaDo8csbucpYuH4bS7oA0cRev3OzxYfXxx35+p+UFoJHyRqNzA6+23y4jwjW3Ym9V9RxQ01NGKsElHzZ/Fi43z/6IxyU9mCSeU1RfZTMQEzmuDh8gzZIOTHqtssWmIzc+lwBa4JS5C9uqTYEFAI6fITKDrwHLizdAdNoQL/AAIra8lFB8UWFbY/0JQwaHr3FCsAM4cA/5kzSR4JJk6eXecFwE5FMN1P3LbL3Vfcxahzw+TbQ3ZdAiR25ioOnPDUl8njkhawVOq+WPv8eKCgn/KrG5b0Y0vcxelalA4UcZJRi0Wpwaxn8SIj+MLQR+mqVEQkD/naAx/gIrK+ucPE2IoRGITQC/QZcLsfgZqi0EuWQDfMHflUz0BTlX4nDqImTeLSXe6/3fajvCCoIvOaIES7KLp0vsI10pBxjnIc1I1jFhidRvN3nk0aZNusS8rOVBvGQpbmwbvi3+XXz4GmLWy2Pe9swUZkjcZuDMq0sNaO19ZTGppV6Q/PLhNdOmlTCeLLYqou3ZVMWNm2yoZqaqp7+QQPs0f5Ms+4+gOiKUwISjy4DB3m1VQ39x6V34wF6OdWLKPwtFFSwq3YZSp4QhMvMy15RTf86oQRR2RqFNRlo6ptZywwKiWufL+h0QIQ1Gi5NYveYmYEMEabisVtgMEmHWd4zdLDgIIXsrse2yodW8qvJsVzHFeSmgleBk/NeE2bJZlL+Tc4FOwGGid3zrhRCgZoIZ2InCRgB2Q6qkmiAoQmean2QahaMxPfeIJowz214CBTIEuyzSTi/KE6eZabWaFg0ctTCrPTvIoNoYCgkIQ5+fvyKkfIh0MWQskqPCMJjraXwWYTNAodfqcLnzp9p4rSYGT0aaXY1ml4kQZcXoMuG7VGTlvT/jXLQzEdUw4z+v5LMWISnnO5AQKf/ZP6yWsNWCzIo4qwyANGDjE5/U3uhdJChbH/hSNbbFQi8wQI3QmG5ce6emRkbh73SIvfg+RKqth2YkZAOM+wmxjAoVKXofLz8bLgp/8j05m1INXQ8EMY6RGAST6mCkKCUI/111ib7C/zrJrfB4jPma7Bf3LOKFcZL/C5aEqusyc3KQT1YwnlxELt6SWdJ2cxtRRcuCK4FXRLf2ERBq3zvVI4OhqoaR8qPUMIDfc64j6qyquMZMojxSeIz4ahjBhitE9fYJjmJl0iJVu2G7AEEWQ5rlEA89vCqx7/AN6wGEGNFld7vcLBLJrlWfQCQmNwjDPmjghzqnNWJTrSzbgvn6NZMzMebXFIrD1nAPT2EOGJQvq7etbgVzpQpAgRGIK02NjGXCadopHRw/NGvFUccti0bY4J4XiUif1PRYQiWfiwrRw1Zj5E2/NrCxD3fR3Hse8VMPPJ9BOVMFPj7bi9vfKeE5AZGj0O31qvwWp3nAD57BxQaoV6ipLE+Yg4OhwRhKMw8HjRD+ctUsExEd8eqTW5iFirpeg4wSY0GmJ7klYlO1nEQ8H6hKgICvVYaJNgmFThYSxNMaqcugQUA6Ly2gBMKJ1TKtQK1F1UwasuYeww+bddAraEIB5fpUYnX6Hh60DFITXZK/47qcAEdXdQ8WcmLQRO8stHBJfWz73QzpdV6wInMK57lOX2+rD3z484XvhHoXJO93Ff5q21nQv8/yk/CDEPH8nCjbTzxp8jOkzmilQeGurOXxe1CL8krnhkqH3C5m3L29fj5W01YYajDS/9wtheanDgedOrmcaFTMAGcVXCs0AU91v9SYy4UXiL3Ck168rx33AZjkpiBjidYsENMXLdIfTvn5ycqaFgNGwzVgQGPgaUL9rJn1ZG+8JJfq7cfT06JkJVmJIr6IIjx9Y9L/Of6h/11JdvoD6QQC3mylms/2Qv3WWfXmlL5a9xBPFY/Ua+abv2oMiU1vvW0L0ml6CJ5Sz8ousIe9H1QdbtxnK2Wj05Pc6dxv8xwAGA8d22e7PtM0ttgh9tjfEyP+bE8Vle6tUCSDGpNDiLubhPDgHt0UGh9rd7J8BLlblVAscxEadGbeGJULdwpKAgeGJHCKyar28v+2vBWeHcUBWdoF58X4YtuSzvYv+F+FloQKppOT3t/+4Q6DrQyImY5GUAZ5QT9RQPPyrrf9ivA838b2696Xj/XjP3mR0/9t6f4Z4VQlZQCFv1V7QfqB6lDbqhkgP7hwvPGaL/m/8OME33jhQQeCG0WGOB6T0oaLlVZrkFLZCJCM0/TO4Vimi5m2/2UGE3eFNN3CyLW8Bw9DyiThuLqmB14kRsRgVXm7eoKe4l6L+4zargwSDM4Iy3xG5D/69SMotqTm2lcwAuOLnND+QSdhzJx/mkhMciD1fHWJnMW/fvXSzYqLOQbHddmFRxhc97LX7g94QgKqBqGE5QVOc3TFrJ+Mo4fDfPI7Qlj/aAff9yDo+NPyI6QkM5E7i3ao+vyru7pkURVrJlIR0IdC/RY2udO3KtFWtesMhDeoU31Ek31Fk31Gk31Hk0lAU0lY2iis+5pKOiC+UBtQ3uEklL/vSxSeEHL6fcEIR6a5IMwCDbef0wUoPVkd4qoYCxCBz7sC1Sv8jI1okfOD8fxZi/YbTpGaghecw63D6QHgz0v5IjrKdrF0SniDd0LNYELSY2B+zrg+yOpFGFcRgfdWnNsUgd/sYBMBr/X+eBHPHJmnq4fLxipQCouRQrPD5qXt63/D/P8H7hvVcfIdiQe5pX7mOUVNd4ASFAPs2L5A/W/VmCbjDdA4h2BybpidnKQqFtbKwlhNnltlMgl1GHvk1OZLs7D6SKakJwJozovoRZNYBYcxo43PLKum8zoB6KYd+NTcIOd7VSXV4dZzL6mRzWZcxrWRbPqvBDP6HYAIPY8vjCvERwKGw8WBxh5TTALaYWR57QCqTKIrNsg8Lkukq0HtsBX3e0xbzKQLdVmBkHO69aGDodGEteET+5vHJvUmmj45mUXfoeF1H0BTaUCNZFuDyzoC/J/dIGFg9f+UvckB26ryeFPXLXjTXpQcIdnBS9PtHV4He6XdnxcHF+HP3/BifUYIMQGxBj0nb2JDooM0K1FFL4DJvGAL9XhYfCOKndzshOc4YQ9Kd28Nx4lpXLIKOFy/WCh1tMPkj4A+aJu2QDPppOaJIYNz9YiUdnWO7CBb9FA79uLjeTL755CAC5+r5WdIqRA+TyecuSiK6BZJ38F5zSEujS69blpiHvT02MTz+b3LoH2xB6Z/7G25VeJbKK8sUZdtkhtddekcxvyO71pYezo2NWRBApCYRmU8KO1+uhTUMKqtacPetWlZhX9QIfq6ZK+gI6WawQYl6aiCbKMFUC88jSYlI08Adx1seM0YbzJt4k+KuyJE1fS6cJZ1aGwbfpdoFeK6greigmf+fsasdlKLG14DgVAP4EEdXDE1aaqHOJW2xtjdUTc2qsIgz/o7Fwd101bvmqc8quVsMCuZcpNMrJUIW2wdLg43CYaWPS5pRofvPKenm7rUE/LVMirkkJUvosVHK2AKorac10IiqLjE/EsSLnykvVO1C6H5G3RBfHdVxRLGTGU9455QUpoGhG9Ntp8gf5EaCKO/lTI1QAmoKP9A616Emh79uuPysNEFimmngG75G8ouIWrxkYC9hefLc3Pu+bnMOOHAGXkVUVhzwswkGEaMrjHcd/5W3wnz4NaIjE4vnryAzOdRoOXxd2pf2IW1ggFJ4G70//CLK7dc3K459Z/k9hwSxGrlxmJxA4VpXs5anK25IkqSF0K/vNe3pLilq2rDpztW/FG/Ts8fSlrAPs1X+Qwg0cTlxYvzcnBfJ1+cdY9Dbg9I0VKxHav3RHdS/ucAoo0ZeScxUq2MUeci8MqL3pFU4UhMoSmPR4kMfGdI3Ohl2b2PHnZuCbpE5odyz+NDMriRQ+YxWQcNIsYzL3tWs9ViWPomaXaUXOJ8iNjf0dfewDcYubWHAB6ZwO7QBsTl1OmEa4mmhWF0SHMv7MaK0MB/SurYXXmIkg3K76zTEs2svB0y92um6vs6cLJ2jT6+sVUt5S5Valqs7BNpAcJG/0nxMd5HlTSI7mNycluMaJ+XdXb2f4W2wNdXVKK1jn1m9/7mnuqv/nbQCVrLrbAt2cgwp/YCf5oD24lxLQQZr5QcM4d+3X5pPisNwxWZXU2s6ZAeQA8ODlilhcK84ZC51ICXliCLg3wQ9BZWRqhYQ0/NN4t+3i+9tnXAON/q6Cn4rzX1v46j45HKu37pYCNGJn/uDL6dC5d5ebyhoi9+a6G5qTM7AIVBjmORMWTuVaSKYsAjScv4pFPY8TzOBIaoWw2tTGeihiXOZ/QpsX2rE+z2cNvNn3yHFBdYRodN94nbTUJjqQ2NTzzXDn2RUecsqTZ+TktrQbGhWeTgyi4Gb2pNB0cAyOaa+p2Y3nKrNNh5AgxdUlnmg4vSFQfX+6feQ1YW4a+hKCnv3wJeT2LOFrTX76UvI45wvmoExUJmhJQPKR+celkHE4onETlfTT8Nz3KpUf9fl7/em7KdvINSY0OD06WhKZwOTnoYf1awqBL4nRAHmTk9W/OKhCy+G24O3TGchzBYmRY9MNf0wC42EGBmV9QFUdhJawiNiMBCnipQZBHdTthIV1vSnHFMUBud44yLVldcIEkSjmpyCfaXAI7PcVW694eaF2HvL37YEOjPjqyEEjrskKDcE6rxZjcUBAnzLcrZ/GvkED6qym/WHjDq0d4OkVQcbqIjwOJjPcZTQMaBSGSfFg6zpEGx6OGZywbGfjw8myCWUupHh0RyEYKnBfjrATxDjzDOiFMlh/sDXjMK/ZH8nrpYUOPeG0f7PuqUCMQOqw5FACxxgs2MErjDMXZPMFVJ4TqXnZD9sYGpGC0nNHqSoqD97gYdUfH/HW0ojBYa2fhQVniirGHrU5VOIcnZYP8biV3Ji+DEzdzUGlzRG/R+d6JGIDszm669NbSacNRUY5IyRGDxUM38jZcA/sz0R3gHb14SkRz1/bsc9W0RbjIz5SjvHdUV0ojFptXvkScbyOaIsNvuc/oS3bfR9BQah12yFaG+FBvW/Gt2wONb1xZSVSmi0Wv5jrGPsGpYtmwYRn9DySu7kOQ8B0sz6SzJXVeKYgfD3x7nB5RpN/gIGGyn1tZDnTKyf2xXnDFdYYhgXuGYq/u72lWw3H2LhgbpmNB3XviVjcDiTx8xiQfrOPXd8SV6lMuGkka2ULn+R7FY89FT+Ih0Yn1Kh6ObXu9icdnzayCEenkAOjsgEd+wPNoBq1y+HU31xptic9dAi4VGxxhs1rNZ2Ww8OTw5DG/UR+Dp79rdF+QRY7z+SQ6xxoyyvgWnezydWSvbBcZjw1mxeSTifOps9v57nVqG0TPUgN7aWed+sfbopjpHq/HVKo2mgramD6+y/RCx8pYR2650njJcLuJrQeavKVlzEtssQUgBBlY0/O1xZBNhoz7zoLtzplEbj/RbCHXufr3Ozbc/85I++du6d2I5IYbj5FePswoAQAnzwyJp7OJCRBmkVkE4iFbZPt8S5/1KorYrcj29mQgzPDVkmKi2wPay07gNGVxFBHVqh5WPNjCfDRLLvrJc0GSF8FuCdTmt7kkX7yVrGJ9rDiFbvYyzPKrbroG4rse1H3VeHNkKV8SBFEZDZ8G1cE8hATRTUQEpj8sXVEtBVUXUWd5xFGzRzU1YPr9sYDw6VGBhfUfIMOUx/KrP/3jxfp9unJecDoB2DrexKAc8Mr1oEtJvQ4NyZvv5F6jHHafLhaAybrw3xT9mm8UE9l98AUFlEhRmufva5NotEaDqksBuKR5hj6+aHPc2BVdRkCKYttCJhFRttfXj0Whx+dqc3d5pUQjyGt16OglCWDZ94bG7dde8ywNfaEkjVobLqlPXFyThxTuNBPAcVncvUnlHly6zgRGgUiKrAnmwUnarBnmP3DgY5NoZkAhXRq98Ac+urJxfyZ9X6FQLopT/JL/xCVamNAkjgJVKSI+Iy76E5doxMseYajQQ7+YaBwY92j01aSKAhUpEuGySZMBdF6hUXiOa4ukhNb41pWGOdLSlSgDMZ7+MyxBe2LIhFV0WHFdE4MuY57pIRr6XQCgZvLeUlLjmTcSnczbDDGA8mm+UtMuzAo7djGH8cPJaLf8FSm0gXZF4s/LFIF1NdRGmelrhFJJ2W52ECqv4RYK8h/lzh4IB31yFIQ1OvUueGYMEyvLGP5u2RlvS/o+GWZd2tWo5ibnGUhNwsqRNho/AA2CeP9gO8/9ti6ut7GSO/bGOGcYkq+WVG5RLH7WDzOZZFOp88yuN0H51k5iXFQr36hJPD+Dje+nCDzS/klEBFRH7x/2UHNfr9aaB5g6btfevyY+RQw81nZKJJzdvizWCWliljV1teYeAo0Afn4t584RQvY4OIelQQrW/1/Y4F2M0quC/njUFUyfCtObmm2rOM5brttwLh2FbZNRh5mzQp8vrqK/GjoAgXTlmKqCNjUGP1sHDzPnMZsFnHROu7obAO8cqiNsHPm9xmcuWBaeGiaEemrhMRXEOnN9EmU3nDJyN2w7Bk9G7H1se6Qzr8bfDGM0onD7E2Dplujee5GglONhnNAyBUSPJj2+g3iGz4YHmuyYyIQaMu9K3oVFEVLZSgCcz9vubYUwBdCWp2KeGqGwQ8VD3qvcOJZgB5yLyoJo7BblBXEIig9cF6fRHV+iNBdrZoLJevGlzQVLKCc2vCXvTyKw5dDUtpTkvPwXk82f3+DGcDSmxJFUWvljDL4aaJrP8sy8wZc7qcfe81zsECFcOT7djp3r/may0rPjJg+MNRkvxeuQcImBEgcZN5ARvqSf+w9APFzJTucAFd0arwE+Y1o7HbFii4lWgWabc0nJYiErfgDmsUFyb1bW6KM4E96srYvVHjC6yPRlHN3mmC5bu2fzjzddqMyDRT4ypsNcO4sGMzF2PRQhtNAPftWsHrqYpgfk7L54a8Yj74negxIe7a9sJgG16quyw0Ev/yoAd4gNLxb7LDd272i7f7SAtBea9+Thf1v9/6ttIM/tBvPMddGw7NJEul2OxGyv8jjEXOs+CzBcAjHdY4/gXl61dod8VN2EpMwOQZs+81WmDvS6HTX1pD2qri198tnGDsGSN1M1RUmCWJwgrSyEHOdM67sQY18Fdp7ysoq/mrL4ZSRqZzD3bIgBgNZB6kE4xmPSAd8DUG17q61/R5pD4xgD1qjpR1dujF9DcaqCUq2wxsw8E5WNbf8jnY/szu1YA54XLy8gVFQNcOMBNhFoRc6pEM1nv0AO7JJMcztV4PK1jgoTq9yx0zLEldRD4T5aiqTEWAMZaxETlN6yTEMCjDnw6kcnuUWPVWRZ9lBgSycK4P1+cshlL53UDs/vJ0HRjg0PnH1AvwBOtHBbmnrYfMXvfdFVlllsxr44+NCYyzXRZh5iJrcR1VbSaCiQguYaKn1yZ4IlIttQYLkrumfagoD+TSSV46sf9fXxJToo9ihU3HvHcLR+PPDIePQAFYwDgUt3RMI2ujJsmDca+dGQY5dFo//dxZP9Cd8bgkzXAtACmKcEjfGAW2XHv1QwscGH8BUV3rGdEGWEj5/Qx0S/D+ZL3j7jcOqpB/E8Sm3hGXaiZms5VzyCxtUVESUNWRHDxuZbN/7aLKV80insxZLuvVGeK/cMvEw5OslnxwX+udfc5y5Rw/lYhl572UPjbCl0rG/uAUNR7tOT6TYV6A9CasTSFAzWITEXhUfU9z/lmbQA3ERvgCrgbfCrvkdFbGNNQ58J2YTLttjAO5VSAmg8B5w+wPNUQL7ZPwv07JWrCIdhDL5tIRTdUcQhpd9nEjc2hUocupquF6OLRY+9WIzt38A4Jnp+qTTVXBsC2rjLVv5lFUFu/s5P1nW5OnbCppgmX4N92DnAg8B+tY1TR9O5jRRr21PNlrVtf+91CzpG5DnmNfp+iTIkRqXEBbNx1xsALHI+a4XMC0QhyAHo+eS7R75lVPXSsVy/CuR/1+50GqilEw5BHcF8t/UTp/aAhTDRWW42hr+bzwXinAYQFXZFbQ7qkBBrrxVe2bH4c+rujTl8Dej0V613n9Nqq2rhhSl/UFBizqEOvAL+2rki+jrxOyRSeOPPIQNwlXEJBXSmcsh8so/vcMKyBu1sITa4mFC42z3F4o0lVxudBkpOVOKmmo5I15SlPJNV18JdwyApTMSwnW0R8S0Q/cJzjPxcUJDH4NTrjgRwuD+NhnM8rmg9b57bXYZuglTMp7rexSWXPDEqqr5+VHNRcw6xLAx3dcZbTWbWqdfIdN8TSxqP8n6CfePCmC0h2GjZ3OXsd9bd+2rtTYYLIZ/0wU2zsYU7OuXVL843s2zW52LRDMauXxWK2MpMRqYq07I/p1h+ytHXnB1VohdeKRit8T3CFCFDxoAOCSBKTm2iy2GKkiFo8vuFqaj6HgmyrUEoKuuIS4Vf67WS7Re5QvTI6yqyLcAsKZBt+EaH5tshlbkwSulf0tJymFDE/9WlLdNQ0yJgK0/BeKPlafhLFAysFlUmU1lAjA9knW4KiGiu6bsQu7rxDNP1a7d/hZaBMayzWGC+yJdmqEtQ1qk/c0kCUe4aGM7F9NyYfwgU52h9COawSekLXY0jQzJmSyjE2eyrpior2sZQWiVWHMGbFWw8in1MofI1F1G3aCUS/ojKDaF8b9CK4eatTAcS/GNml77nj8jXsgQdL6sms+mVFB9qcsYpxNeVRPiTr7P6PH7OgYfmg5nugJq+hlRsoOqDfi+y45LzElzSr7T0eQ5McFP1QBb2/31M0e9a4Pkwoxu3GO/3Ff3xRPmxMdQRT9D9MUXPOoE/rs3QhVnwmNqkRO2Q571r5hzy9PMJtH9P0JWqyuFi7EWmBhb+8DfBstbSOQVSMfx0tUAIMKMSrUSzKN9N1JTvdXmjBvSund6HzB+fJnt+2RQY5FiNPf9r2aiI55+i6E1nzKU8nen80zx14vxZTvg3MoyXUcGRuMEH4HSzMVMzyNtunrO57E0ujRte5gZLQYaX3HBZueFS5hgrDxouaY6xttU8gmEiCYSpHp46DUMFH0N9af+fY5Ku0P7fCwXe1AL/61NQip1T3EjwYLYfrLl3AtjczOFSgJt7J+DN3QHg3P0AxAGHEUcTnKCFNFg/eooGqbTwYwftyi2td/DQ1Kp3btTPVK0W8gAqQ9NKuTQ1eUsGQKkpLQ20UtXOxCnfK+q+x1ILPQ9SD3izoQd8E0cetl3Tsr6SXNMoo5DQiX8zTE3Nd1p8qNytD4sOH4k3QsE2p6P1bJC2oKDUFaS1SkeJeMYjoHwesTaUsXE7/k8puLXQtioBbCg2d82KDO4wt1+klvIM/DQkJCHUIdDwOb1cpYoPXH8/sJJoio2q4SdIokI+g0KlMrB5rFMcceUjzqpZNrL15eWoJL1MD28F4Nk5ICBi/d+pNZvRi9oeLVn4fIrJD6Qxt8UvGw39Y3bVectt4ecFM2d5shv4Q6cngsn46DiS/3Et0+CFwNGPiW0OT1e02EvXG/7Y/FShYhi2mfNliTrrL8zRpdQSfaCnv9ca7FM2+GDyqDlQe1Tzd7iik+A0JpZNwy+6/t6r2LKNz1aJJ+mg9SKm5Z3m9/XoxKwGE/TzcKj4TQHHJTEVNRslnRUfRfosswUNr59Zt+zeQ+nBmcaW3xjSs2c+EsgLpMdRK8gLWEvVF8R4s64mHWN2NB/Dvm25HfEhFkByMQASynn7rXBxS7+xbHM90MzTcGXX3tn5A4BtdOxTJrD0oWKArhVIsfvYyaxGS+Et1zBusyhuyEuzZ+sWVECiGSJult183mulXiv5m1at4hTzAqS32VaAq01zr7vppJfBLQHfbl3hIZwc94OTPhvVwaJPxNcKf52V2QBybwjdbTrOVGuaYhQtI45Q/EnS4JrsC9WCcSo1Q5k6kd1RKvl6pu7LaEPleDTje5PyXN6tpY1M3pgZecC/dvu3L+5WE8DAOgTcmzZ5L6uLCk4mBmMqfKhuyqZbM1wKgaJSAjl2UNfWsm6yHrdWdJsWc5LVY69AXvKyfy4bzRm2jNLBRjP/coV6QvNQkVZAz4RKZAqw4F5dmGylzAhXs+WgQBcf2ixhczgLrjO0dQvs88+VKH43ZEbTC67lF/inuf070hDaw50i7eyQatuoWSWST4vbjAbLcUSg4S1tFSVonm3UV2SYvK4ZQE3zU7j2q4heImr0lP2zlla/ZS1YCv9BS8tmlmI0Y8FrzBIurCuEVpK4XXHQZxPwNLQzw+U46gPYJl8qv2OnKe61swZGztJHyKSINJ7JBfcQ4wm+DXlur8NmvGdKCNLV92dtW00kwdhzqB2VWQK5t1REzlVLz46m7yIp5At/qBmTq5S3ZriLFe6j6ACat65q34XKtmLUBluAxoCB6UJpRfy05yrkE9kKAdKfwTN39TE4bO0OR984iMySZOgNE3SRAJzaHToRsUSfaOZve2u5Vsi2iopJ8MglAteGTplzkJHeRfJqqBnaHzWo4Zu6tBCLuFdzlAnrh2EZTMKiZyaLzT5o2cUEzg9VcJh1fo2iInI4W7ABR+dp1BXsim6z7W1QrK+CbTDYASqqH+OXcuY7sFQufJDNV1muGxe+elfSWFHPslhXHpb+VuQOXf3RKeqrtNQFw1pTLCQ5RAHjI1qgGjGxJhHR4mcsqmeBu6KjWsop0Gt8E150o72co21Y70xY7Majsx5XTqD05kcfGNG154pgwUZXRajSY2EhqlZT5sxc8Nb+Iwdwj7gxlbAEMnK/O6LZkidmIvvaT7CF42uuUGo9AeS0q8yJh1Y+avVeA6CC3kLDYWwRgTeAUk3vsGf6w5/podITzAEiSWBRoFttJIAFmDVTfRBFXnuQ4wSELDg3nPpVWPk2h8Yrown9VOxoJOurZdphI3qiP6kvevgKNMduPKlGC2u64bl7x+eFDHYuaCoEmm8kECulAoFYIFBgt7rGoRh3eL9R0pJYH5ZCBPJ4254So+Qt408y05QWBgOSFoWBogZJ2cR1mJ7SI56dmPZFG2HjiLRTUQJbsKLkRvutA03dD7toW067CgWyuHjl3bGVUOFf8lECBOr3kQa2Dak7rY+JSCRXJJNKv2Y+ZmFWgWjuV0S0mRoXeLtHb4OU6c1SBW7KT56P7dfKgyPsEvNg3jjp4YwSw9/tuX818Oq98F2WMb88GlphjSnXiS7IHmc3Bce001geyrxSwarZtDDV07x6VUdE6AyBWr4tIggZA+kftUSCh2CR1BtbIpgupNBG/4UYOIFZSNmlk/jYykTrmCcAlkpVii+kaK2NQZU+jqk+P46gTfqvg9793Ny+mcALl9fYjsACE+lQtx7m6Zsogt90RJ/axbeeMTnO/KIpnW/5bIJGrMot4KxQmbQpbSPRbXcMJhI+gUP+rwCYnp8+5uMuglpm585S29QpvdSaplYIchvCQ5JUrUF6kxprZc0lQkuMYSdw7WjyTQLSuxRUJvP9TD8CySkXsy5OwrXs1oMCsAwpTAUR77dYmAXtJgkCjwjd+pluLvkWycBvy2DPqoJ7euXt4xXGqI/jI+xj3k8svHujm6O/+2CpPEQkmoa4jiPR4kx7/SgpL1+3q5zHojTxS92b9aUFU8bMLNqTp0SIPIA2c6JXWq70y/XlyVDfY36PeOk66YPgKsvgKEfg8G1J7RvhTAg+6ii1lY4MkqIDKKU3GBH2GWf4DkE+xgO2mk23pMPEYqPjZJF0hWMyeopIADqtq/TL92BbuGLOcyifFm8z3nqEQHJn9sI5ZqJmj3nZaUBrZrmkKlo4bJ7wB4Ty7C/U7zEyOEetZhqpSj+mfpzHxjCcaCRjl2q/LAvFl5hq82o82p/EP48XhEI6WpBhwLtvayH41TmAFpJfzzUJb+d6Bqdv1I2jez0yOXcOU0kGlEzn2qm3xqpHymuwl8RnxD8BNQoVTikPw0eqI9K42rPUt037bC3JCw4aS1kIhXNkeOwy7UIXcIx4uxI319T0hlGHDOKyEW3NKr+K4YH7I/2VBAO2Urbh92vD56FfTXykpEj9j8mhGDTlSAebf0kVgZihcMF1Lz/eWaJhd6S/eRihVDyzBt0AhPpFG0uYGpKLDVLLiBJlnqy6tNo+X8gTKBxs5X8iqaJDKvCQgbjXkhllTZ0fOIKQUJQGdu6g/LbhkRAl3+dXaT4yJQgRynQSUAjVYIlnnCCukVwB4JlSRRe6nZ8rnR2c9LbxYGruNqCQtrdMwSRcoev6zlNp+pZlMDSdOXw/sKLM8++hSI0q3hD8nU45/Aj1IjlmFbBHGzNSpDYqcxXQpd3q/TEpE5BspBVWiCtWOQOOfvfx9YDjMp/dwuWecXnMpsIXbTnQGqXkmIGUoVckpG4UIqg8E3HgBlizDd0Rw1tXoE6ux1xg9mPlASNKkdgnLp6jdLofEtsmNtgWu1HcJigEY0pFMIWfLdJrkFYjjK4t5ONUD5hokesDVCZwtQ8ax0TIExl79w7Tx32uYA4E474PaW+JOyd1oB7vF9Z9GFAQTQy4m9wsCHk1Y8hpozo68+mdNXP4Pa4Xe0hqwOIws2mu1tXS6O9ijp9M0FzMrQJx3MD0Xp4WmrZITaoCIQbpSwK68qXbKsY3vbyht4ni/gymETOmh0iedAPcG3Er66c8zFlHZ0xD4v/vp3qWtf+Majx8AAJTRk3TJS2ZOkQEMxnYSMLzYr/dnyoNxR8bJ08mwxd/4ghm4pGMK006maZy9DEwP3nVW+ySZoQnSlWACvbEbz5Jgc2Ayp2HooqmbihO6Gxp+1XlrM9FtZEZquR/QqcmKx6EOOnuKBIFoArCrhfhzDktZRAkXFpy2NKDZIT6sQWv4tBvSUZXbTHwu6p+qSVVimqud+Uw/Y8wruQDbT9q8YB3tzynoIpFBUCxepbEoYdJF0qQpt8v1G01c0yhZ086NwIXJRscqVo99ik8ivdszEaFC9giv2rx3HHV7R8g04pdEp9L2QQbJX4R2cQqblyhYMLVRDCU5HXR+Q5ONljTgQcriU+xdPXVq15QII+kqwUDMBpRmJ1yVvqy3hUORlwnBgFJinVA5HCShWoUzkCiFgXHAYjSXBo9xEgQC5zncJI1tQogksRUy0eMJhHXSwDxJIxVYngo0evqNxZR+pQR1L70Nbcgzkbn98R/JvICMFfP4iuY3rhuEF4O+ddrUpRTXlQfQQBLvT6GGE2iJo83IlHspTaOQKQWWZ4JaKV3lqscBlnIuBliIPBSIB5KdNtseg3GzyPOJgbxJMwZhEIsCapbAQytq27xGvf51jiNdI9xVLWNO+ixav/Xl+UVy6/on9zl7uqi94AZDLPdLtLPVs5jVcG9gS6K/bDx0/IOWYxD+pqHw97m9Tmdu3O9eAQkwMYYRSWOrd+o0U35qyyC2KaXxEs/zaYTVEpI4aR6cPw2WJkRCdBOs1h6hTdz1XGwSDoPI4T5Q22eyfQHoGyMw21dtMd/Qdh3MvWE8hyZWaddI+QQ1rGYZWEZ9pSkPK7xidGiVy8yq0NRv342mLZ37VhSlq8ltiK6ckK1gLjYID4vKkqsM6BGQRHiy6zksCNFiPdyRr8ypUy4wStS6lt4Ucqlei1JFtNM8grzsm6ntQAMXHWjF2dr9nB8iNhKW3Kg7lJ7eVFB5A6a9HaISRJkI5aBWNvhkc9n67ipLLmAnf1ZNNq7DiMW75m4FpPl4g8mpGkPKqUTiiJsS8Qg3Tu1/kXXRe6T+k2sYzA0Z3L4qdKt//X3Tu3vsW4VLOlRo8NhwCgNnYlwhPr8F7YWKk4rAzXhJclyxKIagnGuj2ibYCXPLgOiqq/cmPILtRH7ppWX6sMz8jW9iSCt2Ow4YjLzIYYdQtq5uNvKQXLcM/rkjdgjRUK9aBZMu3/sp3P3m6UUq+eGh2PU7564Y85qF/s6WvlqKnAasH/8B6209of2wOzSezL33cNU3eA3Y8Zj0abOgPOX3a+W6jxh+3Mbtjp883eXTvmdvsYOGGRZYxP0jbGA3SzqiVVUpd+gOGUkk8fasPmzxobJWi3RD2P7zDhtrIvr2btp/KW/CCbxZAS77zgX1wvPsLmeeMA693ru3+CioniyQcjXTn5qOswvS/Fp0d1HDGkyB26y/lTYUaeIrN/suJBo+uA8tf6jyhzdBtAaB/BtyLsLpf7yfVu3TbUUx30mMQJtqr63pN8uc5ovAND0Phdk+aMDsM2TOk8KiLi73p+IB6PSrN2BmnqKX9an53HOZPhkt3/MuJfYIdrx6/diDBhJ4u01MXc4V4h7DIWvTZJYsH0b8OmfxTM0lxvoFw+PbI4sPYcn5pF2zi+SZpkbGFJBDvMMaU6x3Vrkw7ll2By051BJOzjTJhk8mboMeS0kKRq1xitEyNxY4tKMrtvXYn3noM+//c0lDI/NMWx/Un+BXGGk0lPxCOE2MhTypZS47YQ9F+6LwopRZuwpP9MTsQ89v3P225xXDrvH3vXmKE8zl/Slbz6a882/kBxr+R1mSLc81xP7K75WoKsZb0i/5k323oAguEn9i/wNt3w8TiYTLlsiKpDweCtAimRIBp0W9kSAxDJPxmCeZGTisWxeVIMDNo3Cq2NnQPNX6+OyZ/O+Wt/EJKAtdVUQYhumj0p32CqHnBajddf/IvuSCrk5sznFUjT3Wai2OksxCyf33f5fbApvYfumRfewTuqBJr2yupLcaDo7LvdUOd/eVBTj3n6sK4XbkNgEVAXwTo7lReDe4aJq+RhM5yU/pWIol3qL3yJWVMopgJswBrBnaQUQZIuLtMYCPPi/PxQf4quQoPWmikpIyw+XklDXvGWKek62iaL0P8OwF1mZCd2PfTtYzuvhvNb5cEqI9ZJ5TYzlV0eDWl/HY9/RQKftf+xX5yjH2HKBMkcj9tdITV3E8bxdKyOE2JoViA3+rF2rk+89Pvug4xStRSSMTba1K5gjkp0YJ4A69JGcItHoDhuRtzMTL9yDkKNPIG82Kjbiz8YVw9bX6qexgOvWts4pr/42OSIHeVE5qwNR3ztxE7x8cUFVM9V/ZfRDPzfooANK7mJv/7TQoDMY5fp/hpf29sitURxQMyuMzreod5B/dgTuBcOyVJbOYd+mqupLWysqGsTi1ekyUsWlBHxi2Q7r0/vi9Ayuhc9Z7VDJibDEs5N9NzOah6kqNamriauLBYQosnt4BfCux4Hgk7cx2Kb0QgZslW3uVskJnJAfeOzVgYUXNyS/+LFeJifvmJaj8YiZb/aCXVGZZ+hbB6zQiYCH2ayBjlNC7J0H6De/pSy2EqQxxNOsiTO/iYlwJo2qDcAd2/7AOXSHWq8ToGNHLd3A9KoNF6Gm5mYIJESrDrQ6cdHo1qie0ZGwIQvxszrxs17mVcMWndcbFiWYhWFLkIQX2CUV9A1n23zn0apnuCGsdczRgXJ5ou1u9KXV2+XrLW9IysI3URIuYz+9bMyjz0xUoLOLeVN5121v5cRWJ8iKMstOmVLMcCr1q/D3JcTGhFima12kvC6Zsp2TTtVSSV8avX2IetNe2qNpFqLKIUq1D9Ej8vI+eFTPYHaTFXbZj/MpzQoxYGa/5mi4EbS/GRsoIU/52669R67D6+npZRtv5UZf3rBGz9iwli2sVO5WHMVeLKbzzQs2VM3Ubx0RenQWTYWTOh7o3LWLL5+tB4qa1v6yEtdhjvNLor6Pa2Dt67VHRwkrR6ZU+fT0wcjZSyot7Qv6SdMO2RXkpAZYjm/Kfv0VWE1qbGNFyLNfpcbEyQkTOjVpw2TNJ+0veZ+wuhzrq4urB84R9eCfIpe7/UfOEXkRDHzuc4YEonY2F8oHrs6VLIwW2OMNVyxwR2pi0gwuXVP5RxunVNuYaRP14W1sSDq2gq9OmK7myXHgV37UWCawKyvoasbHwb7wfxlvPwSV244/9Aj3fc5RCOTPGvUCCLAIJfzzGPAoqsyMF9N1ZrYnab03NwW++4+T9WpMKCnXS8kZUtzF6PwBIPqxL71LXstKJOgh3Zt8Ffflsa17rq+0C8ZhntOnx9APAq22qQRNzTjcPJK/g6hQ83k8kKvKdXszhbjltyC43loWORQ+bv3+NcGdv0AgT0kFB8sRzejhcqcoBuW/kbnLc44HRNCrdU6jLpj9upy70Ny5tuXhARaAybEodlecKJ/ogilYS5VJdHGKtmRIQg9KBzoeYvnuV9S+we35+poGlpX9iy+aii766Arz+cL+UY9lXYxRRL1MZ6ojzWXxQ1UzK3LUBuvwmaAcOtW4XZkfJdos9BIbK+Jv+mdwhvducTipTPaJew8j6Sp8HMnIXD6voB4WCugMhiuuIJfdxw5xuy6WsdksJ6wacwMdC/RywD7HRK5n3bW2MgktmOzpjJvL7Qffjvm91d8Wg3hTocCbb2O7gN2h3WuOYCz2JlHntC1i1Nc1BBYcpTbZMFgwxg5mqNwa4SufU7ZqUSiLbFDsZJa36vNYc7oVd1Pg1ukpHhsu6EyUztfjz2/S6CEZMy1UtLo4m89usZFpB8ICrXs8l1T2o8YRpQQ3VUvJP0t2uOzon/iaUzjDDkZGz/dQbTLBn5rb8IYPI0417o3QJC24iXvu+CkmZJcY4d3dlz9HYsLfuDTHIjWBfwiXlQa6/Vp/E3YQXqOq2Iyle8dM7Smt0sFs809E/WlkbbTeJnL6d2TGkid4ihDElnCNjKRSpwkz9DOOVNTtvWPD20T9Tb4gv/lJa9sq3zEjhKvfOqNI9s/LT86j56ZWfK1blIzsBufLP967sckn3s5trUv7UrZkUs7jGS7UYK7RsuAeyoiAjw0OUwoStxXesvkH7GFiLkcKSps/+U6BvooCp/q6VgCgP2gEfUd/Td8HO99bFNeshP0Bt0plHPWi+2oarQyPUolu2sd7y0kwS92+SFL4WOTTmRouiyAZRRe+VC3gBLpIgG0Ba+LZVxzzIfAdB23xPJQ8CFMXBwEflA9rBrXEoYVAPuW+hoy8RsAHx1lGeWGGOcc4IDoOvilpXHXLS9gVdTN93mzOX7ywGxDs4A/zhI7Z9WVz7FXuniASl5TGlPnDdNocOT0CAfj0vVcGuzqg9TK4n3Tx8wUOtSaQK2YGOXKLlZNxLMbjz3FUvOVxZIfZumJ5obqFEB5m/SAYk/9Uh+PgFdk00PrBKBGLoSaSJVYMH+l8KzKSxHja/IwSq8JutWXIgAkT0jAUI/pAWA4LJVHMoJZlm0kQQ1LMhPj+gli6EFzF3ASQcBdAiQFD63sSH8mpaHwgpCqTeZVlbGT1EgWemPTngekE+V2Nk14KtW51/PG0a/Uw54uMB4GGFqB/t5heOc6JRXcvE1eBSP5JldKrgHEg2nxhcGvmyZBjD8MksHnGJz6R6w2Gp/i2A5J2A9oZUMe756bFmZko1IVD1Vu0mWFRJ4iHROnj62MI8fXdbZaQQdWjthh9LC13G0n79q/4ZiwUQ1YK7DMI0Ohe+aCjeH0X8neQ+sYNyKtOANe4A1Mpndz3stpGv7oH/oCpBWRPhHo8Cqf5fD0NPgVvGv7JCUrpvNhd42Wk9p5sWUIX8AtStCPfjXNvjV+ALG5X7QdKkZ9N/HqzAsYTDTfVaAYPntbfmHDG8rb+yzQP6mFvng3Dte1gAQby42ktMPkZ6ry3889TLxcvP53Gm1PMt4KDKICwnXnv8yoUVjxRjzaePzvLQKuhCUkRHx4iXk0MAqwKMqHivqocmKkfqAsCZoMGppLdl1LBWw1aISW2GQ7EBdYKVbltGsZdmF36QwkPMP7znoIOF+0wIEWbWxyf39gFmtW50oS9q0SDq+7WoT29p0zhV8OrMFv9m+Evz7nWNKoAHLUCGxBdkDKJOMXdoKGhh2l2jGo3vgZzFZrMzMWoBvWgJGq0TsRF20QnFg5bOtkWdJFH4Bu9GaNZqmEu1C+MRdFcRIWxvU16lJ+tLsYLiaRFNfnlItEwfzGUIfaN6lFwRy1tg6rVKxxkPb3I8u+L5hBsP1h9XKT4cA9mpLHv+vKqPhuAMVZn7HYIy1yIENRqQM32EbzHTYxEIlx8jujVh8t4ZraAohjgOYH2O/yFyPD4k7+uAL5iOowAEnhUh5IgMfX0cYBiXusYvXhG+blbBD5wYqSQZyIOLDy3Mq4+gpxfz7mgvkAg9nMJYhTPJ0iP/5kF+xCPpokxkzMNdpywHnHyL0Rgv+ViXkHoViesH/cCRTNAd6vb843oZwNqv2gYibOLowkuScXf0ARnMkYqLvTH0SLNpy3NgaMeXMHPJF936WFJdgO9nqPDx17zOnsmdAr2F+Kzq0GttLqgqw5zksVZHaPdRADL6NhadgVjirZMTHEk1qkmJmjS5O6gR4VwPlQt+gA6GNMAnA9ZfQsFDQPBvQgXjYOQjzBMiWgKGOBWYN1j5eLfOaX/0ANeedYSh6KjKaQ+5VCcBxEWE+AvTxb8mIdn3qy/+GCdRwz6U4x6BnZRqDwhJ8d7nioC/IgipSNLEwvxO1ok6CEZHSEs9GAL99Fp2AKMZIdT0H4FRoL59Eln7b+p77VUK+WgVlgfvpj3SjWwthAzVBDPi8IFiWAsst0Qsx07vSufTg+vF9zE40zbIMRdnnPRE4p7eBtDNvAIMjuhLUFWVYICIw3lDvws/4s08VWvsqv06nzOFkGG5vF7yfhIm+aYOp73Z+f6+MRfhMOASGjXoHWPJ23n8n3NWyemuTP43ei3jM6Xn7+ntsR99/m7+j3yu1pmq97sWf6KW4yxRcn5G4xIDJiaGP55+FX5Jbde20UZlTwSbl49x01d77RTFK6+fxAECjnlS4cC9b/bndzOw5Gyaf0cOXNn+2mYl2UETNwH5w0hShV5ugzrRp4QKtCvbtfwFWgMMnjzcpAudM5eD7+lTO3JDLjK9JAnO2rkCDKtrCOeCVVGQIiIvjzPMERf9bGaFYx42DbfXg0MaCMUsrjqAeHym5WdUzJkwwQKj8/QD5B0QySiFwRIKwR7rFYHJVzN1+3VrWBJ6dECezr6UButqy95NV6CnWG/VJ3eFxori7fr+D1t9HD1tdntI+fA71/D0Z3BSA+1KuC0vC5XGLI/Aj+kzIaYIiTJ3nK+MOOTuXzhDstx1Ma7zyZvsZPfyD6Pa40NaGkUmxseyNisNaPRYGC2de0eK32jfS3gSk+pe3yHzeKzvvtiYLx/zkt34YrWft4YWeaUQcE4WWBX3r0SBafjeTHz5dEikgZewc5D3yc73Qd8o/6CO3WGfhA2igaKcGAeunY9swgIuTXDlXA9u4jLaNaeCv7SrcQVABqoZIF2r+l+BZZwHLmzkCjCbvEkQDo739mbtkWKrWe2k7cyfbz8OnCnzRsWZJTlbcTmuWVq8bDQSbo/sH8xbektPNbrvWOTf6mOT37gut5FYBkd77sf37+fRubTwOp81pxr5mf6v+R/Bnb2JMEHqy/wCw7WchDxZgmqSCxNgPK7z5rutZ0XkfOdH8/IJMjBo6ttHU6zYJNfL74RbwR+5dXFtfRAdK5FsdlqsyhYpBROP59+mDtidc58P1H1YKPPTmQEoLmNI6dlIo5746v/vUCD4Hyeqr+TMHcKZkLRnG7zqqW+Qrw0FYmRXgqGpX/7iu9/P8NY2UPwItzzponuUqq9AQ7teK7UJ7ws+bJ3+kdJfRQcYanWn4rnixH8zTXK/4iS7BML/yq12FddrM87NvV/Bb2F/5/Dr3kkRT9XzCp22tmzg1qb9P1lK7EfhL5zjNhqlcxuTbleSN+GWEOx4a8v0OVkQKwsXpeISRZFuyeQVE32xkG2EtZ6yBO2hMmQMrg5Hf+BiqUbfYA74bsBUMBi20kOqELaT9B4xwkbSeHpOX5P35JKnzMUCFIulrWrHV5zZH0rhROSDxx0iKaxnxjArw86SsCb7F9nnLm/btNjLzINk9d6xbCHvvC+F5+VMq8dbeQb7N1dT2jeCt7Jds7Y9mNzSTZqTferDa44gEJ1wemToqEXbtdg7QFdyUwtfrp067r63EV1bRUX5RDsXcf5O2QJbbVtpD1C9TT4a2mj0Rr/7kvsb+eZrT7pL+f3IHHOAHAiYRcbxmFlk/FoJIaFsOwSNB+CdZAPqrHgBcwu9b1ZfB0eI1DlV0aI77R2PUL9XgGKPkEvacUuK+td9U6z2Y7gvQAgKaSo6ngBJBTUE2/HXBAfA6lMGnQbl3Re0z8Ci+vpaMprpjJjjW9ZJZprka/1eusDt90e4/r8bcH+u++Z6ov7hc6ypIFIVBGLjgcC1nPuOOKf0ALcn40ndDr9zfq3e2gx5SEzA22z/dC8hDKAJcVfg3KB92b5B8McLXy5tF+mZwo+Z/Zyx/nocnj2IPsdnxcAo/gckfPpetD3UXMLQ69psa3aP2cz86VnoPR3fn1ZwiL1m4IAUgDaCJ/932yTwDYYgxvG5CMlypphrjJcEd/aHkSspMB04HCPFhQy7h9xxhtH0PpWp0jk+THYD4+YMxPakuwZ8wcrugKgjLuGkI5uo4BixkXpybRRmU3EE5Lp3QhbB79Kj7V+RsWgKW2q8GMfXsi2xJqX5zL6BeIxzzvuU0PhuPQwZhCyxvFjTDqttlnjGIM0PDeILEBmReMxwTMzaJdo5R7DNa9dfCfEVC1pEwJftxTk0WUKK4YNjQLNyXSY35frgtt5yfrhlLiV/WUsw8w1cEDOCmyrjsWN9TXwwtjwA8VjmFoSV9IRRSTBih8pq+ki2fKXFU1C4FIVPDgwbTbgwdI6eWl5SrTAGfm4yXpoFTSE5SfpMl5xntG2sei5sMPf1nWyPOhB8m5AYVdXhCFyereZipU6EMJ2pW6RFuX1w5a3ABdEEH4iFXuyfXXxpF6Oxo9DJp2K9JNN6ySM3kMYnHTZHvXWQR0saCGezUPbJU2u+orzvrt+bff0af/umluRpMlMnzr4C3h/m5QUjZlT7PWVjj3g2RffAPXyY2+emt9rOHuwtAoWjTw3l8aQ4Z+1EDfxikvmRBPnKm3xivO4XR13dXrxuUuf0SBl9crO/DPOeqkHVi/p+gM27JJipe4W357dcGIELEsTuwljiEY0P9sC6zMNLUXIJerAOk4gEHFJv+cxPfODoG/FNoEdjjnaiIU9vUrXWqUiH74snqCF8X1UF/AeK5cM4mbtD/djjEW728e/0iON5/Xht+mheksfiHulP/86pDdIfsrncnGbWtXzP/+Wk+LWyYjH+yzOfz3R28TWmqWN78nV8vd+GrbpzeD3x/USIHKXOY5RZW5kVFr3TJIIK8L04oUzpwQdTUTInVG/08JOjytG4MN3/3WfTYkFQvbiQ65KM/g0TCyu6zk5nB1DDCvtLg2mx7xjjUXHli/87/2W514rMt6dbjxZ8IMBY9TXZK9KUSFDX10C5jDNZUP8AhYGju5qwCUfPYqwEVL7r26oCOMHE3Zkgt/M3nSseqqd2LhS0mBEP4jRG3JfMc0wEK759BOH/jWJEKNjrr7FFnCaNiDMeD8StZnTzPaU8RAMfnxnP2wtcc++PgPci6vmW/XKJGJbUI8GT5xF8eKZO3LEwQpehcNwLZinHTVb2mYwdnCHM71JEH1GvHXXsUNWf2jq1cAWmhsy28YVdajX8gMVvXOmBle6adHSR1/udyCUewXVhKoq/xOX07C97EF7C3YMul74PzRE+WcfjByKeykEEPGwXgc8CM0rGrA9ajG81gqy+CaAAmDQbmGKX/Izzs38h+mTdwWQa3Wx1CzWMJOgCDHWQkMXbuoYs7r4vRQjgfsW4QVBn+pk+69lN4T+72d6c40rFPtZ6BQRmpcr7np4qNUd5IiKf7R1Z32f+5q74RpXnhnjiJBdC07XCAu/n47p9PqOBy/0qijPbh0f/VXWMQd81MnlKaCOTZ/HX1U1Y6Xu0uRvFUnDHBQ98xpo7peY3mHc9W3qgUl281+VwlYpLSiCFO5FQYdFHwDpn4+M59ubygY8h9Q/leRYuGKu3RtV8Xwp5k7Wjz/zgKLUERy01gy0WZbz7HOU0JFgbRY7GNXI9u0SLeCVqx6iusLayVjlg80sODyANCxMBNHgQJLuLosoGuKJEDiL5JMw1tyfQhJNsQubsAmNDGMWAscIEZysH5azpreBcUAW0l68fKEzx05WUOjRwfuf+xuMk7erz/oEuOj4BOonQwx5zyB3JAL4kuv6ODxCaoY1lEzm0cM5Cq3CtHnk7ZFZxsbgZRAbQInyvQZJdKV8bjgb4rdOW1Gkz4uJKzNA4+iN/czPPxUokoqCWyy05Vq7ic48mRvsBOn1PgdFQJEDwRAg0Xbd9ZitC8vNp+QMYoJcxRU0bO2eYUr2mCNJavGwBj0ACvJZ1bYblmx9MXrDsYJP06PjRsAzCosDT7zyz+lFh/DxqQO1+wdzk7AmDrjGWvfoIC7qE2jfFqCDeE385QATc95/MB0GP5nIStJO/St8ERoqIVx8hjT6cOZxFYlziZpFXiNWl3ETxGRzgMOzuf4YbZQAPzrI23bGj6MqJRZFzxGnj8AxsfQVLt5pyWhMS5paBHEo8csrMVCY78iVLS5UQELfkUyTgUpfXmbxbpAjjjtMXSV49CjDpJU4DzdMuEX3dQHfr6+TAcW2PEev8yaOOm1x/vLoS5/YDuyLenzt/R9l2kIZrjcYKXfqbkZ/O0zNdH699T0zcuAhi7mLmqPvBadZlY7KxcTm9JQmAv/CRTegQQAQW8oDZrMUZOAL7KgYWkF+G0BgAZHh1z4RgK8jtRxpnm1/BvmZ90OHUOvoL76yCx8GA/Czxna9dQxwAgdZJLvZlOB4lwvHMi/2O0affdKmgEbMelsl3Tbho0bpDfVBR+p1XammprDlDRsb/uZibhXJm0NbHjZYONztoODOWFlIXSS1/kB5nywu86Om8JRgNlXejvlYEJZyDXxLU3vwlm9Pmfq30l3kCrI3fYOJItEeptvjdxCjXcFQ3fEhPT4wNjzkb4XegYDnJuqb2acAYzlbk2VbVMsKmMQw9e6AKrhgbO6CzwMeDWQASz0Byk/tWYAefhBt00ULcHMa7H+Q96H9l7x/orPfph/AaPAVPZw+X7Ggeiq7rPOKzRlTyrZRLZVfpsktzDv3ycO6+K3RRf7jHQQz2j9x7xyyJekUIZpvsppohY0/+ZS7JwEWGG/o+9KNfd/q28CruOEetI4pDNF9mOKUcQFd3IwjsP2z6CyBl+7oDrh4yGXQ9W0Tn1+D7No68vgbM15Sla8/xluH23/8BtQhxVKL6db4GXkkYrLoW1NJbuXi4dTZjQ8Rgkj3UXRSQZ+DP2Cv3ZrfQbGFDL2rKs6N1JHZmgyjzIYdgi4Z4Kjs4FmQgN4Gu4dXptApP08thTPGQWUKLh27BT/MNqIgNxexiaa3m6Yb1U+FLTVbWKaxIQoZ1n56R8HmiGlA7Hn3WI1iIiK7ETWC8pvoteaonXv1FW9ScB7hJEZMcpxeovX1wcvIwE/klEIYiNjrl9I7qgOUp0T2B0NaJP2oju2d/JyuvEdsV7k3e6lcWwZyLFjIr0DjftqcbXnpqowcVL3zeypZHYWWwVD6F+HRubYXIFLvLVaAfByBtpeZXILo2NpQkDyPUkvhrC3u3USYG4jckOIynNx1PWzUvw6iY0XC3z9JPf5+lyRc1vShF/loS3/KafF8+ssvd3rfd9z2FRP6V+PwJdC2T3ViF183YEPy4M9lVmHVaTcbE4zVhfbnDoevf5MiQ79u+P47GUe2digKd95Q9a0TGEd6aGKrgK9dBjjCNIF8NZOkfJqrie37t7sEH67eXlK9fdb1Nl3VaP9CrcXsNwLtyZ3cLgHg0bGtRXOjBpcGNjhFvX316IUqLyJ3wW3DuXd08EsIiNS0FYt9+j79fYFl5LPpmhgCIdm6guw9YoTQrmhqNgbFvfjgrrg5CYEUzJDMWJQLaKoOYUSMaoQoYpd3CKdiN+GBM3j9GTFuvLmN0ErpAeTFvWEXJuKChWC+yCC4SFVjdzD+0C18mBaUe/xQW77IfCZXDIHE8wY8+jlkcPB9Uj45KmCtHXKGjZXcEHvk0DoA49EhBLyV64j+ZYJwqsmnEsatyoKpeTUZYvx2I999vojDy7jdFli9GlKVCnecaALsA+gMMzct2kLTQ/sCWuQUSqp8ucD6VTxRHHd4RveslepRqJ7yVJQI+wZ6LbC6c29NZD9gkNc7Bwr4BapzVSfNMfWmX2pyfFB++rHaPJOi8dNYW2fiARdLrb+LBNiTL0zp+/S44E4IdeXdu1gXIR2pdPjlODkn0C7QBJx89NTTE2ut/OOYzEPdtLS2VHs7XlbHpTgOUh1lDCNaAeiYqQfVJ4gPS3S485i3QppKjlT//rqWrEx2B+PgKEhvRoQHNhCm6b6+nAScdO2037PvlDbMVaD7wcp4PyeaF8eT6GXZh5EZeODRCs6myteWpUKUoHVmrIBfiPRYF7t4GkWZlpgp/S7Rrjte1DxsYLyAxvinnk0zYuAz2+OCax51XmOnHqWkasZWXkNrbSjWn3/Y7mKyra6FBK6w22a/pdmcCSR55pQ6JdotBUciz9ARDxWCA+uI+0YgfjU1xcTVqfh16hgdlU7Bs9QIdR8FmJizzuOtqRq+ykqeKJ9kf+EHzfmc+ZMqlu+B+BnYlOoTlKsix979TIcZ0Bf1LX3lvorX8ldNgMRrSRBsa33cxXLfr069QFkC6T32v9rHyaUGhram9hkPJS9l9F6TJUimVZnzXFHfMxn4hjGsTxdGAAeuCTN4Asf2lNGavWoHs7Zh9wOFVJJpXviIbJrYFijez10KSGbY+RZ+dPUX0n69wYPuHy/XZbuO+dpb/eYsuISHAs/g4Z/8xkf5aNw1YGFmTjpFKPJCXu2CGJX76pdAfB6Bjf4+7xgOef5ghHHMovmOy4QI77DXY1MbRRp6A47PMxYjL0z7LDrsRbXhvnyY1+IbAoetKwllVgtqSegXQXIV4KRrwrow0GnywXBYQVfq7EBPamIOcY5/v29kjV15EIb7L3hrQW4v61CYiRtnopem5IiQR5Ju1wIEAIHySucwbs4dZr1gk2J9/yR3Lm3DgU4+WlCgyUOQVo1mUHzrpawG+snCRrG+PFiuDRi9DqXgij5s0sSG6IH10pZxrgE0OarIdtKVAoH7yzbPwEgnDwkBrHC1FsLanzSE652Q4t2q9+GQgAqha2/tN+/gvgTlos+u/stA4ZltyJ/XCIZkTULYq3Pq9IcKSH/r88SNPop4Y3pGAxXI61tAnUTObGjKP2wrPAp4IFMo2oiFOy9oS6G7UrJKTFZwCXt5OmvFYOM7mMeEPINc0tNrSHPuuAJMC6Ll5TxkwItE7AJ3fW9VBUekC80f+87n0vB3ee7g4129GqBFM+8NIKRv+D0WfI8QppUKYeI708YSJH1e7xwcIjPaSSfzdHXc4NQnP2DkkSk7fJP7nqYYh6IbCkaEFXRiG353xLTQF9mJ+cMjNger9d+SQVGRzbC1TcTqNU8hQTcU7ksrxBmA3RqnJENHaStozynTsCYFpCXUG8QfVs/hE8f4kM3rHg6Ele+vHdLHGgDEBq7NizYOgN9nd2TcheBnWPCT1GqSGA1uRwkg4knrgCEnATOTobitDx0QNQY63zUIvb0p2PHChTCAK0ogwu7+tGl+wNOrKmN/njiF+YowlRBFXX9YRV8lndg1CEE7rl3oKURH0TMXiwLxMgtkyEZJgOCZRN6nQnXBlEg3kSqlChVpdD8xe5ywMJ2d6UDE4QJwGfy/nQ6HuHBRZRrXjCRNOgKGThf8ZnFqZovg/UIMlqeY9cNLwtvcLdJyy0HYe7BgqX9g1JQv0p9A3URAWcEQ9dUUU0hLOKGC0ovxNOfoVxxHRAvRCH1rSUJUu5+J1YOeJE5TSZzJdxqkbPGkY14GZ3FDWKjh8YvU1Ojpoib61jZrNdG3tiasQt9r7BrsCkPD4GzdLdhNj6R4OwDSXcIxguskvYwdVixEuxnBw+2i6bKy8HSnFZxr2krfZfsPFui3fXjfH8sZARtP0vzBEu06E4jzj4GzSOM8/3+7f3shmnTycoholRo1FbXU6QHBPMtWmk+Ow6i/iO3+nVF2Plp/KGmXcqe7+9V8N3KnwYpJ1M75e96BcQ9hI4Q8Q/1uD+gFmNPMxnpgmK1Cxma8+jvj3wSLWJPIC1oevfNPAPLoOx4ztgELg0ES6pKDbtGtTLatsKIrwtkTVsVEFV8kGDDXc90vdDIVa+71mQGDYE6v8MqaA3bMBGZ7rH9TjwofJcrW/14YITRg4lU8V4Q+DvpOgyC3Ucwj2C8rMMGg7h80Fa52QwTumOvsLlLjuJ6tCnp2xnWXpIKRMI8eRtvTzP8vwL64Ds59oSpAf/xq+hhlrb4vaYQQU4aJ+opx+quGaqUn3jAN0yj9GO8ngDo3Wr+KJzo28WSY9oKRBAZDVqxS7cxHpB7GT1cNy+/fIvz+rdKvEeiSEgFdP31syb3TGoVCrs9L8qtOHKt721SGGOEEPH5j7gQRnGGCTfWw3lRHe2Ymxlp3n+LAH9+v1+kNcGD7+wW9tVeoYn9F2uufMZfHPsWObsdfYGjCSOUfe0zpq93yonqouoNzgNyG7PtTdSC/WtrkxmLWheWHzzRkxgNgurRowVQu6chx4jBgKnfiWZq9/BIiLZs4sZ7BTIuT9HH4JoiAXw5ANpnT7+vnxR/bfXHiRWr6a+OfjsaTP7/noYBummAXRNiJ0aepy/Q7jFFe8YQ/KFbWvC7bq0w7Yxop2DAz4HujANAVDiMmY2mY/+ZFYh9S4IJn0we/qLNDxuQ1xKpInyeyPokgDgLBbtjFdBnys55zToYAnidlMWAK09QDQ+YxPe/yAVT76o1B6aAlknA8Xnzzzx9h5mc/E28MuJ7QXJtiYmfQbCuQuQiQid9kMVeSY10hoFl81qb15ivfbZlMxLUPesmXxzDoiPkbdE+Yiz1RgX52dQjdPJVUMdUTg8XFWyeQzoW6yEkwbiGi+cqevnGZqazjV3/l1wXJzYmvNRefBiT8KJy5SfqjB8jpHTN020ssqQdrxzjqFJ9iT0rBnDQVeqYvwU8rYEdxSXt6/TKaTP2cvFSoFMDJUfuopGEjlA44W5Ug79XitqnxtZg8/NWimqZ55o8lVXDC8nv8T8Nuin71lnGhqNroA5c5KqWyzC3IUpoABCgvcUPMHFqtmdVs5Y2oFJYykB6h/Rrqrln7hzzJasFdbcyCVFdojCRjazY0cU00PXpyOv0JZ3tni36WjhrrAkGuuv6jwZOLUHugnYwRCa3zDWPq6/6vLm5DnqQhmHB9NFQ/L1+Jl90UEoafLqG6VnkF5M1uF7Awl+pcq12XtyJgQutFZj4eNP0xVfPY+K/XXopTxgsZqc7suh4PFm0yAjvqcdvjdzoDw4d30k9CEXGq/hlPw/d+0+duFvEKaTKAsbcXz6QguGGIMDejLN5sT1iUqWqxHL+o2IrR+FRSxapR3/w5wzittKXHFmtOaBxhuX1gtCxsu1DfSuQ56MfoEZvvu+bbgm+YzFfcQyMBXu4xycad2UdGT6Ne5yYzslSe17qppW8rfzOWWwuYraYpw05ASxlr/hzvyDSyVoQZ//PmgtcG70KiDoUx4so4hmdi7nN5SGsCUBF1n26rQe7DN4TeFL7dJd9OwTdhlxAW8tSEjccItNtJqn54DhSTBfXc4NrGaIxVhOA4G+GxyDWF920gPFPiRHO3Xc+YHFQ0HjDYSiJIa5NHzChJwg9kUVu4K+VfLE1f0kmK/Hym568VCaLVZejGii7nTe6fUWordCOEQxf+/QEl0AjTti/r2DQ9/ZNpDcF8WYgMRet/LlY0BvCeO7eztjfzzbwwbJ297hoQ9DIJoxA62jU2eRQpFyb5HtAmcbWKaPRBNO767jjdkdMxqwLmTpmIC9i29xtw0sdPjPz/AjrGMcQbf8OLFOyirizsEvubHL+Xwn3jV55/ztdl8xFepSVzFJK2FB5PIoXMb2d3+XxmJCOKku+iwR4gYpn3PnjOkgFge0X/BYJFJ5yPqiQN8JF6rpizfNjnM7poYfwLGEomaIF/VAnRSlrwxVa0Y/l5pyZ99KKcC67XgRTCP9UuU86gOY4OC8yIgyK1Zge6ekIMTTvd5vn9mPhbjtKzKshXqpwr8PZEaZlmDbvidMcfrymXn93bhBOvTnGkTt1DkG7Z3svTuW8DZC9GUDYKnrvFJPbA64N4z4rTuRXS2XmuQQw0ZwGR9NoH35OrGy8hm5jeJHVJtSaH/es8RHd+rEIubqDpT081pAXdJ9Vb1DevAPYwKJR7eVKpBj1qjSWxfdfnyYoCAOovu+7XCXr/rpgc5nzYo2pyw+4rRRsrpy8jqm95IXJg8wHjI9FFirzAbRc3ySCDFQa5tQqZXu1+AfsKXL0ElazKwXgMsBJ2Ws/1zjO3NrXH03AS25Y07DLjib/U7+kCbicY4etAyvHnN/rPDu9O9qCg2keTjDDlRx4LireeZwmAZoiXzdhCaHrAwYMrvDXjYOpusE9I2txNxS+U7hGrwCYnkFnkrR+Ye+zSy9CndYfUBuxfFHUb5nqqu6SfRAOcxocwIprFX2IEAu8cyW/XRox4n5NQVj1UMWv/Q2qyTalclajTSgMMTzcRq9VSLG8FSJgFBa0V/RFBZUnmAAkb7GBYjV+NLrEL6b9KvSMx2yWsvOJrpAA3aD0a6nq8+fR6NWmhhdZPrkoh2OiNlVQK+pGankers9NhFlcAOGAdEl2fPmVoXYcAq0tMPglSVtKNZCdLFvLW1IgWiJhR9PjsoWQKDVlq8WVfTlep3wS1IRwcC5Y0DTaHPU18NnBLKmbJQ+TNIL46dy+EatPMFdXaC8RTyNyeXgtN2tteJDYIMoGtmGtFB1h8RFfWavGTyQnV0XMSmPWOFITGVlhNV8+o0AifqdiAmu3LbF7UkTUeEaBSSgfttnQo0ElFnhzFnibEeoYsGmflq+iKirnforgfUTt9QvrIza8PKVwwtj7MtMTaT1FcnWZUbwDEbEU3XyuS4C3sbX62KCqVVgaHSVL6MiW20MXRkYQvexTXHbf6eVQ8I9q+9hi34XxvT0fD6Prkgp8d3KxOIQ6uIi44fNC5zGHtXs7qzTnNlu10TLOf4fZkcQYZlBc0LNY8M5DN96X5hAtx6/dlEMUeTdBn1KuEjJ5uPTQlfCCyodl+vKCPhtw1/uLggoALbM6bTTwC2cpU1B44aKJnags1+0K529fbHNRzj/K2gKmZsmNGEZqh9a4OjhxOJoJ+LyfwQ6PQ6w1aikCphgnCnFJus9O/P4xAFhifZViFTlEFpN05xZ5r7TJOQN5XLTl1mqg6E4qBCcXM9nGQpPHitHBX6KzigUOa1AGVQl9KC8tE6hg0W+8QaV7W9kyt17upVeDk3tZIQbEZ6NlzhuI4JEnLUfsHB4nntPpaRSFwtpsxDvJIOMY+7Em5T0EuF4ufT8YrJrX7yiqXFnQfDr1WTz4n9HTT1/uNTRta3VCiCvklM0NKo/lJ6SQQcME0DlmW8FuscSzJfZnZmddELRBuSjp4C/ohnMV41kyxUSxB2uxdQouo2/WtJBcUqA/dpRkgfNZwRdXLRohEkna7TLhbINYhTdZzQgnDlH2lOpKJAYUEbhNKPRJyXLJML5OVTHW5GEp4KxaQTbg/g7msbGnoLjbz+KQEDVZ/bxtEUFjDPEF6CV2FiXXn89QTWSG3wlNJTclr+Iromi53O5t4Fm/r/EVx8KGvvzxcQV4YNOJ3dQLhRS0FnKhdzcVB/ingclsXhcCR5bQ2rhJqWRe71YRZFnnxyGoowGAxSQ5DIIcVE+yoDp1eTaaxNW+REJr1Vy3EGaAnQlN0RA90ZYR1DTJy6p++58rk7ZAvb4byBPJ4mLicW63ONvNXtSo9pbzgNPf6ctHzb27yfMVfrdQQ0sBYF4ziRljb5bT02pqOSfpO4Wg29iwu3emqKZ42AOkVpzJgCF/qP7nTqPSFU0zI9rhvLK+HE/sm17jK4KjrelfZF14iA4xiR17RXV9RNriiygvtRVjSfhxWzIIIL3t7IyaABDTmRjzXNGWlxLxN3gyu7Mu7Ifw+BGNgpcqOyeduJRWDmxBZGhoWcUWgMxuI2SWrMS0XiINiyZ/AecscyqTmPBFh2EpnS7Ks0p8PQdhqIryWQvzuF17pHCz2tHmCwu0pTzElrbHLckk9bVjpSKOJW2lE4UhDDZ9Kg0BFs2ikWkc7jXAceWACXNCuim732rRbKd1IsY7SxC7Hy7H+ufzNT9ou7WYrhs3W8VuS2jo8Wtuvv4WjLIXV6nv20SnqnRooLXsOyAn3P7PiUydG2RvC3AemiKpY/qYYw5qxucNK6eQ32zBEb3lTbg5IZS6xJR5ZDM8zCkG93KSEI4jygphOgjIxz7byD+F9bO6oU9KQzett/fPP8VoQzBJUhSQ0WO+A7c6C5BAwtlSal7bjHBLwMGV8HiPFnlURGPEa1qS0A4PWMfEUxSMU4/XFIbCPq2LPiNyZYy0hDWA/QVLwKEElxscEzQWH0gE4mu2lz0JIYtXr1wqNV92Ga+OjXRKdykbth3tfX2Q6di4FAScthxqIeyuzjDRJMgNV/LWZMBHan/XYjn7sN6bdOBHwmo6QUIsmMnx+Atv6VBRu5YitbLd4YvTNU267EcLiFdnmGE8rr51ndLLaKWkklDpMbhGHGnbPHGssPD6RYyaLhbysq/lZuMSZ24chynjiE2kkV0yzeetsxI5cl6eBEK3Tcs5E8/9WAKGZEfl9lUS7AKIMmk5yvLkpSfFoDPar9efrsK22fpsleQgRIROTNfYfJQF93/O2FiiNTxrG+f7DEPt5z51WoDUOB5O1fKjl8yh8dmPFDvfQy1IVkSHBrtD4vJh9rcAZsrw9t6IsQa6xCuNHSH0qtAHbqcUYeHqOvwiqOEBpSlWo3lqSn6uwiw1yLVpx7CkCPhySXgwz89SkYFGORbumpaLUC9qmFOyGnyPg8rKneB2pUYC1qS4Tprng2O3SKTtPe19qMZ+g+o+/jn1CDHKPisS3NmO8yj+lcq3zswwueCvT3TNI8PgtTp5nkLPEQkazdVmpng9a0uv6Rbbi4UeCmx/FclmekzsxVYpHlPuwsS9N+xs5RhthZm0lHWkdIbtvwS3zoZFDU79wNXGW6/hEChboP+rTPQ333demxXo+zoIgrNkarvMFQqdYOusXjWD9emSI2zi0QnRODkCga79wRHbi0Tcxl1i61/LiVhB6t88Ouz5DIq3PEPqUuANPaIk/Rx4weAzpPDi0eDv6dwn58/ny7/vyDxjJ4huammsyk/5MkfzWVnAYUE3v2ghUUP02kh7XoaBA0Ku572d2BwHUc1XtOPu5NFzmWaEQ+01mdVB+1hLM+r+w0rIa/Nmx7Js108rpFjVOvhpHXYGCguWIX/PFxv7XmFyjcmdacflt8xu3kIH+FcTbkQsEeXBrFosMw9YmboC7E9D25JBGkuzxCq+iEyFCrKRE+SAm8flze+MVzeJYFKqrLdWgO6JJTbJuhvxIEuuSpfzJTqVuMGqFKh4C4Cl11Gn9apy3xrawXzzsxkN/qyWzcAsC7y+/FNXbGUk8zVqfFD7Tq3h6tj538cu+6+WhHmWqOftpNs7kxSRM9JZWmYEJyhddipN34TLQEExK5zaD9CULjfjJWqCm5r2asKkWiSP2EtAu/VdH8FfXBqpd6ppVGeGz2aYny3Xrbq+6o3xf6HlgJuZpLf58gBWgsjrnXS5RR6nl1bCvGk3MOgj3alrSV5USYUsXkIuM0QAkQoZ688lstNxMzZXBNvxFppglI+MZMqKi58qgn4kDbItpMtPvOGyvmMdVqZZEyzaBLX8ROS8HkxDjElc7qlgGStZlBHd9qjku5NZ3Epetlfxlsg5ru4z1tNIMzg5m9n/JdQK2XJeN2pvjgUTFPqDTANYD9sQA8YDUkXDUlaxX1wdbyg3M0/0rF8VCRP4mz0EuAaIgounVkmQizW6o/z2xNsVDtfPdcHtpBmXsP/U0viGVzAFRqS9SYA/6Hed86XtaawYHpWdrwCC3l8sEYBL4rBhGo6aVZvjSs+U4JaU6gtWFHB2lAlSlUho7X4CoOfWzJEwwqZI0SBUxE7wWYNQ6kP4+jfz/ietOeBOi/XnO8xPOzRaWEJPPVAuH+eSMEOnnn+chD56aFt1h6liOXUN3gB6cwvNaZvMeNzcO7y5gd/nNrNqHN/rnat4IGJOrN4RjOk2Oayl4yGhyit8k5thG3OL9kkP8vbLRqwy+na4AIfuV3h8QLp4SES+nsLny+Lri1/WlKX6uTFDYOevhXHbdLVDRVXRHLqXRb8IkZGcxDDeCTnzljXPSLpCptXDhNnm5Prb633V9+oJrBogiXmgPNZn0hRpW9k8yxLokwpMz6p5bDNUYxMV9V4shUtNGCeLrk2zr5qTMFgxCzoOkSOqDg1CB1XKcFSLOrzeoeJZop6Flr/VJGsIca4UVqmI1taMx8/cphYnxk20IMRdJ0/eaZrlUOGWGrckb/gdxleuG9oea8qTKhNkEhlyL+4WKBRxxpM1NZFMN7VoLvb8igTcP4zpokBQuW9br46XReMVxUZuXKzMSwpOs3EhTpKBFCTIZE70ij4DV7wclukVvF+1HLtvUq64jE8/nVGHfLTJUoJ41yQ+xDVAlyJpsp+2hJUUWGPjsDsc1eyTuMJb9HD4NoZhrk4uu1W3i651JRxqcoNw2yPbw+X6KOIQPhvjBl4zcA/ycf+mbV71gaCFV9TDrKC1/g0QUeQoin/cGlTac1FpBZxwECcVvXgN9CucyeXcytP+oIlCY0coSqEamWure3onaiSMK6Yh9EpJwYxocOaXRU+RBnXCfQO6WiaVnxt3q7EUCcCWmH3VqrKL41Mmpvv+eOSliL1QPjYvcZpynlfjdwnnksOhgYuV4hwlCj67ie8MSkuEhHWpRAM9fMP4DQT2UsK8QBJDxdGsMObEyGTiU9x7HnKOJYFfuRY6s8LXWGIyBrewIpPmwwlh+Bbb3Q/8Rg6vNyO0ndmrFwQicBWzgZLwyWYQ9cEICwdmaBa0HZSuI08kyBaWMrHCY8tpAAk+FSf0U/SzmOZm3iqFSERhsCzCaYXIbCucGMHSeUGpPTulWaO4RcHcnAgMYSud3y32kBptH96e7exlwLQZQ9TMFVFkPyhAxEEzAL4x39oQOHtvLAynLqaBtfTz4Gx3CpejFC/QoVinznhmY6wEfXA31K+OhHQm9X2B5q/WWfG7fnONXUD9xrhbW7E1M+rzwTmjEJUHqr5m6OOSqoZqdhbsk5ovicLe6Wa4bpjFHB/XP5pFK9a4KyzaSMa8LVk321Rw+fTbKbEtI6JftMv51x5qFcE69siS4flPKb46DqTZUDBc/mbMeIrXGupWCHzPiPpqzbGfXz8Txlw6Z8Ph5X9jkasE4M6IOaVmdpUBYDSvEi7X5MDX4xsjBnHU0mBqyH9BxECYzAmq7D+xF2G9OjnVVFQshRuf7W/VoPMHdwsskDzScugVCWBZPxvpfo9Y/gZslvmRCDR85IAypcf8TyHi9gLoXVenOstsyUq/BVq42CIF6dyYETBE8F4IXFKZJaOHDUMjfAmyHRAMHLsC1E0fH0SfhClVlP4ir+tqMd/OQP5fqJGYn5FqxTjacRPPrRfvnu9iURQqneeQLchGbYNiRLCY/Am8gCAZXaR9Ob2nFLSwt4KwNEbepWlma9KIPrStCCG8AM6JrDiKdud9oYjjU8uW/3w6832KhkJGA1pGAYEjEVcql/ikpLEDPuMtM7+XgFjGnPm3ogd2Bert5jLqzi3Xe2CUoawSFrV0ODLV4mvABxCJmcb3Ru/Z2UbV8Sbi+0OZ3oTFdEj8dmZlcDJpynXOYq1xQOSK9f29finn5MnZQUK5SgaE6ZUi2rk5mEE7QqgVBrlGGeP9qT/YKaX6KvCKctj+s/P8txe9Qk66uTB1rPcc4xGz7j1/geM0To5ST24scVqZMkiFXbRRP4GdHrGVKcTb4jRhTU3zJHqvH+0iMilzAm/3i+koq2g6idXnSyuaFlM1dW+jrL7k9YI0o6bJVY1lAuLciZxtR5gYVp6osBa0B1i8/0BF5y4Q8jlon25CWcYunVeS52IDSimJDW6EvbtVdPpAkpO6Rt5IRJsG3TeRQf320ikb6qtnTUmoA+eoGRnrvtyLAzUh0Gq9ZkIqM8smTTGzEQ5migvF+FT8LyKS0X4F+aOPJRz2rymvRAo5rPRsM0BoHY0AMmkv+gOh5ARVLfum0im1lEpphFGVoT5Mx6/SXWNhlg9FSi4EQdueKBRTPgisdVbUYwEjRC4rPpgWqrMY4LfcgXJU8LdaXqtDPXhzu7tx7GX2iVrzBtkqkdAsZU6wNTZKm7/E7TX823Y8wcFFElDzOGFBYn2q1/QcECY1bmrsJS5C2hHD3fmyKqejMv8fm+LE1UKUuS9Mqq7L1yGCMPZK9kXP9/8VjGbd+20whL14whiKzY5u6ZJUzK7P922LvOtJ5iFLzftBzJDHuwaidypXqGmPBZVbLQzZHCpdAbwVqg0hip2cVgckVelqCAzTBbTR2WsHF5Cw+aDsyCE5Wlx1uXcBqZ1JArbfTeSA4atSPSpICUU7csmfmcSs79OYPwuKYOn02fGMvqOW2e2nAT3xCatvY19C2yrN8EQ10HBZDwUJSFPwaX+zRDLVdeoLBUXSbShRCcqN+Dd1Klko28cUt3tDyWE9eyi/3gPaV90pTmPX1+DjKT1z6KgUSiZDQNzaj/EWyzfEU8rnPQoPEvVFHc8U1nMt/2mMlxR1d5Xqjt7jUtOjJ9H7nYcGDhjDdGeg6XnDOTUrs5ozofEePargbiFL2IB+/YBVtZgdzFfnSLNcCZwf4mZnqqOg8XC8BcF5B7YD4o8RYBJqpWWQlnhF/Us7jeOTZaMiE6xB3upmTxMh84MQ8k9bW7E7QG5oQCVrWxPjFZmhEErNAfVH7gQUs5zX65Ay/OVnjvagO5m6kwGtVInwZcj8o+IIMI8qt439S76QqNE2/GHVgoRGL0IuNTSi1nyvrox5bjGuGKKkov3MOFFS9Jldz4uweIekhQGTBVgJUF316F/AnGJCF79JL4fvLYaiet3JhrpQ4FA9T3cgVZJXAtBwUchrdgSYnBwhH2TTwuaUAubwI49AhsgW/wreEvzSBIVLocbnwJnZdk/YrJ2kBtjfIO6XqwS9bEN8rFNeDtRqvx0rWykUhTE5cYcwpVcG8qQdJHd7xAJDlXe0KZ2TE4W01I7G679KBtHEfwpBqM1EM8eZtOl/E+GA0yd3R+E4YQ/IIeIXDUxwSVgKRx5lsrjiArygLErieF1LwGGmRnSO5PSsE1y93PN4GoFo7yVtDX08pnHfH2aCB0vr6YjwAgqPlObdEIcsYtsabfTV6kKk9GmRw5cuEA6LRg90aF13SOHinLsIT+nsh2AwJzKK5rg1kyQHBhrQtERtFNpX/nnKsNNAsrbQsEPLwaxzyrAFpzqvBpQ3EXE3bTJV4QKLOwxbbrGQ/I1ZkES02s2xcr/IYF5kZ6rRV5QDCP1TdqRIxI1P+UOZBHI0o05RhhNwnBDy1kf+pqUH31lPOYzxjaj5PrK2Kqb6tF9zSMrg+2b7BlAYpluD6ZAgF+/mi2LbYKsPL1R4XbOJqnmBPv/Tqq5rA/P2WXzsDVOKLIjMEcV2bOgybBfxRD37hkcdrRu3lsKPxtmb5s94tIHX9RoIE8Yz+xp8DLz9Xf67WNVHYmuUjHp/wpESN66vEH1wV6yRBmg1AEnQhBwOXkfiVxkE8JynrxSHi8oxP/zu9bjNW/bplLy6SgBEZoa35PbKUeoeN8EgqL2CBNOP109nrsTzZ5fKQwUNbzogw69KEl0oFecsL7EaudBVQECir2KW5Zl/VzESaDaMqhghsaRJM6KhtJtZwm7lyOwlFLsuS0sppesqKOeEqdcE1mIrDLkEOMnSN9SE21u2sxHucvjTa6iUwLPOl44aGdXo2GIxFhWt4Nd/hxEyzm8CMJ8G4xHiQtZXkJ1GjVPYjPTIr43WN80zli8qA/pw16AnzRRkSez3Zrt6CCCNebCJYJSfKu9RJ44WuzirHdiCfMhI10QhI1p7koP1nI1o63o8drQdPykJajzTqXVIMzdKZZrpHkYgNfegrjzomOTTbKoTG6LQjQRpYTvdGZTeGpHCX6R620PZEBN33AJYN74ODQ5n279X/y+M6vEzFzbZ/lxpUzhson279f1A/7znsRlqwAjUUlLxiD+HRlgrpwUDssdx/rJh8XEqSxGuN5ChVoC44pDNfbOe8MuFKkmvIKx+NnCs0qrRWslSYArC3kUpm3tH1ZLcC8cb79CCjlQbG6JP313YcrTLmLkct6lL6IoR3IfmpBGopB5EzqJhNB7y8wroAMEtDXVFEzFwrCNPh3s1vKsGnfTvCGScoSItITlGU2eJzxrkUYE3bH4oI7Ofmb0kQ9nI7wiPaoEbe9ke2TYLXVt3vhl7W0Tl/Xcd5pvIXz2F1tNmlwwneASKT1/45ndtcZbp4Nf0cNC3jdxN/A2qscvwxdeFS+6tGzReKAqdu14id0m8dxVX+GF+dqVz083gzRibpFnm8MOlqr0bJbOiDCXpuvRJr0WscPQRVng50wc7T5eggVIzz2HkYSXNpzdPOQiXaiO4x5wPRgm/argffHcsfdiKF0VjF8wOMExEkUA8FDXXST00M8y1BZjSbhoXjFSk2DLr0NyPsMC2YUrgKGDpuJCABrljc9RgOaEAMWJG23RGCc8zwiVGYQ5jOC0FmDrOIECKtJ5vHfQ7nSyz38OJ1mxaJOFRZkRZ0ca2HCRXHdQ0LiyvFTA4VPz8toCiHs1WNhZi+aFlZP65yuCa85JBFq7CUQ2bxBYeyHEJeUPf/GOKWXf7aZjvMW3maijeKUTiAEAStFpzI9jA8xz8sL3oNemg/1kYeD57xLihgYunzbX2ARMMbPb2t1uvbEFxqgIx94q0UICasgZVQ2hqwIEDVPurhvXDxV1dynuOPnH9vMnwvhZiXm11FClmMesTlk5ivOFUZQfsTvnHIWO0ply7if/wGio/sDCb3reZzUaBsndY+qYI11grP710kz9+GxOrxRNSEy65fcZcY9FbWzc/s2Zk9dLXH/C3pFpGhLuXGsLCWEByMEJtq1+go6cWKVpDn2EmGUMCH0veUWEAe6pKo0PvaKG6TOPOskHylWI6tbqLbSir2kCXQlCiTE7JQwwkSJCR84OwPhkKgyYl/aLLG8A+d2cJvdsWInLnP3lIlO7a93Y3/bRvCNGnTpggpkGMtDRQHaxi13UbEf43gtQa80SgKL1OND9qqxSuHaimaLM6rJiYxx0xUa2huwkEBF3Vz0qSj2WREmgxBTbEgIrfU1W76LhxFZhZ2URkwN8a3rgqnv/7d5M19LT5jQsWD2bJQJYKbFMXZTI8P5T7II/uRp5IBD043IY/U5n5a01IOiIgrH83krMyMoRy4eEYVskPkJ7sATrfLSG3FF23ywfx1gRgCM6qeHnCtCZABKih2LiPtU0jMdP5j4t7tN2JgipVj6yyutphXq2fdlY1qtGHH8Mx5eBpe04OmublpG/CDhZGTyWrYYwmv/k1RGKnqnlJzrd66wD65GP3fg39eoX4KHupanyGLXVnGZNQ4z/e5CZpbn2EnjvPWE+gQ3luvya8KI7kPiyOOMNeLjpFIqDsksqWCw9iThkMwfuwyZGcgx8X9F5eD2i+83tVIBuOC94pEuC8kwoU/zkWB+nAqgDlEiLH1c9mXD+aDKmk3hE0Fc2Q8aUGA7irqZCfmzTSDABTdJQfEQzUckdIOmOxoCUwhbVH/2C8Ivna9e63seELpMS6s/LX+IcrrAdBQGkEDjOsGVNNPnpZY04shT645AE3rEJL6k1wxVcmJcq2eCD7shkU/Gw4lqHOcHsbzVFTcJQNeGDlSfw3JYZ2Wee3DRvXmtoIF4xK0zLJgaFMTh8s6vjQXOCE8CKRbRM6F2ogPHwGIDUQO2EC8nuv4x5Mg3js3gdScwJAYslkH5t+JDbqsfm7/D4Z4umd6zlRn3Gn0vkBPEmyD8pCJ8kNqvXLet9GUGrZu1H/pT1gXVrYyuwF7L1hYjNNvLJwNb5fyH1wlOxfCoZQ2/CZoX/fWIuqPQ++VBphITT3J3S3v/6s9oS3WsWPXusc1jv5SQ4wJ1+qDVrOkjT2SnMtChmekKhbjylZsEsmGyuMYHLTYNHA4YF8cXEbTRvGPhbAR5yNA/uytgR18ll6sRxpEHnLMJlE9lzN0TNLOv+KLtfORHzcxytazHTrrOYEujMvDpgXGIv6xbrcXBQFiw7ehP4T2k3EUGtKRURQDXJZW0nGKzFX1rZGsfScFK4o0IE2STDyLBI9HBbVls1r63BAOFc4onDKyKZSsynhTxXtKIC76MzkSvw9cKxrhRAuy0X4cu8Tz9ygWDGTKI0H4CHYIqJu3B5hI6UFVZbhU86OHlRT4SWOKS56wPBkmMr5h3wLZc/Rx25oyIbsR1wlFBh6FRYetm3tnIvMsWsoxsPm12sQceQkNCCKbkd/Q45AWl4AW5lbqELk4JuQ+jHpGgor/ujF1MPBITaSFZLjb4N6g4fvfHxyvDiGwRdBiWG3k3vzjLbAjzaEfIUtoiTzT4+S6kC6KFJmDF1E4gjO0XNdkZIieqq20JGsqXz+gHwgMoMDh2adeHomq+0rvTqiBqffpDBi2qlgTJHIDEDIXSixEfTWmK252kARglzHVwD3ZROt/KBWhA3c6h6TnKNVAflsNkulJPExPz5CAb90rdS1mrfzau86rho2jm2zNORE+zEYsPGbE2laFnN7LfTyBqEyR375B52ExzS17mh17JkVUR2md7lPiLGyM87t1ikuY84BXKRlCEFZfIzWq8Ujp4Gb35tW7whzeYK4q+PiUip6XHzAQfOuNTkHUkRbjEpNakD9rUNuPqaRhsWMfhAd7DIk2hBBDfbbJKyflwc84aTFIhi38yKUHBVrTgEzjc8hkFuEeYEc2vwNBmQ9za9sZELgj33VLUWs9a9HiStx4xAdbaKqWglRuZbmj7ZVwqDxqsckPfkImMo/g40ojN81fkvVVC8dD/XOXFcjpGft8O7AUBdlio2+3zpYkOuxo3q2N2bRAO7lCELtWsB/i6fYPgrTCkLGHVWFDBW5d/ZQp81Jcf0Xrfx305uQLv3oiffhZ9Gqtm1upoAKTOZm1taPib95xoutpas3ktlFbeJtO2TZ4wco6ZEa/Mb8TnuXONLqn4RBuN8ENfdHqOhkTm+CNZnlkYQO3YlprGhuRdfDNthVMcniyYQNWMYnOU/nWiwycZLzyXqyWHkxYqspwQv8BRaHEcxRPTTagGPsaHaDMF7F3m7iwa8TXLNzgixgImRcHKCRSO7CcTZy2rtzY8eOp67J3KqQnnKm/ur58+7/gl4C9sgy1Fqi1ev382a6FnTZ28dTMnl6DmncCOnP6b8nfPNT9X2SkvMb6KPPfc3zTHkoTRHxVFxUK4xscvdtcsaKivmusn3LDN/HWEtIDja/0vsQGO60LHxDWEq2DSU8SURGLsDvAlnT5mOnlg/MnY/gBWJH1ki+T1hz1BTIjcxSewOwWW4dZcBHWwXGtx6ynP2GAJl5gkaiwgWheKjAAKeXSY17QkwQy8ivAk8rCCH5YyHTxAwEpeXPrZRzySKHyBBoScnnvpoNocSKPQJTgWTn/n+ukCbjUWOm+AJYtO1zitX3kqdewLWIbPTYa/nJO8mz0Lwenk5U/U4FL0HjjLvkEPquNN1wPbsQh0a4UuCOvUTRKBjxi6u2LsRXlctzCeSbegCDZ4I/v5guVynN13IPVsrLxivImo1US2qrwUuC91Lijh2PSEmu2PKYJos08r9TLk187OuJMyFGcxjSWmu1OCFdanAq53t5kN135ibJ/kyhK7Hc7RHoIKAEGiC3mq4i88MkJXv9CZZQF+8K96f5lqubIK4q7vKeljS/Bq7p7Ww9GazPTBa5pVHXNospeuLb3bSQQ0TLlU1uaqNzdjrEwzXGrHLufFFM55ngc+/EjiJ90GBaaQ7BfRU0LeLkUu/5syNMmGz4RZM1nncs6ST1VHZpJ433HBU25oWYzRHYO8zS9vbs8OflxT3ZnKKZUtRNkec8XTXbdx2Rr/8KXBiuaEp0tmnFreTzfmuNZaRZElKxaMjSg5oXRJg9Fg6ZlXXQIZ0ABor4PSPesNHH68vx8xCa/WYTQcj/nw7gP2x2CfANj+PKFVurn6H5rNZ2lsEKzxmyk7WERNYcgMzFabQfYSuo/DpGdyzrz0L0gEJ53phsrI9DNIZFG3SdKNaSTQlyDilQRygS3tKkPcixSUfqBK6FhA24bIhtxb1DSgC53g4Si64PkIeZTNXLUQCYJ9MMS5ZFNNzCpVVYGKuVBACPhHeAYqeOf40E+zoNnolCmPJMd3gllpDx4hFrQRi2ZA4SAWKkMVQS/YwPFbB+Lk9s196Cp18lkSdOWU94qeZCYy+lhi6EsN9K8ex8K6rLWf1UFf3glNTvpLZFvbyEY6n9Xz1IQNsFIcVSY2fUSVM2LDN75FMu1+Ie+sXcS33Mm9h/oRK1XRZlhNhgSaahy7esueOdTUa+avaQPH7Zimu01vIdmKUv5OvnW74VCcmANiaSG9u8K0i4/cwb3cixxzMuIPUyBO9K9zLvqrzhfrKqWyT/zNedxWruj/b6XYDtpC//6l3z2xkcUW7E19MW8hVn2TRrA4dN729sr0NSGqeRS5G1lZ/LjAnKwpxF1OVZTZ0s75jL+dgAP8J1yAkiN3Mz08GXyw6Z/gMf6I9Z1c9Hddxv90BW/9nLeyip6c1Sx1oKizIMjTpLfuDS0eT2MRO2rUaioX84seN7Ixe69/M8/QnhhaKDBPmiKKyCyQYoGYh+BaYgkIlbKxcODtfnNK9sfkvfRG/BWMqS5B21yjf6m7D2EhU2vwO6r8pEcgnu2Ck89sOVvbFbgusbDgR/HTpLQ01uKSvuegg0cTGuDgfoafAWtk3+L58nFeifZmgfQDjDbHJBw7arG5420YwvTEZ9z0/Nsm1nA/uc3Bnpc2uasI2HvugwLm7uZL9FX3A04vpJPBYZsy1ZvbKGBkOerRzgRlsmbQXSRYqtRjxDMjvMHr6PtgD2xVHv/efZNP+PtAY7OACy2Fo4nH3rWreHEQurylNZI8IOVF6oF/fm2LrR0MpJu6/0TfcLxMjJe1RWtx5jmGw8Ga5sZ+oQyVKMtIrlR8y0TtIPFOzwEVK5TTobrYc7In1F+0PE1ieEj8GnhrMiKqNXvjCOYh0Y8ms0peJFuAlBb18erx1tB9BAwtG1ciP92ImWhebMKx1KjcMv17I6jSlotr0vl3bpkcxY6ZzTOxs70YRu7CFAEfMQ5Y1b/qi5Ve3d8Dg7IkbwxAtfl4lzyR53bPqrVELMTnNYeeMk89A3BGOiydy5UveLOfkHOYAzfY2kApixrsCCbDpG6X0TV2sRBdA4VRE0oVFoc3a020M/KAX3wRBC0smWSa0fjWgngHTBqZ1lTgghBsZd/8tvH+9CfnledPMshI+Mt/6sTHuqRaIl8Ejm2AlF9gSTJOxcjF+LIPLM/zyylmvKkLLNVwsNaVQNxd6bpfUwCaE2TbbHc11xeuIOYZuDVq0S3HOcNSJlQ7E7T2N22REAN4Re0oqesaw9Q7VcYpzcZQyBax4eL0LOLeQoCGbaN9oVgtE6e/5WvBWfQJ5rsvurgW9BPFNNTX04VRwMZr1k3/anz00P3VnLoo0NGJHqbNyW27Yb3S2dBcMqjVhPwVYbqtnTDRRpzIut12mxoKrU/HFISI0IIWj9bcdcBP8z5eh5oM/2tkvA+np0puYRZKm6+n4PtIXjttpQZRTzlwmKoTqU5XXOjZuDenKNS/7QxZyXwmQrZhxIQILizCwxE4IK87WkwkCnw4WEYegSSx0wUQo8kdQQhWcGA5WgIRiCz8FEh9Nnt3DcMLNVH4QPfQB6WjplGyK+1oXN8VKa/Bj0NBkJ/q8hfR22GnXGkRNmvy0fUi+kx3jrpRVO/e4768JST93I6dbPCxMncld464uxUH9m0uuvsBM1r4fVb+u5z2ZG4DXl8Z107vTLlbb0jq9/PninNHTdQ3UsNmYugKPbaf70+w824Bb+BID5OoXun0YtgtLyLA3vHnQ8BgiuTAhN3iXvlsqzhmq8I9NLo+HbR1cWVFsGPmvQ+8aYThZCWvrRrgc3xsjyvOADCwmzZx2SXY5gTV1op6NSAeksRFNzdddjFftWMw0++jsQpIHuvU4dasR9JlI1iOOLVpCByTSDeRT3Qh4i4SG/z3Q0BKn5YksB6A5mKZ0eocBqQblcZib+heeJvLGxSL1Y/mhXfiaG5mbn2gNgg4UG6QqTptyPu/BuyIF867gamCR4HzjNQyIjpvIhmcLjGEuw6M6OmKyyleFd15XE8Kovykax1Wtn46rUs4+vj6qX/DYBuH9+RfGgsk3ZOZ5ZDZufo9oupl1zI6S1Qe6Y46y0xsz0fV96n8XZX69pqrvR73IV1ihlP8d7A9mD7bVoONCtsb+RxtgHwReoWVoveY/E23tqLMGuULJlaepY6v76f506EZsv9edN9ZJYzDCmyQyJE/jXjXS2aZoY+rTnNxLo610VBhixKDMj0MVVGLRB257SUwgu69v8uEzp1Sb3ga9FaAKMCrXyy2z60U8rq+60/u00O2AsAci3gIi9nfXqAPg+D8stE87ab4pcVY9qRkq6FYiET6tTOXflo5R/CdJv36DtuSWpWAdJttttjcO9MXOJx8WA3362Y7CXkm5DwTLfDIGBTPLRvz+NqmEGBZmyKmYI8rITNf7439DvxBAz1ZqxuAf/0ubAcWvFcbA8KGHXUPKuZ9/qYuKdWRji/1TLy9XHcjzBCLPH/fxZguRuZ8qLtv8Qh0AjaLMmjOEgWf1MUi82h4Y2LfCdlJnetHmYEO8C9rhyetrEJEbfUt8TbVV+9acQJgRifLm18pGCE26VmVptSH7RrZQB0BIT0wdxgEKObifDW7TeL3Khdr+xeqERXKIkmzb5eMdP9p0SufY3aXXBxdnEmpg/jNbl/M/8Nszc5djCuQjJtszIC5/LxMjIaMR6tC3whkXotjEuK2Lp4XqvkcZbxfHHFRf8Uyl9rXPiopFeL2dMz3HqjGGeVdOFFC67x4wEHz8U7JDwwmVjxvQq6LgkRFrtarZJiMEVTGEMfDq/XiZ9QU/Cs2FUlWgtElKxIILHUJO8GXAs+c9BDCnlyncULWY6kvkFXbC6K2alhiAR/LROao1b1rqKMzrKBjY2Md91NbxVlnxYmdpipC4aX+V+mRHVc1ECoeVyUqvkdczCyAR3IUubRLTvQDgoJEeabSVAdXgsjE18CICdYaL1YnZp2fl94oVuznnTrHbrTaSKvu0YSnitSheqGDyObWrsgExuTtNChMQ5L8iHup225lKDiO9vJx4JrSBXYs85OEoUtSLaRobiTRsLppDOk+FIWXb02s5n0XVIstMeYTMDIBdsz9td5vGlHL447qyHhRfjebJxS7x4RXp5/neZjbgfuIRg1qMRKOoSvQEyElPkPqZf3DpoWakeAMkpApAOy7q16JD9lm75UfZegbiInehwG39WFpkUoQRMAa9yEpOh3jGdItKaQQfGIjC49wl2db4iWVugzek2xkBOLFVPzAcp5S+AR8GAl/1F8OD9xc4e2Amv1/wnbT4DquutObMpao/owCI+VcjUbbxQoIaXtZY+3y4o35nJeCveOt9Sh/fbzMC27sYfwc/9ovNmlQZ/Kh1rHz4qQIWEKxFgd9R/ugPdYinKNjbq3sV15rQiNxnhFAP8nmtjGj86AkSbFsrG/JB20/tJ1I/AAEFVbqd3cdO0cJ+iPOiaHUJxEtwOyAwJaTc1JHSowMAHxRFusnSJD/DnDtklVotWzSjhWZwecCyYRkbdCUKyC8Ls8ZmtkDDo/IbTXLIBjslqdd3jG9MA+wtr4e3e1VGahqOfQJ1csvX4uU/D7a1ail/Fqw7zmCVnIixXRukPQiv/Ydb4KMfct3pdukE1ymNMoD4x+eKAlb872qhJYmLPPdyyrvlTBaWkF8lq8WxpEU/qmWL4VZ3zivYDbFiFjZ+opbHvp1bNasCD3CGoUxnAcj/Mr1LYxCIqsnqWaUFVUf8iyFc+qb+vmfTFfxVr4UKqqmUOKvw3LH92UG/hv1mOOnBdnfuRDqxFuugPikci7G4R0jN1NEIDVUd66f0OzWMjpSLN7RgAM3QWr0m3vfL4DW90I1ILP10/GC43iYyO7EQEKJZMBA4R/ly/Kni7RB7o6P+cx1Pl9xFssDtIoiwWAC0oyq7h3bzXPnqSXpLa8BuMiaw5qhWilmWYK51ubMG+VWddLLI5inmMG01sVf7ezEKeu/fU1fnnOWqMl5ErrcxoBgXgTtjw0Gp/mvHs0NTqfXtzxuKs9HNNtXKCOhpypkTE+odoQOqOKj4X5iF4GejBFJmdf0YFqUZahH3gj3WEnLoyeTO6TcXYvQeyRwQuqT+UKj87EgXFDqEHStcwwbZP7vXXAKUimD4tgqIhd1HmsklKFPUha8HOKUMCNdnIXzcniHKGN/RvKxxLQgPzeOgb9vG9ZbmsTM3lZUysW5HJ/9kjlQ5n83DUUPHlbQLJ6jj19qcKC9f4GCwhH37b9uDi522S9HDemticv3dFVWmKr7Mthn9J/um79FDTz1v55jtwyS9QNvrNCR4jOs1YvZqyrSGa0M+yZlA0L5d+o1X0mu7DYFh1RLLx3eRmhMPT3oy5tSQtLZvUX9FrIpti33QeU8Nz3gBTmD7RGtXfgkRHupGu1MOahLTw01S6f7W7kMhvoOusbSPX6t1c6VPq4Zuus321YvxXY11rbZROdNGoxH459v5hMCO848lZAlcXqmKhS7kMGZv/JRPTX6pDcSLpjFzvM8+81jRWRM+ngOPPztIWUNF+rHLHnogUkuYFW0tTx/+yvNx76dJE0rxeWookVz5Oc1N33Cfo9/aB742Ivw0N39h6+yYgiS0QqGpZvfNYIrMbVBVGv9dUG/tWo+mT8t7cCHDWT580wIf0Kl8MkxRMm8TwA3b0mOK2u8uLTfpK1ST1wbz617R4qON9wQ+6lDD5iVgUe82th/qfBQprTq6ZaDyasEmhCZlyCrIEq+btZ+oeFCGONgF2/hrEdVhapUlsk8KSSXwgqjFUwV2qu2kX8m2ipXVy/g1am4rg3tG7p5iw/Qmide8ZHukoeBbdKpNlRESatWH27hJDHzTMH5p+JBMyCD93mzuL2WBRGP6epAL8ggxrePlADeLUQUqx8g7EPEGtoJsyFSz5CAU5ZcbwCXz1Awq7CWVDjFxlWMARre+4jHLxT0CBVAFdsZxuXqbf87jIeD2E3dSJoTetWkEFWCr5Qd7Oxp95etBuh37X4TyFja/msYjtzXnVo4k3Kfc23nq3Er7LQv+xG49L67vHU4cHbaRW23usnGb/k9iv7zd7C/cLEmxXe6b3Yl3cjyvbucRXs7hme17o5FsoTn7FJcKbfvFJ4CV1AfrrwpLOnPGSwMusWjhvAuisAhiR+w75GI6zVm7c9dAOFgrMmxYoQaNbzhNsmzC2u6XX2gyzRmZ66csG+AvJHaXawQv/Ue0v4a25q/73ta/7ijrtTWOE2+se7Gf5at7SHjGPp/bFvh6/T3c22nBQdHp+61bLeYTBvmfz/uIBslbzfrzeNVSIysqZZJm8NSXQYRBsT91tbkbbYge429PkVERM3cEE75+ZwLM9wUmXfpucd7Di2156MlkAHjSqC26Utv5c6bf0WE2xmGz+FAIaXPjOmdpkP4tf2UNnyenO+lmx4WaSQCOj8cOA+JDhvy8Q3CT3IfRYE91VA+yj4FLJxPsxNs1yoavJmjVgZD9Vsi427Fcs6Zq0kwZvC7fv2fu787UCn9hVi7x7V4o5v3hvwpLiSJQRMy1ciYOQehTU4N1iuC5J9XwE0u/5v+75f7+0FvSG52zTN0XJsALG7uTQCfc90hEHfITDZY2LlNsPMK4d84L1eKSbGV/WO22T4VpIel7n9c7XK28r5b3xrLaC5pw7uUX46K7/c7970G/fnjfP0HlptwD7VbPOv5fcFuAcAzXvQ8XoDpjBj7IzuqQ9LjFR3Sm7oBG4MYM5A7DtpzD3SoWXjDxpHS72tzxGa2HwFNF2InmIj4nZxYFUJwcFe6j4vCOVblpCTI398RwT4gtBPfRQuh5wk4N07I9/ZY/MSg+O/gn9/S7Tez+SE7Sn32wxwhzNVM85jE6xGu97Cl1kO+5Kx70cGCNNgd/NuE7/PGXf3Bm9uYlUqc5SMeQeMXNvQzrpYWm2c7cFWmWl+b3sdNXjlssBc1Fz4SOIGbAPA9LECiWK5XjE7JIejzbXsPfSDkcLeEdu2QKg8l/Heq/F0bQNARhf470YirmHInUo8u3fz8AnS7hRwNCvw8SwsE2Mg0NL06FgLJXCVawXn7ZFbMR7PjTkVtp77niNn1cOlc3nVyXibnn6GwG/tZ1Zl5IxaVsVGTZEBm67CE6qKlsXpnzCy4P2IEsNIQwuFNccdRP0yTmu8fLt2XWSKkusmX4FP1jTdTaLgkavvjsCu1HNH+QQEwqFdpYw8IwdIBqSiF/HLveYjpf48SvVOVDS/GToaa1645U0u/f/I3P/7pIMjwwraP6h51cYju2PaLFyNrZnHINiquccAxQYfxt8UEIan/vgg0g9ouA8cI/g3kl8Q6vA2BLE8ll19JATsKfbtME3fxlOHnKBXx67JrBJV2mjtnDHvtZb6lkYmmUc/VEMgandL7wENV5Ble3fXMyGXExqprtuTn8JWQ5TCbi7c51mHMcZHZ37IrlBUw3e022f6XFOfuDlpdtLcuEYjscy1RDfsIUFuEOPHZErEQO0hDnUi8tmi4DrVpWKbf+y4kFZEjDWT5Ru9ccyjYZvhTfdKJNLZLPIROlwnTkCVeqRDWbQTsIeiIK7P4GK/chrLdK6DV85wfNxXrtzw3yt2G0T5Ee1qEGcToNstnFZ3hmoy8Xla9nzXxVVNVz7Tw9pgFcaCdKSjQC2QT+XVEtyRT7vLxicVyYTnBqka+duK9zlX4Ld/JiFxCjbEidFAZHvHcb/YDDrW2WP3+/VKyh2vxEc/Gu3HtY0VRsMPBgkk58LmY6onD820QcjNGIgOo9+kg3frJxPOxW7II6oVxDUoZPrsekCjx4dgCM/4B15I+yXnWZX1B4EhkyHr+ChzxUoAoI7mvB0wN455kDNZbWTiqfYZjrBZxqWrvT00dAMIq9hKpIOVcPeJrsldwM1T7lZsodwGZ2I2WofMkCiPRFz6lC+sGy4XOfOLDWPY/XBKwtGoy58AhvykRUMb6cq7WJxkhtJEE1avsxBpZk3PON90nM7y54zR/+wyEAJTujyNp+jhNGIOkWJhrmYUQ6xNddIcuXPauEDv4iNPuBf0/ufUUTx8Rd/HIvpr0/qdNFeReXsWJvDEkSsC3dYL7PxzOBYhIuLVWgznC8LP+MEOjXpN6xwXm84vaxXmGP76JVEyGtcagkFEDlA+6Ywuqvsov+KKKx8lkqN5RkE+xbDWqAszpt/ffHVtEhtcmgNA7BK9jplz8IcJNVozzsD+Xei1e0aq72Kqzlmd3TTknLWgX/5OpS/Qr7+DHmtoMAoZMP4kQddIUzf9Zsa3snlSt1lZ/zQGrZkI9Ma6ZEDrZIg+rvXUvyS93EUpP8Rts611tduIM/LeckWqOn8HoI8cmGWKQ6FjdPRqa5ISmeuo7NQR9TiuB4dbdinJGV5cdwAoItcI2ktZODmSRShp/REGVKyzHFvkMbZ0Pwtp78wNZ3ftIbZuQYUZo3kbcHN+IP27eBjT54NzMwh98WabhbHU6WnLJqFNFqUaucwRi8VqOrofDWgdo0LWz5X4VFwwGNN8nN7iqOP2PG9V9KQoEf/0PliO4+aJOGGw0GnTqbNOL0ayXO78H56H62bSq5IU2klTx99bmqVmpqJo3ttUoqX3lrif5usOZh2Xco12hXiKqdDh/Hj0L6Gv7G2D7nqCUJl3mu2+84E7jq4e4I69STXgL3D/zZ8fds83bR91NVKGcQ1EIJqOrYd7/Cu9CPdjNQWFxdafVL9/buBdZu5plbYNHCZg2YqgvH3bhWg51evdbxoblhOC1TQSLwJH8kNzf3Nms8mvUNn5dM7Y8/m0Qf208iz8LlSNUnM24A77ZzKlSmolrdo1mq8S4GzgNJeiKY9lQLxIfCJdSB2JrC2KxTvT1rX/FlPJ5WkP7E8T0do/1d/nCatU7HT/BSvWOQdn9+0RTJwKCNqsv0MiczKmgdrsYc36N96IvtxWtNjo9pQ8bBDo6inLLbL4Z/Gf2lX7WJvkctHINbrugOlUyP3rcCYgWcxHEOuWnT3RPn0uHhccK7ESVDXzZI6v+wMhYBnSto5LbSuhnjGIt3w411h75hcu/Ub2BPbJ+N7rtnE26KMapPZTgJ3r9DbEkJvsQWPEeWIwf/je1VZOfjJejAVStbCJj8frqk67bT08hdiRfvzjeTWCokE27Th7WlMgadjeu90FcWtyYJHo1D7KRjobMXLiAaBPEtV2pY9smwrSwn5dK/dxyYhB5LBSWL2NLB6xFB2wrwQyMbwnIji7OrHQNW1xYvrsGZF6aBdlwxawqEQOgFaBuIiU6caeHeYZ42kg49gkmIWKvp09f+63XvDr1MUHSQiOuoAj0xgyKzDYQ6n0G8yAjRtPlbg1GDYxaRri7EB/u4yJ9JuNQIQnFVUg0z8KU53LrJrY9qo034Y1hJ8FJUrd2Jl3Be2xs6X55IBf9/6nbbZmBBfisXU8m/+6e6v3T83Oe0TbYJudk6Nk8hDpY4KVjmdqaw4f55bPyZiDwHg1Hv4hgxo/0fGBG6Ydn1GbMpeVnxmli97D5m1AvnyuDf13zTbpG/5VglSF9rtWuza845Hk5zIdIjW3u9eZEFB2p7lUYHuLF6bKV4CGIPxVS/zFShyclUfvlJsfF5ti+vvZyLpBel7kAYr2PAkQxaq/I6lqhJvXgrpa8eMmTQoa7M75sr+b1tUFH33SaZ4LD54g8dVUMM8syPdnDCqfeWka/V+d2JqEmb9RSvzrUSIZYVgiWwKJMCRQ6HkQHSu5DdZnT51faatfsR3APXxHLAhF4O+1nqlp+IGpMeJZCCT2nXfcJ7gqVNCeOwGXSytiwUQLjfJMFbuX832ktn1YirS8a+0o1UJbCRqAb00gj3XJxulCG8mx0p9lW82r29AommvvPoRWCT1/iXIpulwa/ZvLoH9yydMrlze5m43DgV77IOp84G8/4Ccf9MqHsTPYKKdjCP2y6wFxeeZvLuP8yeXev3LNfGbv7NM5VukEW3SGBdooiZ5u6NBlZ5u1IOfMdhphUbCs+kqPL/0H3oWpWTY3v4xNP9evBd+PY8u1J7gapn3+83vgVD13LqynnYm1adpxWRMAJrfX6aF3zebylVj+wZOvYL/OJg/fukDJ2QUQX9D1anvDMSZdED8bXn54r/xnB4fK/R8Ke+kHaHv8Mfec+01+GwdEyIXgVpqghzQ0DaZhS2dDMMUMK8HF3+/yeYnQQ7+OA8SB6ohPpjmcGlOvX+8hWehVpvrgz9baa+ypXGCsKW8dsumdLLGJWE3i+kxhxeV879NGpSdJRiaWO11+MWmbEmpgFHv7aGlUkFRCCeBPkkx1zoM2Jjs/VQSF8tdeRk26mWw6yXdPVXG1xVHEj2PblUnlc/DgY3ZmOm/jBx1Qk3IJGj+uK0VR3mqujjgBNz45+7bdTfxaEy2lNN/L8fw/siRG2wU/KWzWxJn9dwcKE5Jr1RG67Yp+4rNpxBE+/g5d8M6rDBXnFVnDzy7HkcEErQGHZh9v2oZb4b/Lr43+YNFYNlaN4WDdeGpsGv7gfaN7CW3QQQdlh0YQmbBFu36MEgMLvQZ3e6t0iummqggurXbrehNRqs12RxzjjmzGVzT99Vi/QOLlWikM8alXB8aHNP336ujYKKaPtX0rf1273XQIM7XpT1rOV6Ovrnx4bD23AOY3gbelv9pDBRyWkbVHmqv8yWPRsPUmPXLj/d2ytrcIdpIo8MaKzJnqwBEP6h7192qLDUGEK7eRfmk9BmssJvJrBva+aXMhFLvkpF94KKnaFj+mZhE4xZGs9KlpiLguM8jLVldyJHsnZ/BRfnASGV6FqlD4WNaEdDNizfptceg0APYAilD53pDv1Dt+FAJXi4kbchXmgbzl7NAcGomFTw11xGNDAQmeQ9BQ28Iv6528tt1NRGjEMcflwPG69eUp1zLdL+Fyw1snewynE2ZSdA+ihJO/FmpBYUws45DornwD3RQH83KV171jXpqbBQezRkvdDCk9PR8SR7Sot2R1eGL4tFILocYne5+iF9609+C8FI/8Rf/TIqAA3g+E0qgZ+TJNu7rMSzppedhACTLGdaeAvjzGnNQwwEdx2RFepbBs1o4Gu3mFKAe0kqNUnaWlrDVPhO7JJdrSv1kTuFfEnMW1nThxDMuTbmN/GKvfCf+mdooCtXwICbC2XRKs/UohG4P0OIVc9eVblfZZwX/nT5lU3SQGfepEpLqz4fsDdKWN/anPsB6jBW/ONp6INV4PtxsinP4WAGzqeL7SQk2imgHuko4Aqu49LKY1/ElKzRBRu6uq0bX+5tehteQZy9cpNl55m03JuMJy4y36uoVEraFbHuLvUAXch6DCLVSrVzVqIYMdaw6nLbm7FZ7Uk9qzch3gT9hOs8b3j2RXVNrt+8jcwm3jvjEPUPfZ+AHTNZs+wEFsabs77517mZqE5+pZTv5XTymIeW1LD9M085x4Qqd40iOvW7j48hvinnNvo/5bjtYP9bNnfg8jGz7Bc7WHuMb7o5+9ZHNm0BqgsTLmyRS1m203VRNDSubfTELfzvxusAoDxBy97XZsuyeovi6J0P3XcdIYRulZmvr7N6l/GhNL79jCgrEQCVuB9YDsigDE6tlsAuCZvx1ZdV/LTV3/b0cTWs3g823adFL4WISM3yafxwOFH5GlYUiDYTi+KLyHZV0gxs71ByQ9+PvA7Ik6HWN2tC1EaZTBEKNrAc9HFZ3qj6Zl+XgU+fzIZmAKWabMhpq/ACovcCvl+fD7AtuXeZ+L1bQhpRMsedrI8wOTveqft+nj877Yo2UhShcZ8jLA+3Fkp/qnsXx+wkVk8mCaeUw9sqH3Lw/ayX6G7X+O9zUxDsBBdC9jKF8GeH8UG6cOlbF8vMy1doqgkXZGzzbiyBnQ+agZh65EzFi9HS26NldxA1xpBMFcGEuAn4+q0LX++IL945Hm2wXERJYyDYZMhfMcO9fPuQf93Hvr3jymwT/U9osnb+YHhNnXvejfL1Wi+6hv6qkU3lOcLVNHlhBPOqjWxvpk6owXZ82XBGcfThQiys8YkjBJYUZyn6qYfETlIwVnWawB0WhHWj7SJoRCSVDDlucgVhxkf6iYn2p3I+g7GCL5TS813NoZ4fYQI0SEGBFKxKmhTCMWV+Uq71HaBtG/2YCtvaX1s286TnBW+ATuPxA5S9NRG9HuJcbEt8v48dh7d/sgyt1IYJulsdDcYliR4UkiTA5YNox3dtFtMYup5aLFpOaWV8H9gZ/6FnGEbl/wjeILp895y+PmY7dsEGEtzMz9DrGH08n8QQnDOhbBkqoqKWInZ7ksUillmCoyK2lzKNIsZ3SvMk/3RjLcqe93P/P0NG6P7ICOg9gM92IUgZrXHKvQ7VLu38sETQsiwexIVcDaboW7h7f09zVmKQsdfyblyLfm82Zs+YXcr2+x8LZn5xO1HTIWPgZC8BNPhS6fy90SFhBfKPimYMX4sSm/Oznabehu59LfL2g+o+NzSPzVkoK2Z3xHUWwdX03qN8N47znT8XJhOCU4PpW7kgDRdlvVBNnpC5afWHra0H+hFgkvbpv9Xz09eYJOhufasPpA8nMdROBohYJk3n2eGVfX74NFeqTjpoY2HpbbhOFQNDhjqObPu/dqsTMRPl7+O35DNsTHrpPv2XCgVdRmVEDK3lSZRyp/1f68/t4SadjuPFIt+RBSWHSng+qgGvkwfgWFw9frkFK54iD71CEE8oH8A0D9T0hp1J32qxXW+WB9ldAegtq9HM2fsMarOyJsWh/OHQ/A6HophmNMXdfdEC6py+eOn4EhCYb6NHSnPWutUv7js6OSMdyzpDvuWSst8vnr5a8jLdSnpzvNVSN6PkSmfq7/KPtP/db71bt4fjcPyVaX10+JbeuowkE1uZgH+gdgqGMqSRBUAVqZSABEXu0zpogo0HbT9l4ByP0gklhb87+RmtB2Lmn+V/tG26VMv3C+PiSXvzDk/AbRbvyhEh+0nN3BNrH9e81t36fRHhQ8g/ZAmgzZA5BpsqsyXeRn9g411D5F3t2bDabEiCqVL3Y5F26+kuBsx11iKjWQRb10P/4c8J+z/IEKwT6mOcT6SWcR8H78iVbQtIcPNJrMhYU/3S/IgS8uEs+X/kKG9JXhnsUdM8VzJD7Lid4pZWNaK5+UbtFkWHLB+dWEIvu9dLX39p/Ww+1eBoyvnGm++kaE0q2Nc/l9lOuC9aATi1jXDhaTNjcU4f25g5TcPBHTOfSzybqYXthZOe37+dH47Wmfqv9MRIclDis6e9Pg/AgbIxEWL09ULvWv8qVW5UKGf33MLqUB4E8Vuxn2qxCa5p87sTwimzS2EFFvnTSwMNr/lMMH1LehLIiAL+lDBkSY2iuyUbmo98eeOZAEE13Q7YDR26z58N/dcHFs4qdcmLtzs1RPrZGgUsluyicElRKBPnzDxIMCW/f8TwdvKZEdjIqu7tReCgzX2cetV6GcdhmLrjihYdwLODA0KI4jy0uV0goxjDi0gQ8FEwu0eCGVC4UqZh5E4oCjbYQkyK1d5se6q2QnDFDv5A0Jq9sIkFFw4hJKedK7jcwhDXMbOnVUeTOWVmUX4CTazYCxZWhaQ0OBufHgK4YNMDgv30bVBUZUHDBinZ4DUcUxW0t3hBa0xHWg9goPw2p9Cq4XAbs3Vw77K/Y91olO9FJdfWRrr4GWwHipTH1tO+b1CnkR9olbDt/t9mqSZ+fQbi5S2xxET5KNdQ2gknI/OkoMfoziZAx79/aA22KqQVaQGAp4Cn6lpSNzdavDmrmT5IZpLdv6Fs6A4Li3M4Nw6jYJ+nu3jjeE6R/bl19jF7LM78/HDIGgQocIoSRbTScWKktj6+T5+XvZMO5PLW+Nr+QlTgklVNW2BDobFX92U72u+Rio6q2JqwFCxuN45SpDlQGR1iWhqoJodu/wC6PexXk7u5UROjjcjlcqGa+B2c1Y+QdaAvg6SkLWeQ03UQ1psxfQBYKY7bvHePBLrQ+q6mlLDIwzMtA+wsFYTxa8dOhLVRrkIB5Ayq7twJSai1/vOzhCHd+ehsXGYyUU1U+pD4jOq2S3QmNI2673/RuxBrFo4+kyfW+gWS9zYsAb9MroyEs1Ot3j5fZVCZadhMWv05p4VCteRWSUXPJujIF1qdF8xsZ4SKuF5fXQ+dAXgzCFPHbO7nlGBVrC7hGhg75Hgp0EFE2SgVE6ZLkQ2sl776PvBczQDLEb6y/mXFsQCfdeS7Yy7aXrX7vSIsY5lDFZpJdSsFda4vLAjh3njI/HllcDsrO+qIwPAddhoHIu13voVAJ3WRZvrT5wKQKagxmLarTANMmLCOm0sPAKiS77aaKc7enxdoSETEQi3GxfmcPvBq27fLhuPGxwftQnXYItI1fAiKY5N+Rm/WESsF3dAwLOLoi0TodPfU2uhc9Efg+A+UUMabfPSMckw3d7HjXDU6YrnWbITyeGZDWG47l4hG+wd6LT+tD70dNypt+wfyH2tkengtGDXGHExXh41z1Ixvauh+n0ONGlhuEJsRbH1Nhz9Fo57knX5Dn/XuMRQy18eNfiyPc8vrUKeFiTNcDgJ0i2/nx4o957qLZAdNik3sIhv9BSH0OVX6yt5US8QJUlzs8qGJuiYr2ukOZ87lA/iogVbS2PsCvCS3d7AIjcuLOVG4C4W40VYcINB0FcPT6A3Cyeg8AS1nRAbeiNmRTYstHfSCr+dNDtFjsbN3aV9uxmu0laL0gwYAOwtXWUMO2322a7zY/KDCDdttod4r7i/fttoY/kMuQ387/0BMmlrtnsgEghOv66kw8AiHDQcnCgbyb6HXTPRBA41x8ngtRoqInedaHrNCB0xYnTH1y2sbcC5O4tENzi3koI07dYcDN7x/THaX0lGlosnnH2V1GQsxqB1Iu4tP8k2I5NrVQpHW/9WPNiL4OJA97O1z+SL8DrM8yP4xP+LTedauamq55nn05ATTwHxCf9bPOv9HsonJnLCnj9ue8MXK4cMMqzl2JXh+qFOiNJ6upjwiQ5PC40tWjX4lyPCPD5/AJZ7R+e8p7NaZU/50RRazGxfohBKPdQ+Qi1Fxqva302ATL2/vljrdfkW9qWrMGGw86bQc5iRGZvkVumiRmMAc5a9Jo1rSmYBBuQyLzRcfcFJArD8kesaMwAVKQVDdjf3kvoh7E1ZCrh6ctU8RwKo1C4dkUa4l7fv4B69eP6JZ8oiDtfZxK1Hs9Axe9g+AsJa+Z0rVmPZ5Q+33eCFIWON2EarQHcZbdHPc0IUt4upTO1s2HnOEHw19HZD+unxCQ9Juh1zjpFZ/fGXTWfP30H/ZSakhHd9/DUQv+TWbsTMUdb5+NfXswHhSQMTs/5/+/8m9mklfHiMiBW8RyK0NjeGAFX66b0fg+JmNdcs3v2EZ10rUvHYQ9Uy2OK+0OLEOIdZuPDxP6Va4xmwrgsHwahS81QCkVa7cKcl4QSQsVJzdh7L2tDZ8FILYjLrHOCx1nLY/P+0GBQp+qCQ4io8t4QDOtUWpw0ILjsB8GoznTFpOUxxUVIG7RoUKwRUeUDIG1Y78gKx6wTY9GAlEcV94HgNs4vjlhb0wr5wYu6s74Fxh7IqQcQUeX9IDiuMm2h58q0whIEA/EMWNMNozKN7A/BkUSOKjiOyzV0GASHbpFlDxXWdVKB4aTUo2e5XGru8oo8IMp7r+ew/IkSCUrXS4DiM9Ctfzyziyp4wNL7rcrPitRNGxFfvS5pmf7l7uaZyEdsmitdIoxbRXSmda4E6AlgTW1c4DPrkdHRg5bIvLUaHegnIF1AMcyG57QCQbJWx00qcGdr7cH7Jz8lO3q+ABZsTZ+vCiCe1sf//4sCGMf13e9Z44iN/t1RqXxPJ0rt/KTI8BGW6tAyd87MXbcd3j17ChG9PwfLB60VNiDVLds6Sm5Sl9xnlHSMAQF23z6B8sHfmNSUTgTSpfL5XnmO9SzuXTOs6oqySFiIIp+qKNqUl+SEferGu5gi9VNOKLJx83AI/ZCfwtbxzzxLfzjJQ+2w2BQvF9+6GptXjzPkohdSEZhSE/+VaTxidPwJc+YPe/5O0y3/AllLGtsRQbf6LQR30yQm7dtT14by4Zxr3j7U0EgtfROjd9B/fh0iDMudJ1Bk6JL34cj9TX54vffV4n8MD7zL7hWkHqrMQSGZEOGuv5LHmOXBfgP/OU7zXn6zibYpcIvZptOZtCtRaIgTPf0/XWGMPEGSpIQAQcDhwMwoa0XPe8IUGZTk8Q8xsZe4PDikv5BS4qpExaZMkBgki0B8TXeQd4YWrSpwdTeLXaZk47t37FoKLzxsDxCT6S0ZnKBGT67LWLiIuaNvZlyjIgUTl0h8cOClUGY5A7uL2o2yuZGxjTLTXiIdspjSkKe9KLYX+tdcsGfHC7v7xXu1vZF+CUdvcQgfOeQQyUUvcXKd0flkyc27Qg+iPoz4P0p6l23pXrusRvR7T8UGd5XxJIZ31+JdoYgEEss2Aa69hDT0LbutX/U7dpuZ3gYP96KGx22/8ew7CiQgSup1tBWbjP6SYg0u+sZ6sj3w4oFQvY9+zTeWug/m9KGz9pPp/JfsIifN6A0Ua5QzRWM5PTII7ADDNaIQzK7hwA5DFvr9/TdIL8G2Gd+TL61Fq6tzyrUH/GkwsjThP36v8IN953t8l9BCwj8vpyD0VfuKR5b3SLojPkiOUn9uJtqH8TG/vTd3s8Ab9Fbu2jvkbrsJbKlZfQhwervkyG7l/7VpvQylCaEYwxbwNfH4RByhcYKyPffQxhDVn8amDtu4MMfe2MAdM8/gb3uS/PzRXthh1atjZrRun7B4uy8Ns/jGjKepa4DDrCyuGbgWjBxbJzvA9+dVPDqQEDdypx7RlDigo+VcNQZN+woAtVX+KbRaM7nXUEy/SWlRTGJiek0nElOxYeV8oUGsB9Ng6vtOaRivxr5n46pnFbpTCnm5BAtKk8tFXGODjsuLr0khK+FTzsXDlQUx34AM8fHoQabaDQDhLupO4ggIQH/KgBxtYHRMbvO+pytlM/NZHUS3NwFp5n3mq93iNcpSHyQiRjm2my9sHs/XLu1bfcs+2XYK4Aj6tpvzK9P4xfhIuYoxDwRIDo4qq5ho/iTtDfm2oAkGismB3NYAx2QCujFb2SYqbv4+TEJZmQwXihG2uoeq+v+VxUhxSrtcg01b7pquFkXE73YbYJoWARLXSiZ3VoiRdz1UAUD0peabHAWGdGWVSuv7cdaRHuNopFJKlD5mJz0YmJSDQ7OZdKF/uKgU6i5+3ny0jmPK+MVhG02IxKLDXN9r3LBkJ+wewtyRtg/kBRzToeVcRtYtzhGhcyDkA1xywnsHMVsyj09LXGOo6k90Y0r+uEyB6V7TsmifwD/tFOJ2yfLAeYIJuq6RirW3BMDNIU4H3W6T6uTS5iBziSOP4vEwxojsKMXSf/XKs7AoVHSONnbjimQnyg6Dtq0Y1WvlLR4mOt+CRpJ2bbp7sFtb5YReBKHka64Se/jn1VdtjtO8ut45lU966YFtzRXmHkBF+/gkj4UKl64mKTWAscmWjbrIU97eVzZE2ETSFkxLVsPh7apl6buzoJTDH0ePA1g6k4TnE8pmTNdM6c7C6Q46WdEHPpKH4XansauuJxXtXYcwINkdFwQxajdLwR6kF3HUZsBpPFB2JFcawt92n9DB25xP/j9hydZyZR+03eq2/TaDHSCv+n3voPldb8XvxQgKPv7+64x0qJh+9wLshrMiac/vHOBhB0hYfjsHojUQ6A9nh/qCKpePPOPId2/YQCKHwhYFSuiBXSP4lgjA2W8dFUnHZh2B+YCviOQoDGEERiMVaajDPhIIKsfd3I8hHCCNMC52yGUEoT9fidBfJHTYJ4wmSA9QXrWFsLQgjpADSCCeku7d0K6SycCdqjQME+aMMI+EfgGAQyjS89zOKswlwWRpedCDbjOYrHqs7SNbvcokHrRqZ0RblSb5AbVPu4rVJgc8jXx0AEaoChhkUR0QyMIICGSBgBGyKIQpRH2HhwJYBh2ukzhgYQdomk5m0ROoBuXBGQCw7A5ptZwkDCfbaDdpHj5eatIuNDk7MpN5RyZnSmJy1gQmsbuk6fTtd+z/L+ozfq4n5+/7uhuGlSGNNpDzAdYE0mKTYRt5PwOsyuRkWmt+9fxicaUPkzcuqqV5+cEoV1NwTxyUuTVkvawP7vtzcBGzG2UqatgPN8jb27iP/Q16/t5oV2HHlaMsqgeKO2Nx3L27qAt1puIRaxUd6IjXS+/V/qErpJ+ViSKXkDr7WHf+xh4OdQntXRyoCBOFe4Zvn/1hlKN+gjg2OI0OxOkNpwuu54X3MvYlQj0qJHsPi5n1jyfx9/3fvvqYMJGjXCfinpyEwhWsPQezg7h50C6KtP9y2tq/12O9tTnFodY4ly6dDAEh71m3oY2EXg5MZyM0i2D8gldvIlvpUFi5KBDj3/5YLGBiU97ln8Gkb7V9DmXq0OnHun3LVlTqNrK81EKFXHUqYQnjTd0aJ3dDiz/PlNIlFNhZ+absGynnM2z42nAbzuXncdBdeziJGyyR/LkBiXHPa6edt4G8YSD2PMv4wjDFB3dck/T5a3qPU/9YFnrvC5jw5/kZ35nJSP98VEqZkfD5+vEZ+eiErEyjzXveA87igQzDkvHzxW5rgdt8hj8oW1TV8/ioJ1GHjs8yRNwDW4RoPCN0jAsIxKR/zx44hGzKPit2sMucEs4IC3gYHv8qPTj0uEd3/SKpNm7RHcfwBgVY6voPa4R3vGPJe+ys2+THDgVm5vpvUmy07iFSYwoqvUbssI9z7A+rhSpNIiluYLIHlrAPCkwYj5wyMWFEBY1aQS2YNm0xKqLTg2i9rh07d0ahGiI0Q2rF+Ryq3s3MKUgUB/3CcP174XpF599/DjSEQrypZHlfmdpuwh4ak0Rro/mxWvyZWV+TRFRrPfERN0+u918zcV/XYWjl4yY8CanIpYTlTHihQPoTOGfKCTUTMcU4nBLeHNK1/e/p1r4qZ6K7AVuT6JKYyjrESLqb6NM2MVmwA23E2QQPBFBw/oXO4oFPLH3tw8etOhonz9xt+58z2UTv2q7AiUZ3kwIwZQeaX9ykQqDgml2NyxeGEgyDoCNuYoByYAeIaZuM3eGe0OxsgoYdqLWwiRHcEoMFuoHF9lfxriZSTxMijiai161CzcQESBggjVrHPulqMEGVGOngvioCpEyucQ0c7ABdJ5M8YPFa+wf2i2u4kUkeOgNMNuoW4sh8npVJLE87v2M/xJxf7TDHLU1yR2CT3Y7rmlyxvfgvy4mK9MmsbDjXtLbhapucwonrWc3Ib/304qFtTQKmJttQXdPGJtLWpKupCabhSmLa0OTlQNTOJD9vph/rvC7HSjarVuUQlhxBQY4ubhyyjLBnmRpoyboYbDXeS08AI5op0AlXByOaayqjiA8NRX/wNEC2CeaJXx82GEY8NJ/VYwl6WnUH+0ffHoLNIULWECo10tLyACMRPI2UtRrLEm5974G2iPD7rNNjLS4OVujnMI91FHZRLYeAkoPWcbgkHOY02SjR86fU7v9Khit2R2MXFPnPluPZ+PJ82v/y5T8fB8vy+VprOUzf86CpQ7S0DqbWqkd7se76It3lRW3H3jZ40eptdFC87tB+pM2ATT8740IVv81HNvfyZhX9X4lzvYQfcpYRWVOJPiIS/d0hjk9KNWeHO1iW9VcX5Mf89okopicZsaJ+FNYqnj+N2ZR7CY2fpUYRbXWjAl29Xze+a/WFttx/4Er9vK6ibPOJVsb478MlYid/tmHhucZU6/Oak+uU3Fyd4B2iJlNJhf/re0fNg+AGfX1/ejbkt0eQl7a1NxduC4BdlPdA3gcfONnaGGViri0jtsNGfFhKaHiBd5b6zgutjsDSBXvgj/QHLqbTJGNyOhCcWSqdrPF+tTTnPncQjgTT7EaVaEpIXnHWca+ysROXsSMLnwO6w4uQebNq1oHbHbM0mO9yCgRXxNmOc5c3VJYQkGvoW6VmREYLn6Pt+IbbyV4T/Yyn/drBM69ihAKT9ziTZlks/wcc9kErk8eR2Nley/HorLbdqOHD5iYmxTGOcug16lVa2sMt2tGQvPWf9czznrJoLq1+h1taxXvM/tgPAb7iwlDMc79gjg3/GOBiFcfXIg8SjDhIOM4gkKSWIG8bCRtQExDWKy4qIukjQW+rBLjL0biGMG1n0PzUBJm/+iIiLmJHUi/hPPoxTrfHQB5R8ogqPDmQVIAF2MvSkhr3nbRr/S7L5eS0Gj13yPa883B8ZtHbldQng1RkFfyCqsBpZbfNB6UVlZMDFQ0F1K4cUGluI5z9uvyH2bXRzTC8m6GrbJelbLbCKeEz9Ojf1bai+QMmSGV0cWLQ9/gdkpY9ar0oBgbdCwhD/r6/fuD+hYZh2Nr5GdAjXi6TQT3D/218oADf75S4Wi2QWMRanNlOc5nD2Xt9dYYZ0GvYbGYdhcLryvOCWyUmF2zKGGZ98VAfGDAGQ19vyijqrVj+ZcyHAjNXjGIrh0+X3i/4YfNTImq+enGWsBHg6ThAuP9MSYMf9kDTxYPFJInRgPOLSzd5PJ4BVe/Jvs015+KyDflNVcbjcWKBRkMuU3XLmnutw6Ca8jDVRQJXGaWUcHjYA7A8cKOWIgIJ0gEDsAViOdQMzxgIHWfsVGCiINQhJf1psHE24G2DvYTN1zt+Lp2jy6K/+5vscMwxUtmorDNbn4LnYEZXwsczf/VsI98W+pDXhX+ASxnPThnwBwFNGIUVhqCfxj5d5yvqY6/t9uw24yGdGDmfxRiEaeksQf9tj9kTJJjN+SHfINlY2N92wHSjhuBPSFdH5T9/Lai327BR3DGFwXYK4UKR8znkH9cI+hvf+PYsDBrjih9O1/QDAB7vQPrDfBhS0RcntNjnEpEtYQon9kvVMVvgNikPHX5IWkS8P3TIOs2c0nMucNojWLm0E/jnkYJLNGvF6xC1Y7iSJHhkMDvMcuMRxNJtHUpsGkYFHOs76MTDk30HGzQxTV/gAWitMyPCIeUGTwWc485kRVh6vkeBdomYPbuYrxF+kF8kx8bZBW+7dPXLb930tW65E4ZsvsGHn+dNMYYhVpQfVOnRhzRueWyedDxsVH3UNx63TA5PtPZf6DnA/qZRGL+4idMmTJuqn+YYo0A66GGOyv7wiHiLjqnuneN51gf7xfw1nEfyjL9cIr06XhvPBgAAAAB/BdYgmdIpm/iUAxwTxKO1dXjWqtEohpM9Mc2bXk9PBAo6Vmy2olPadbdCYeRczyiZf6l9btV+GQvImWjX2ME5+8qREM9DbqCu3H79AM/u/4zW7qzcRaiqn1Zz15Hzwcj/FpqMFwDbg1XQ8E9qbvLcVnMjIRebf35qUa+w1P9llwnfTdj2AL/78ga1WkOVrSurOgCk/f5SNAK96wXBLRdQNlGvthT8tfH884MGfNVnrxIOR9HWq3JTXqVNtICqtocvdTpsMWsNfqtDvdYUaM0QrD+wjV0z4IxQKY19FbUMioPAB6vbTZGbU3yRt/rliv5+zDn/n28b2n9qhXTH6O7jKNQDvIwcjdC70Cqo/Bza/Kn8xHeECljyI7nk7be61IrlnspSaU1cu9Dx9ze3wluGjD9/FE/F6PeV1rah3rKLa3oGVu4HZiGZ54RQ4HmQRoB85ovfxIGxMEYO/sMPRU0SOLTqotZd3KZLkgEOyQKH5IBD8oBDUqAwIgAOEji06qLWB4wTmqYWIs3pgtIhzBRI+sqRGBwEeieau7BhYLsSi7BYUQl09O26j1pgWFC1E7Jt5gEGOKhNW3xYRZzEvtiwItIMpgmT7CcKNZ3gHAWEY3ocgfg69sV8l/XE/1z2xXNXJA5zTkwKXOkEdfanLMC1GPw7oYP4MSMUtwFBQB7HbkPc/Bf0p/qdBt5LrEdI53lmzNalLaVg9UASnfrm8OB6kzC4aiDv7umrfA+6ot7zPUCepbOINN6Mf9rxgFq2uy+gSs2uhSJKe8+ZM1qIzVNWSc+1XL9gUSiVUsN4AMEkc2PXRX/qy/EIfX3elIOgGZVTwGz/Rl+nF9M8E4j8Tna98GNHnORdbEstbnSi0o6OyHKUE1PvcF+aeSpKZCMDdJ/6aJtkFlf6Ohaf9mQp6+4Thm2q48Hqb6FNipTOy+LU1iUOTkwxhjVS9owIXFvHAwIfulyDcA9BeX6YFD4bhKTgseSn/ezcFcrXR2dzXYNFEtDTgsOf1Ob2RY4N5UJQqpsAjkJgsaNy/sy+yUIAyr6LdgpBVAkmMKab1hq6EeEh7R4njdcHoj0HdkAYBmxh3pgS9STx+M7qV9qwCSKdePtj8YBJ7Xczi10XwCW8xa7wfawt9IQOutdXECrRxREyTLUhAvEOqNxYicBp4QYJ/q8X/hPGoDXoWTsatZkK8wzrBK6KGvaHGdLlVpDyJ4baoYolaak+DOGAfyYwfPoWOi6SMEHtpAw7KeHlhlrAgt7ytqOD214VvGWF4TCq4577ZCne+kvXsKwXzP5FT0Q/bh1vSmmKxj2MWDrISdDz2zocmiiQSerjltqP3CdlNcPlo2MFiBWjsyWKyAY5d2Qit0KzSRyQyGErDv9urcxbHWO7IOv/pcWuN/MRN5DIu5Uh/91xb9xlHY0+l38l65VXbhKRI5mDrH27LtmzKIN645rUeyHqSXNiljDpB0M/d5nAtKOtSqn0YpytbhExK9lCQ9iIgOm8E+VxKSB+fZiYAGkzsnZefY0QKXY9o2b9nds7njkAZ/WzPx1x2iV6ZOwZkRV3JKDXM5E9PtMral6o6u0N4HctkUHQiSzWNSizndJLOd4z8Bv6Nr+VyFzb42qrG+dvMLedbrn/DgPILTCoDx++U4XcHDqIt4HDn7dKuIVzeMd3nAR79B1dvhgfoWu8/PPBu+i4cVB6aI5c67AmcLw5hy9f+jmKtg6Ubgf7EUChRwJLBZr85Yb5cR5xbqaNoRJ/cWRKLRgcxU0lirV0vp2wG57oJYmbXqfbtZXutIte7Qe2GKwQUkXzR7KMprFbJm9ipprSucv9RA898U5/53CaqbNszhzyTAPFc+xs/5z44H12abXpDD1FFJYTpi20tlLVDvbTE24/UxJ1C0zQVTXZEU/QXDtFTvZPcv19cp1QlKXOMupmDpnCNFBM5djZfkpHPnintuv3Gq21bAxd8vhqwiMeedTMdWl/kRBy7/SPsRf6G7sxt4kfDuM5jPkb16H5X4NF76jTldst/7NXbPTE04lfTF6OtoJhB2Zc9tRFwmFK/x5TzNnTBePFA5KYZsyNcnRAHnCEUvw5nOjxv8y2iOG5l5QZQVawwc5LapU7MPvmvL9lTrFGKZxS3I6Y6CkR3Il0prv5stSlF51ZCuszczPimmbp5uT5iHJzSXNWLVyawMeE3xV71alot5eKY9sSyeeQfYNWFU3/KGsVasBK1nXUgAUw/tsZcrwibp7T+PhKJOV2gWuWvex8xfEaaatK5pyYEnyaJJZgwLHtLEkYbdYFmwJ+xzyKvJvALGSpju/JBbtkZJL+/n5bepq9iRv3tAQ2lmup+A2nfnNXzSfhpfJ0eyA1X5EDWRm0OngK/3y65Ke1o3/SjIfFj+PZzy6yKkYqJTNUpSOagJyiai2bD4jkVY1r4wGp1GbPLjFJQrFm+Kc51QaGTv+AsYfHZ1IeOjgXhbGfKNYYf6EPnj6/4lTk056Fx18Y2Cy4/qz/3NJD56yVJ9MAlUlG3yu8hRRWYHStgvPiZDnVDC91etsYVi4tpba6l82Iwb+jlWRLWsdkRV6q/GHvNbEol9QeYdE5Xh7NNpy6BviOU46ptNE+aFMcbTBk8kZZjRu1EhajyooqrbvuB2j4hbHKjBG6NrIXQfo0Kw/X1FSx4GV836ocGOB4KC9HMbD3iZjJVYXOFQlpUaIYrzeDqOb4Uw1+tKpHKv1B+3WKb7YHUdvN4OC9ZQWyU0o7dBpMFNZgi+wzt6mqExp2oDQjFpstQDzlmE4v4Gd2tq2Zgxf50idZNk2ZRX2I3VK4KVMdHtA4zCdL36tiOVtwlW6cdqkiTsDiitWkQhnHGdESTWeyV+EHQE2utZivrATwUGMu+tRu0uiq9vGYmV6o3PEaTXqfHlvRiysy/qGmGaZLiy4A0B89cCvsisup9aDWEjBioAPi5yE2Gdx2j+qy7p6gi6dyzVh0UN4wWGTVE/C8437qi2Q172+2EcoX3ja1WXCfhuiOteWmu3ExaaZk52W5jPUV6G5nEfxUL0OCDSh15UUjX3eT7AWKwxxSLaR5nnz1Yl28Azu+vPyHN4f79mKdD6sGxTwjbs58LzGvO1mk+myjIGBJSHvL36AHyiaCfN23bP98Agrs0epX/go1Tp8k6nVfUzaMKAh4IhXHPDf2iFNJBOW6ZUjQXiM7xscG9svwS/kLVFocxtl1o+2NTqSkufBXJd/6lqOWTD+GrG9ejYiq2UadSd+GFjskQMIwlfT1SxSzZj60ZBMdDawX3E55QS2aX+B4lo2mtf/SIXf8Zh4hBXSA2vC/VpHEdFuzf4QvaLxaZvYoA136tPSwO9tap2EIfsiyMdeCz6Mr646qrAVC2RU3zAwePdicFTETFBjP41H9NQ7M2xzrOkotcF52qLceMU5Rdbgb4HzM4RS6wSSPSBxN+B+5d0bnQeLfsohXQpYLkxw93Z/Z/Az7HFuiWynhQPlF7WZnRJs0pMSJNCOMuuwDxYKbf5M+fBW8t5qaOV84sl/FBJ7CfxNftoWzh6ZSN5bQW4+/mIO+cv9S401HQpSDy+mt5mSocbGSj15tAI5AnUkH9S4+2M8OpU8FsgGHEWK9vAesVcVhSAvylnxOFPcUcqCojOfmPUyskPPiv/42U9e9XZDT0kM2mTPGEJEzhOgBMNSw26SpP4vH7DLI5KFsbgzul6Kjih9oLkJyzU5SQSjjHQ4N927FW55FU6P5/dvkUBnpV4iY4k2/L+4PMzVlv29zQ2wuC02wrso7u79q8TP2uJbLJwkzm3sCbC+fjkv8vSdzxWy86kIMrFBXuQGRlsVo8wna9JFpi0jVjzLIq2/0mW8OUbXJNbdg/LUpmrXiH+3Fxmt2b55eeZjkB7t7qT4x9fx4ROZ9xnzjT1CuTYrW2E2ATizK7026K4FU0BIXYtU7BqYo+6j1T+AQKH49NrncDuB0JNKwIwZjd4VrKk7YJrNEyolaQyDdUjFYKLqg2LV5kMshLqfoIne6VUAQGWVXGBb0qeuhT7bEYKII01GO4jvLRaCbIWd711+B72CTMe5NN2WTSCOILnjJ6pqwiwfxK2rDGeX2siOKPTZJdXMRbI9Bbl+tpbcvVzWx3/KMcCcv5kt2xhng/hlf9RUbw48nbCKGt9dHGn3ReEkprVUTTsvV01G7Oj1ZtRPdqaztAtGV8orSAFqALsfj9TbNnIbnepqcyaNe7oUGGU+aLfK/Hi4/X9/JseROucZsk38Vl79RXUCIVcDfYJurKkk1TE/glURNnrfylYwrhlLH6spvWOmCNS75QSEAeHUqt2DkXctypnXTJ63nbC2MqHjU+nMaLzfbMhDwnIjcdQVe5zcvmyIewfZp25y91GdD+azlkfxLOR7NEUeku5/o+XfxRruslK3bkOvgxtSB/eT1wI/Gk++/qGuimC56aZ+4mnvUZZgl444dTbCBamfdZpGZJlVtBV9daMFJ+RFCkMa5w9Dh5IBlk7q+vWxN1xe70YwKhOcwjClR5kEOnPCTvJGo96c0geDsIwAawqk80F/CxFMLxKKJKt+gp2/V/CeKqYfMurhqEr8xpE2Uw262psJO4njUzjXNXy21e42rqWrLhGKclFFFp4sK5GsU6/K4X1+VSt5IEhSMdCnNkRyqGSOcNGikOOrJRyOX7Zua5T6uvacWrNm1RVqxFL3BACB4IPBCsqQT6lTSHtZx668rnwM2RYvCZd0SZMYBvwTzsdRj7GMFNN0XUYaA8B3GxsWCDRK95fG4bbcAeZaSEd6w6nip9bKMOHSiFoy32bhZ1r2/O+UGcEbNML80vVkUJtWkzHL25d5py48Pa6iFKKSwHWsr0OxCJU4y7WCG4U3MQHcju+JgEARmFrQGhqc6MNfS6INX17OUy0XKgGjkefaUEsRkYtIw2OaUPJDHYZpNdmYDymgg6fpcdoqb4GYDnPA8mX3iouFJy8uwMX6RBt3SnSybrstse604Drv/S3/nhRDrCd6Q9987jNt1WUV9Pq5UVNVTNY1Euykv31z/FBjuhy27H3mt6bvs3+Rddm3qLgMN16W3pn0id6i/Jb0Oyy+3j4S70cuvMReci884yX51lPFPWqDR4C1lPsTU3+nXjju55/83Ra70pyyH1bMpXnTurBb6T2md3ZI0xYHpMu8iZw5Vl+BvDU78+9kqjbm49L1LX/prxNh5WiZ9dutfUdN8pXr4FjLEF5Ub+FpTVHHk/fx8sN5RDwK+O9KPadD+mUuIaOGtGM8/GXGBH+Ui0ni976H3cLR1fP5SHIJvFtoWnQpNZ0jkIbZOyCPi6smRrfFnR+EEJnfoc0lIEPI4jwpM2WcOcW04jWG9BHvOfCyNp5bUyhvvuaQtRDeN7Tl5j/hMeL0xOoyrdYvF1EVTJg97XNkveqAz25ek4EFanHm2ViDsnDFmJCUt9FEzfjtOuuitxUbE++ypk7GwY0pajofvQYKYNGfNrWM609uzXli+oVN//ab8G8Um5QkxAkUdkikFVVt6GzClQEfibrCUQj2R96GANkiKW4g5jFPjdnL+49y4oV46ulcLCz8mwMCFCl1tBBWFp9hruB9KpKKNr60B484Qk1aXQCoLIbjiBNiEOHGD/UmYgPiqCuAS5uXeDiFhglIrRcBbjpq2O5SEiYvX0o/XOC9ndBgJE6QrDIaDXlfgteVvaDyo0EP18ZsqxIiK9yVh1t5lLswyZEFvc8j+K13++rhINCLaIemnh0tPK4PhTQfL3vowVZLbeUPETuz0sbyKYVOoeYQpMcGirHZ3o8heEts4isFXdfnqLlCmpJ/7G1GQtxDBn4Yy+frd8vL1NJiNtP5ek+CaWgu3jLYkojzIwK52omwCzlxisMJOJF7iPX23dOmeQYqYrfv+PL/8bgyr1l4974XQ7tBBQ5FRJX3M6YjvSCeXJXFwkA7LE6DzAFF334lUGi8PNYojhBBCCKGB5tZBEtOAbI4vyPuPDjFLcbls33VtP4G2TP/Psvdc5XKwpNf1mwvwq21SwbZ5X6fabAJprxuD29NRPNUWGHxN2XYW7KD7eNf2ErRx8RyZN2/tkv2fq8qTjScoh4V3cPsZPSUQb3d9HOoMzlTWTpUs2GOTCxYLp4qvfL1sFKd8hhrd7Cz37gL32ffIWqqBvpo4qTJIL24ljfx//LTnhbWBBw/ZuWuop7cNrJ/wjiuasiRcrtTD5ct7Pu7uJArmxVd/b5FDGrvVONo+UwRn3raXPR90SiwWxkNmhDOwP7SRYsh9f9AgG4wFgXkjUaQ2c0lQdgJAoBtiqCmAFUogaxPcClYTk4KP4+Ofwa5zkLjQffu9rn0WCkpI4CvAkiqIKPkTI1gzbNkIThjw9PiiY8YDC+KAzn1qZBcyZ9Heh9UuzjAgL5LOurb6v60zeEDp+AbBNuSYHe2bekT88gcSDYSRcyjf4xzZLgGgVZP3Lz8zgIVdfE5VHJNkuJ9fGA5FZh8v13/OnwN3FdB5nQ90B/BOf+Fy8vULlFlAmzrwuwFdmWIz9hof6r8yxrClUGsDKwXbh9K6tgjNwzqDqgSxCtsc8NgukL6+01olna8YRLrY6buefU0f9vFU8J38DA8i8SbpNq7lw9Xabn8fa/nhqaeGBdXMoeD6OGz8iheidIrYYwH1H4h2CfJDzHbu5wxVpYdSaq9QYOzaiwkEuhh8yHgekNrRZleDC5GOIABV+U96yIRFIzOnkkIukT41CAoT0ksI28AeXOTdy/HaEJjJWh/w4CdgZmYLA4WBu3swaGdw2uUENVIwdYKPFWLjRUCeCHweneF2hPWz0cl8YSKicr1BUZbr4bge2IEPLh8WRxaFSHUDlBYa5wOHALyxIB2bQcUxFfQ8o8228ink5PlE8DdbrNHJ0aL5nizc4vM27mQWUHvrvNiK4TS9HKDDVyZKVMTjhFK0AhojViNzWvvrYWrG1Cgi/HhAvm0dmb9Opkd8TFF57Nck9fupHsJ3eGnOTiZ+tu+DeLm4qqScs+NePAQrsTLne2pkOtTvD2Me6OHJVtHS/WpFfi+eSPtj6J92lYdcfnkXM1MhtwIk3i1KPlg5+pLuoeHB9q802IuhhWqXTgoOJA9ODB48Mjy4flvAHj2rDdX3vOshkjHifHvLpv6rL3iwxf4e9+DnYzD98ysFjaxcmfXlDiy+/OjctYzk7pVStzI6oySWo685BE3FEOsoFtR7GpEOxpQGvhmRk8LIUyQhM/nqHCU5lFEn0DljOIjKGiayCAqufdK4NLSDlCXHKJPaha/GambKwBED7fwvduo3eIPzaC+36u5qzOXEL0pZOG9QlTvfENQhVyWzzibj+dUL8kEmOGLXZJRWk5hzxfbUzauTN+Kq8WFxpWrJ+ciMd7lrWDzzUsdWVE99wYJCWu/QFmFqiRiov8dtwsZH4iC6ixxHJpQIom8SSGtSjBtLv0ftsZD1cfXakDXmlV529e55TWAsMlKiIpVPZe2FcMiBbT34mKkBq3Z26k56rR1hPZwytTdeR8ImHO131wQ4qFVOT9rjrvXwbm8PZ6buitcaF1PCOnj0FGH7+2uTcPTXy91lK+R3fALZd6+JMAlOdLReqNylkOmMSfBxouzl1xth/7swtijdWDz08l/xLoeKRF0tZgVfrY8zBkoX3gaGBJdGfZNW2R1F9dFyrWw1CKSGmRPMUF2reUi40Xmb2GGR10e6Jx+PcVSvYtlo0n7mdxdsygrr7XRWPnAyRSFMe/AgbFVQrXU9oKqDi6uC5qBKiYCpKAfpvsj2gKXiClXSdlqt9hAWZRkzt46Mhtq3VqA4mctQr1YVrRPIfFCDSoGu6GvdDz86DyVbdbzjoWHjl584uG+zSSsK9UvkZ5+inFambZVgFsJ0XC9EmiqZ5kBI9Q1yytakIS9o9jbPKae8l9nRRnkv1myxaAG/oeenOGkTJ3K819khlxXeRgzVcsHQxGdtindS6TALImTLTqT9xo+195h9oR3iR2jWazTsFdTdcBcW9OpPyXB4LDtNvOEd5cMqXA6G1ELWXifMORzVUueiSZpOYCrSdhon5OPeDpZMm2qGOfmOJCIgXDRz1sSrtUOtHSakMzwVpExfdOdhjnD36+rFjs4rzmEZnRLlNH1gODBd6LDs3fdeamhVhl+rSMI9VuxPeUviO6D2JO1iQAd7qJFZSauvkzSDnNNZw9VGJHsMMRXG+S784mS3/UFHE8vE/qBHLtOxfsmUyKLUgbutm180YbzNdpMmp65G6RPTBZ06Q/PLEGPKNS/EuPxcDCWJITDBq19kZICmE50aJjE5dk+4ZELkyJolc3RKi1rLQLllYrBIhJL+5Y+v3Y3jLUucHJVCSmTi3mgVfGYFibEA7STirrayTy7EYJIIs1FOYpn76pb3IPu5dUkgwPt1yP91fcJ8ES4esui0euhKrxhbvd7M3dp/vsJ9frHkdq+T23WKTWguPGTcedMvhMx6ZfmDFGq13jrUlvEv9s//wyAunaEtpXLI/KKKGc9UJS1raixJkyy5fq6zR9W8RJ6zus4W1UWXnZXb8Y019gobVHSKxiVPPWG9Tk9fL/lkVneB1A4X2kR/82TwNgXpjSoxBYzcMeWFK25wIG8o05rIvYKinluEvm6qc1d4LzDIdbWS22/f1+KdlSx7vKXpZKrsZpYrKMW5jcg2y1ywioOXGPJzosk/lzGNNto2eimjXTLlh0aytTGCNgxIvWFOB5d+bIsRuBQnf6iGoLg0ZJmfT/HHzNEQ0DSjpWINs/Qprgm96RfOnVmzZaIkzK4YCOLxAr05CJ4d1CQBXnVwk3m1eUkOz2jpl9loWNpTq6h+t6nIomFhMyZW6s6eorhRf12hmuod671L6c+w+Pc1p779gBy8qjye6gyOioWeoOfXp+HtEDgdSaC/DSyBbsA/xaS2Zh4W89YF4AEUuA5zv1bA4YQaCwu4FTK7CRGQlWgklltsw8S9AQenNqnGVZtIgHh1UWLThZvNFFpJYpqwH7Jm37K/xGzD2Wkc6hpj4V15C1rhprX1gzDI43X7IyLVWj7CtROhsC75drUuGWRJmOOOwnKtan8t/tYX75VJz2OjuIL+ltRb4JQwUT3/8exPyOkNuo8HM2uz/qND1NquXsrMrZKY6rjjfmhS0bs3GEzmIoVcb2waxwINxCsu53BDi61VXROC0gNGKotU1wNhrxoOyfYeqYxMVstgTxKNPC+MtMJ9HmUp6xdrXeE67Y3XIS6epl9M/SvU52u93Ll1nsHhVmJaSaazDtkC2iWrUr/USV/eXvyY7Th9kctOkIep60dgx7Ybxr199d/75wYornZOIeC9R+5P1rOhCcOlZLfT8I/vYkSlH76dL8dZJm0ju99N+PeSUvtiT3eZNdv0ym9+NIZ/nI5/62H6LeiejNJsqwnsoLXarEo2ROZqdbJgzfaizWBH/iDqrMKLNOzob9QHnz0tR1fcrzJpQcttoLgQNbITtxSvAAhdpRzgXE7ERMHPXap4Pth5WaVMr8t3/wOKO2pSQLziCeydO4foyU/UkvzbkNvHxMhNQuP+/X0bim9UnZl7BVe7UDx45Bs94wTwdo+gkstxR2O93A9vxRZnUKi9bcvTh06a2HZR57E+ubTl2EYPNgM5RSqRzLcO6bdQRKst0ycGHY5CuVRuZ4OZmhezEGzQsWzFgAqx9iSFK1Y6zwemxHFbU7AYdlxSJbySLJDuUez4RrJqt31qBHtWchDMBjdjD5JOb8CeUbgM2HQ9+6KnFznHQyEQeshN24tlX2qq84LL2kJYL3/xscnr0orhUYxC/c6ZM8UPDAf+gPfLFRNXgAWblz+xR0jxAcFWY2nNvTvxeNp7/sy5PAYLhJplIUxwmBUr2xrEpFMOndPbHmycIgKNb1scBzj5iVsqYmxiE+GXQ3DI/6lT3J94dZsR27wZc8N1w+5TxqhMXTd6rdfQx+F6FWY6hO6CVUQLLAm9QOSO696Y9qAmG8nca+fYnNhWwzAZr9pmhYhy1ZYM/WBL+OIN1+7DOS7COVlom7RdDQYja51sA7cPBGTLuboi2VlsHSgMAB56qQxME84Tdb48lYtUYNrLATZaxY6yHs7D6j7PtHivhdC49yoLIXmUT/X4HBcsbkwTNa7tcuvp/kOLF/9+HJA9VV5zIx0/d/B214qvWQkxKQQXEjD0orqrcuoEDV3+v/kyABbWq0IXyUy34mhmsd2GQRvWGUER4QrW+2U3rNOnNWrX5LyTuyBsq/IPwwyNBHGQZWJs0tyKJe5xrx8drpU1YwkiFqUlW0/XVogc3lSBIO9LhZ3SfwFkAPXndn5Bn4WVj96YjWW0NdV4kZUS6ywOHsMCVyip+sAnjIrIPWJQlLd4GZQq330ub2bZO58q2dJ9hhItddQnaHFEsKSWnKhfAxzNL07gBLTjPjnQEvdcKZTCYIkOioZ+oQnQTXRRE870nWTA3dblQJO2ApYCd3cO9V69VsLcAzgA8SFSw8mB4c3buAy6fFQ5aoJWonO+48JCTfwaNQh5FQhPZq+S4axEwskhLIYzuiEJ1I3KLcAlB4NCP3kFk49M9dtqghGdGTRozkEZjC3I6jdwxtw2bYns4GQixvylG3f+pTFFykqTV9ARlg7ix/C7frUd9yEzQVtbLXSU2EP/6e1rq3BnGCDv/Jggj8xV4VD4h6hBXNyY1e3wJZFT2G1lKvup0snv0YHicq1kh5O7BhZ1h5I5nji0jFsnlZ1cx6kY2Hxsq46i5r6qhC5b6J95q4yXOKZJstNQrFiyKPjq/Pnj7+EdwxsN+3w1cw4KdYIHRcOsl4vLLnGjV164bVHvwteOyf808bEbr7knh/3xe+v0ViPi0ZPcE3H0pF3acb2Sq9lZgFYbfUA+MTAfYNptKLu7N/fVdYMkc/WUyxru1X9b0ihzTdn4+9lZNhUXk2zKx9PfeLolHnu3szZdGEwswJB7y79lzW/jgxyEN6UhBk2cZCvYwExGx5AGjb1ryH9LdVi3TGwWWWWH5Z+L4+I1OT8rZK95UcWR/bk3t1yzZ6b32ODyV4DolqSrH4kUtu+Mz2ep7fzFWUmTA/X82TnP3+XhqnC2yKvBc3GoJjxzpVTScKqhE/HMO8ivmbFZ0TJw05zwqlc3XurleMy9GjgY082lCijlLd4XPGNIYCyQMf3LlvqM3vQLj5L4P6kG967vN2WUOlObbsjZriRM5aVvrGn2mQdaaGREb/6vc3/h13MoVx0IaxZIoRE1+HQXFYls1bR7GqU5y3OuM14JCFPnde3zPyYg8eyJL5EIqdHB8fqQRmOR2ahWt1KXX+6sXB8SFcfhVgy/P1cMwzGo7epFRxddqYxqLdvvxPtrVCWyx03v7PtzsFdB4POYWPuMGN4fQ7HAyLmMmEA3zI06sF3pqFcvzpX0CE+12kGeqrLrupUlOFyPOhT5JpxAHwwEmuqTQ01oN6FQMp5vv5w+XJPqITUNv4ksDYaZWCRFbXRmt46tRczXF+Ac1SQCT+CmVqvp1DeWeD79QWDhHjpJ/sAegIwVzx6OEPiVmQsBrV4DKVG3zXNNijLD0+vqjTZ5GNg7mU08DINOlacKO+tqQjFtDxEamwQFEoRgVXFIwOoOg9tap9cEyyPfQ38UfIKGoFyqNPosnmyQgMPofvCcBDtLWdigkQT4gZgMQT11fG0TocDazuGdZ9svtmGtBr6jQgBmO//I1gYIo2NbF61/IgjhT9dbH3i42sOlOu/4mXrcuK57Az+1q8pQvtWBoaEqXz9fW52Z1s39f0VTNwEejeuog8S83fd1d+qnP0p2vMa2v7ApB3QtfBc34ls/x47Zgp8PwFn84/DUP5vg21ERHp3P8ClQWXRQoDWcUr8+sC6tMRTn1wTygWX5IRauNm30HlD5icpVJvBr6pbaga/oK2KG2h06+6Z407UACc/z2C34CAApBooc00a0yxei56urCfGXxYBCw6vEJ+hvEO2OPGzj2HMbIYgdC7NtHivjFtR24fMfA6wiSMB8K4bgZa3gInYzYOFmGtyEXXgBRnFfV5QDXLcT2A0nwhKaQxSHOAiezDrtH+VNlggJHQmhIh50dIMuoWs3PdKYkmeKXBBX4/Sm+OMkbpRIJihqe6xdbNpcDf9s5SVuP1MmoIT2mzC/vrGVXWg8PpmjJ5B1RVeN5QzzQfkVaeuQGL0EIfCD1ODxUiNPtLnN4GxWEml7mzfaMwvbLQpoOD4ffD6KfG/WZklOmWQBGIuY6nL/Uqk/f/l7bAieFZr2f48VC7P82GEzv7DIt7u2X9eQk8uMPKttD9fy04+L+/EsTUSVWf1NehC65xC0Non1OAphn+mG6WknP6idLbAVNihjzKpqdOIISWBGshndkYeFRkH8Qxi0lxregSjvR66gzaMlNbWQUU+ibLUGZFGFhb1Ec2Afdh166BaJBg5aLyvxxczn0YlfbKnt2HxDYNPDp3IkfgcxA5/3mqcqJe7smNKeZUC7Xs2x63syrfRtdo6T/Ign7XR71KfJdf6LWiLJZr9Y613OKn4jE67oimCIEgJ6n6w7RBVYjOkjxVaPPfUB6amzwb+vy27nRGfK383uks2OfqwUXdqb5mdm2xN/RE719/cyajLhetRoYiW8JBBG1G38MgULiYbfqRSNwPXmxtnbi7wA1+zrQX9wGYL7pOEpKnf5VJeevazjg1fWXW8wgcQi5KGaHjhU46cof6cQdBIqVL5FTbSV9VlvTU5LFcmh6wblLePQh9+TxXPfMXDsBHA1akskW1qA6cNEV4wuCua3lbUIefoJmJrOjEzkNbi8VDQKOgLAtMWRlX/AqL13DJFMEO6P7DKd0vFrLNEAsuVbWISCiwz59olJAoePnrlDSM0uIcQvlSfi9MW/ooS+wdhJQ5NjcrkTl9nSWKHx9n9zcjRFLB0fxg+azebPm9K8Ql+FIQhRYAlnh31fO+V/M1YCzH3Iw60HjJPytSoX+5wLG//7FLbKQDIurATUJ+/oXrwwHYQPgp+y4lTkd7ghT3AnWzryhhLfbyrxPSzDSwCu3RdBjGYhv971RpEP9Jk85xfLjGiNuXeev/wsXsFNqKImQXrj2qhD9TUpCtoWZLYndxdBZ9NE0uGzVsuXYmPbYa2qhcM+5vs444naXws3h8MWgpEB8YuvRmenNkYNERinuwX/dX+Pk5tJXoatzQYzCLdOVkFGhfbE5XFQjae0PloSuw3VustU7xpN33hKkUR15aS6zudP81CfGKn+2H9zZNYmhOJ+sVpDuBbBLqYL5B12FGBm5sA0L9i0pxQzAL74Zs0NxniSEJhUN2emh5RfXcCvirPr7I8yndAuAHk+vdmBDuX3NFX5Kz7zgV1HWCSwyRqzNn9q3ruFkBefkDupYoA8E4tEsPTSjOf1Rv40IFq1aUA+b2HXfZEJ1kDE4JASy0sxtob1L1R9qorO+R7ktf1TWR+q9GK6yEGCnnUynPyUIE5eNHpmEq/990Sj9dF/uSXP14oLZogRqWTywhd6MZapkAVHG5bH9hMNkWx4mocTzuHowlNBY4SyNaBOjQF67NUrXh3jZaxTQ7pcYC+wLPqhz58KaqKOjUk2XjvWaL2Q0p9XwIinqWe0ckiyOt0HvYY3cGihynWG2pzpPSwhgA51aPc0Vv9/XW2BH9fKMLuq6mMB1VgZYCT3+yVKyITznxq+ijWAr+ulwYSTo4AacRuE1l3eJvx7WUH1usZgoR949FAny7VTbmKwGsQathS52ZK5D7HCbeV2yydagH8eocIQGYuXxRXQVuxGErGZfyY4dXvp0qqojs0Nx4u6anH36o9OyFaz6wb/7wOHk5o2d4lcWUQfY9qzM6c8nQrpBiIahE4vWD6hzVWeolaIDiXU8XTB3c+2RdiRC09sBjoDLjMW+rVSjyk/mxg9GRr9x9/7WjsT71b7ZjDL0Hw+hZj2pa1qNAO/967gbe0re6MRujIhwtERQUH5kw85pEMSbJE6VwO5qd+jNXZU2Jke7paQzeRzDEtIDxC2SwdYBIdEWIyiBrp1CKkERw21vtiEQghlnVgRRotE3jVw9UPINfMXXPe+R2Hhi9nUwZ0UfSjxhWaxN9qh2yNa753P+QxpROUbedyNWUZY/diBBYpc5/0bccmUx8i40M70gjgyyQHgPWHNgZ3Xvg7H9ePKpoGmjQ7tEw0eifeeIqJbCSYUw+1HaRv13g/7nuKRjsHek+9Od2SPdLHCuyBtfOt5kyAQiiY3toMP6BFHVxVh5D15LYNx6pti+Z03DH/dKTmj0sCNpMloepxZ34+L/Y/u/FyT4bCeDRPXKM5aRRip4IJcCbQrP+iAHtVx6+F1Ojst5dAQMmnjCFtyzVkDvnwxo+cOzmpi92I2eXQgQt7scnV7RAS0Q+6tr9flW1qTjkbpZA9zFKmnFO0eWzgczFTVhnnJDpW1xdg29wYppVy20K042KjNeolE09AaytmVExE2Pt5bU9QBWb5dBL7HYjwQLhWsBiGnC6bYq1bZM2Vzh4sygMnWGmXMOmulgjAF1FfMSWM6IgBR1G6ar6bmp9mtyUdQZpVCE6AhZ34B89aJ/nlO8M0aroWi/1lGazQLxiYtbloTCtFuMm4NUSi8cLHv8rbvcY0DhKdOfoS2t6uiGW49F96AtRQNENhwT/D5nfHEIJM+Blawj+0wrsqQCKadXFpJp2Sz/WqnrO58HADWhQlxZEYn5s9EAEhQF/EtyoYEm8ocukvxS6+NzjKBlRtgz4OdszttyJxbQiB/nyuTR4Ndy2UJE1yrUga1hoViECiqyeDDMRgFpDTzq5XMx+q12cBLMuRgCtUFGW/0Ij06MvDh0XANzjnULCbqVZ8uex+7JIt/rf8iUNBr7aJQn0dWWkvJhvuk1ZNWpM3kMHK/NNlQbANdTIWNnYDCvt5EX3n1bJVwDYpFqds/vxXm5Lmdp7cddLCcemLZz8w8R7HOAJ03KRuNFnICg+HCoTj9BuLx4NhyR4kmNCoFEQpIgCBZ7nJn+lvwypKNIsj0dhasIL8+X9Btei64VL8+X+rOH/ans1Ljw1gZs/B3HTZjXQqpbrr3U/c8y1uRr8sUtdQ6R+4zm/i01dR1/ktLUuEhrCjAL/iQMwcRh9I/zk5zbgrbcSkvE6dQs9jiXqAmlS5UJGmgJ5SHF6YiguRTiy6iFae1fOSAFVdUd90ISdgb07qB8AcvZ96UNsXlKsxkGVrvfq2vFfQL9XyV9c9m0yaplXXeOHVy3zmFlHblD85+JmaqueskktBEIcD7idpASUVF7DO9CfAeikmzG59DkNjK/DL9/ScrMGk6yd3Ch9FTEYhrm5XDcxA372sl/fr9yxAdZIiV3sr0cpfx6GM+Rgpohz80wC+PuTkDHQBCx9PHZFy0FZW0wFhdTsHI/TDWWwk8PmtrcjWVs+U0GI4E3Ox25LlqKYX40wDRYkAAW/OfX/4NvLZqFILrE3niimPP70pimmAKKSOiKP09EI8IoiP3+WhUlHuEnFFl829gzty5MKX6zDm0eLhLdz63iWfRqCpwZUnwPku0JCd8ziaC6ZfgVKb/KBbd1JokkjocMLf/TJLOuwB3+fpStTdn+S/UM/+mAitfmkoJCca85N/9k5DzQJaN/j9dUnAxEto7mK9VdR4Nnc5NyI3KpReq2hC5h6rokJGkyJeI6XX7VUPeojHkKwJv3pLQOu86MID2IIyk2MuplGGZdE6ljk830XdVnwiM63R2EfLjbL1THmK4pUihNofmRxRk/RZ+esZb5IqLOe5+mkVJXKD+n+aLk4/gsCpVl4nTGR5MjtVH13uDEUd2Tu73yDOIOjL9ecZWp8fIEnRADf8DXcgw6GMtLlyGqFglrfbN/KgnpdfqzroUp0RqyTz1QZFAi1zMPt2hJN2tRVJzj11OHVLzCOo+ADzgfozK3knv8jUyZV8LsekP1pAOj4sArxzKTMVbJj7/s89YeDzUENQv5AeflSTZy88rkKuQ8j4KsdGEsseOJLSo18F54qw98YzI1Rxvzmdc1rqayLVGQa3ZGdPzWix5k7UJhn/ndaEUIX6m7KnrQkXWb6ok33nzxCXkmO+xJ12C2VoiWXer06S0f4tCh0ePxbVXPfom11iSHxHTp4dxNjnUajzNFeEnHokOWx7bTDBIYbhQVX3sLq3wEqlVpblhvtBgC9wdFocapUDj1z3/M3roH5cp0TGq/jb7/nT13gbPQea1jdoB5qCt2rfmzeXC//zie4Voej7bC0F9DEOJK+JAO+EaxxkVAM8CNTE96Y/O4whtg6+QPLjpJ1zN7LUfZ59gJBYyuymIExcfBsc+x/vjBQN98HIenSI3mGJxLfvefVebvn1LN9h+vk5oxvOJPCY/C7T2IDjUWQE/MVCTvKuFYFuiZxTTGWf2QeIO3eOtFOcXER2XXpQTPhrWbhika+qZVEI0TvwlB+vz+RH2EqOEcGDWiK8fUM8dY4SCnqRnU+M5fUBW+LskI+KVDpo7V4tLL9WgEsmo1vPi91g82CyZLoP9nq23zvHXfnu+Kb9f8oHp7mZEvXaXTbSotoXaVA1k3df1iRhl3rnK2xqLmLOrxtvcarJPuCxXRlgDjIVFLXtbHo84IRyD0l4s7uqLNX4EroXe7dIxDZa8mabReuMFoZP+NucgmxqQ95cqRucF91uvLrF/GkY8iN6LDgZqnUr90yUoOIBm//sqJe1EpAl7HguyMNEqi695TsR5C01jjxN7hzQOOYEH+dqo05Q55JXCnNsJAo4msg8BECL4T/vfVrd3nKlX6NQSGB6ReJ12zceCcSWECb5EpQTOY8+TN18qIbIoAcFUEHbB6R5DIvznfbI8cdq/u0VvQdd8+KU/buIeaiTMTYzkzGGPzlt9ulYz7bvwVZ8m+uk8lSeKhL1I6fbvIqrvxQcY35EFGf5VP9Ib340ArgNLlP8RY/gGUPrBm96N6w8DdHp4H7mT7T3ZVueacSbhMqAOJl+hati+UIkm4UOBOgCj1phFlIRLIy8FOZhgPpOokrBFYDADLAn/Bo3EqeChZEKAHwloOz92bvqj7Oeg38492OGBd6zzjSLtYeiDDQmEFA+YcMLeRtDk0SHhEELGv483NJJI0OEl/CKVNfZ/9enqidLXN2IHPc/sX7A3yis6WvvHi1Z5NArQeQQJ6YVOSgnDeRyXEqquXsyUADNHDE4Jrz+U1J++4Clh0YZ/6Jl436H8aSDNftU7Kn9cGzQGLI+K7On/DRvxCvEaJZOgT8LexNYgLr/xTgIK2xXe7EO07/VvZo/OUJvgp/6dl0yTAI/ZxYJ9P6dpIz/qH9bc0e1h/LUZKMF3SC7v4dQIjmkSrEpArxarYHJMu2I1YfeG93BKA1dZ4K4GHqWJZ2lmAM3pMe2S14XVXzGb8BjiRZzSwlNCeMsbX3njV9q4wrv57CDjhPHIJKGKZe2EDMcJKZQ6UshTirkS5NGEJQo7m5w0+yZoxcpdE7d3hKIb5yaw0fyFY6wr7ib8vh3oFL4m0AErxBvYOHb0Nvgo4XQ3DS824D3JWNwhaoLSp0E1QevVuJoQuBQlzB4fZu1NrPx7B+S7LlCoPOi8WIO7+48tGh8j8vKG4X7g8DVewF8XQN8m+uxd2tS+byOm7Ig4DGix++IaUuCT3kExyzK1eJdg+FLO7VJ4P0qNHzHvvkcPWEtIH+W2ltCylO1kdyoy5/q/LCBNUF/294VsUOKuLxLpBARyCTlFR4J8DTzZJdSe/hhvGql94szavClaV+I6emMlr7M3V+q6emulr3vJatKc8lB7xvJzSRGELB7cSPCrF5F5VxqUQXmXIXAbmndtqAAUgeRbm+rraRQOBBa8niG5RAA/bbsAJFg5VNbXVJq6pYqos6ewVQwPkn/88HURyPmkoPM/KfT0J2VBc2IEIZcyoEwpSygslQP7BYDIBg/WBVpFVFWwbtGyNGtgKYAGZsApQAZYAqoAFgP9PUpd7/lAIou0NEXGb0eG+HoO7XwU/4CyU8dO0/umtBBZhst/FZlyzjsTyfXdK6XcM0YyYuty2x/3rvTZK+MrNDt7RyKfUv4+AMpr8pxlvgWlNhN/ggLZL1n39z3LfwHvdxfS/dW8NBxPoRCvtrJIHxnYjVlcOSOU2dDSVrYmaxiuV9qSJcuMq+1E2mH9+xKV1uDvZTZmx/vaYs/BQ95YV3DgMQ9fwMo+18q+mGetRRf+tT0P+xWHDTt/LISIMmVAsddvGuWirviCAvsCPzOJ9gOdyFONqx9w2VB/n+Bnej3oSaO9he2ZszCDws0utmfVpmmH/8R4leeEjvnaAf3fZlK6d54OE7eDax15c7KcGdwhNp0bUEjlDrK82aGPOd1h2zVDmUo6uDtYi+PXiUU+yjvorH7UwRb6mUga7SkEH6Z7hxItevvs8L7DeUGvPMcZAB7EJi9uGQkebsizOrNPh4QHjc9arl5OiA0PoXB6jrZHkHiQ9e1xrlnQ4qF2s+gsw8ZDQk9wenYjih8POkhu2p2IgeRBWl7iNowoDzNN4bLqGEHLgzX28clvZIx5MLO0l5yYax6csh9sOs+g8yBzvcvbx+jzcM7dXTrxIAw9yJkcSRfp6MHSoVZ3F8hLD5bAPaAWJqiH5l+nkhHqQWSqB/lmY8rDlPXwb/FGfDR3PRTZ18n5gMQeomp7rM1s9jDru+eX2nb7sPagfWR3mndlfHuQgu3rLAPdgwWczEHafMR7UOeC1O3VAvoe/njzrPXDwAeJfcerF7nwwQHf47X5gUnxYTtZxFUXseODHOlh8sanyQcvvSUPpXoZ+PLhv3Q8Opc4H+IAk7s8j0Ef1JMhNl+GqPThr0pwt8LUBxcq3jp7zuD6kLD/jaJcgyj7IAfT0c4x3D6cAyseUlwG2n1YL/BG5N8Hi1inubtiIn6wyB7MqSAjP5yNIbdLcoLmh64YlRZ8oywY/WDhteaxFylg/aDpuAb7Zuqj9oPqEm8w0APC94Mj8xmX6GQcf4jrUScHHqA/6FgLw2kZ2R/+q4XgfYX4hynmwsBXQax/6ILh5kgtXBH0H+RxixjL6P8Q+N27RVgA4s+pt8+BA4jI2SQUxgWIxjOfbXq4GqEAAkIL6PVTcYcs97qc7TJfVT0/N4tUWVOnSF2eXb1oTvM24LvFujPBdpwvN/nWsOmEASgG6NI6QpovfB4QZeg3k2h/k6qUBKV5JmZ0YSPuzGzRv6I1sN6bfIm1Ybp+5ZH84HqT49l35126zzt9xYhRy4mvfHvVKxDfcvDGwpftTEyce6kFMA88dOZpzYlVuXoPdm6945Hom+HwOJyHZR1Zy3DLGfTtzsfiRXud0WCt8kWXtak8PhzIdH9DNubKlKvPW1BewtIVA68i0Mn48RfHJOdinuryos+WVBOUisG4Fk2pwuAVBTo52u7G7i/yZtvL8zuIW7xkkflKPkmsRkYsEfiLDYzf4qJTu/wsoPmW0qLNjq9vsjyy1Ri/F+gE9Fgj3S9FwmBFPJheCZ6sjGepZ2UUQj7xdYHjHNKpbgvTRt2xjNOvPMZht0vHao7L2hgWsixzN7MNzTuM7mr3a/0ypeLRiNX0Jy+Ron0WpYAuxks/N4H4GFzZikUNa1lMrjWirXxJlItQA1YpdI95oHmXwRPUIubPeznoBFcjx2DVRrFLT8n9PtSlIiO3KV/d4islFzdPvZfphbVn6zkknwubMDbqtf7dMG0YdO3BqFPqYcMzZHpNes3tdomlL3Dg+/Lec7TEseXm9ZOL+e726gxsiqOrBv5cjtt1d+jIjMyphTV5veDCkIzL9ZfVnZlbPfIZzqafcbHb3uqxDfqhtlD7o57kErVEbW6B4CrZk5s603TMdpPTzujJbndryj2fZANJZea8P3GKpklZWC4zFPOX+7gjk9Op3wfpcjle0ahx2rDd3BLvwCRbY8MOjOUnTZlN7jlssdZLP4T7KSyHRG6t/SBWudbq23y6DDzSvDg8N639GjCmJlSHxrqJ1ZGxxaTU0ccGGRpzbFoGqHKwW0VQvcK1IbV909wdu6aKPv3+HdE56mA8vHqF+QaxD09qc6WzNZzR9ts24Y3vTcuGDV/74mpgcakuX+t71rmyU1tZvoI9Ss3FsWQWqrzJ5mZpN6NMY1qT7/kHDf0/sJq5bqdo2gFd8f4fPyZ9qpM/VftxvApUG1sxpFaPFeIe9mRrs9jZIM52hPbkZdhCPNRoD74CHaldDRyCQ3BRzCE9A64OPGLmLcnZooKMYnpEDhqAzd+oBqljdBOjnr7Di8FP37PFmNk9gbCSEyY5YPYe22khRoerWhSbFRDStBW8yea2UX142AdTfThqEYqPqwWOnjbEgkePerGw6laN0EkFJRto7xZCCLLKwgQEWWUhMGiAVrRB20xLDS3f47ugf3gs8qM4ArR1uKuZtYNuz9w7obtkXjrSHZlHJ3Zn5tlJ3TXz2sldW7K2VgRABzO84X9vbOU9qPtPk38oi9gPY3hN9WjXyMEbpSvtiqpYpCvUYu3mowbeaI+rd7/chK6TY2GxvVd5XLVMMTW715uL1X/VXn2S+OD6TaeXWrx0ZlVS6cmXe0q6FviccNiVez06pxvWqGnGyXBVlDUO+2GMJvrvJbH9O5txjrnpvr8CNhk6QTnav5LmPHAiwqjrH4vMeJDoX+mPmkMtBKdkyEA58HaHGQ4+Lv5UayD1QvoKTYhETepmRHAy/Uly+3g+NZrBfELMZ5h4mOt6h2yLepu44YiONWMC69r5wciX7qRG+lHNmfAL1pavOFhaiXjNSkt62XfrXXF0oBqzXi+e9DNbtpzyazkimLJerZLBTbamdVivOdFlsRzNaru5Cnu2TYl/RTrp7CU7v7UTNkWRa0NH9fPRErkUqAqp9OG3WU6ReKyUilFsb9tO158YwTjG9zEU0MwFqexqgzxxoLf3mfFKFKeWwAaPY0gOa29rIr5zY7o8xGJOrFvni1BOWK1FvRu1MEuFG9M2bIEnFrzvu4TjF8fSq9qIW71f34bFqhjsqOJjcRts5xPFNivG6fMTZCFnwlbFIPhabWUM24gY2gANCt4C1KBVsBnjVSPCb/v7dRBc1B2CvFk2vtVBH45AqkPo4QPt+njFVMoQFFweug4fRDFJDo1e3/3lIjGrRT0r+heWFrTZ3mkd/cKo573Tvq5Cs+t5SFBkE6rR9Ui5UQkVL9G3QRfhcsQ6VPKti+ZvDVBkuJ7fxeiuXCt6Nar+1ks2yEuff35S+ElUZq0FtQx9XmvqZ1Gmtwx8RzvwAb2Ai14qIFzAQGXXJbhm/FkfyoZdrH2Z36aQuF+AgMIs2sD4Aq7tUgjMTrAWAQ3mpJpDkokR6GoE0ZiX7BdEao6dzsEMotlLgy1HOoGZ8YsR22H0F269sivMSTWLqAiTYEbLJVOYnUJWQcBM+11uz+Mk7SG1U5CuoTGsZqVAVhtiTyJd0GxU02BIF1EnVlra9Khz6WixguaYmg4cY+6QiuEZTKVS/X2EcVY6HDz3XvrShSFHasSuxOYm9REtx74iNeNfYeGWouoOpJVVKgEzGIul2nqMHVoqhpdh+JUaUD8nxT2GKkf4gYHTeynvkRqePcJfjehYOyTXpY+ICJXRkoI0Yo2y6OVBWIaRfspfDEM20k8u/Tbve5r3Ne3q1ddFM4/e1qXwcz4iCJNhHMYxk1jEYRIyiakapvXLsILDTLhJzJkwCZnDigwj0EUYZGEUg2SVlQulL4Hk65M3y91rNLbr7RQIOG+yu8vASwIaAS7HYU5QZ2r1V4TraJQsumgW0QJetKDOXucmtI2Kw8CraLLgeEjW0XrCcfWzND9uGHiS9u4NrASitEO9n/mrAaMTzbEJhxlwC4yzYY3gA7oD3l9XjA5IUFzgxJA30e1ZhxfthCDIEVCHcqndRbuoYMeJop8cGZOTplvZxBUfYGvzPleo5aU8G/iovnqFbNCurp68zk7vHuwmlj1YYB4agSSh03X9tBiROhFg8PnU/+5xai0t9wQ1nUyvgMKQ9QnM5ejYzuDNy2wJkvAVyyaLS/RkQ+0mkNEtzbwO2I6u+dzZNZ9bYmJwhoBHJ8e7C+rHsyhgE1qPvzTENoLQjY106REr66fIJiIcXTCnLgg92WJNy/TLvYL6M1pzwVmvNjlrGtCRNEo31QzrNoAYKYN9GyAYbXG5Z/13VDB/N4BLSrSgZPw+0T4s2TGHL3yCZB9tmMWB5bsOaghhSOaYaeATJVaWFmplKIL4cfYSZUv1Sw3pRfj/asCbGkFBWJLgzc2YrzDHgyQLF30Px/keWICTD1UjP/s02yJMFFCCWJXpEqbOfH368WZrQ4/bW3Z5oB/vIGb/fNx4v2n4wPHhEOEumo3PJB+/+dhGPzk5VzL6D0zUXXc9saXorwfue+Kc0sc2HiLU9bDxiT1Og1HAjZ/ESy2G4+dItoVdvATCB45ff7HacPupdT0XXDoyEZYzz5SMwvNXeDJA8sM1r/34eINupz8aw1EX6Cms2RA+8o1lHgrCz1Kn8W3lbzm3GsizexmTbhlerE02OiJ67RulF3G84wZ68anUxkvIho3pmNnqcfyK30oEIoUpE03ksm2lDc/C43D8Z0yOr42v/nFpiPieeqwRbTOJvm/J0HWFfisPruAcznYGBs/uJL7m969t2NbSyvj8epP3q96IfBrn9O1yXNIpl7e/EbPL/5JzxMStkRLRqORDeCagCVelYZOnSQZXjDt5+3iD2z0d3Dv6efYhuXwcvPF0qMPduNXsPBGSlXdDz2+nBXSrX1a2eCdzmMfSLGyMBu50EKGOzWnhurPmHJuCnkntc8X6tM6JbO1iy/1+/J1ZaSmXXPjBl3zY3zxGiq38ziXkb3sDxNfm2YXcX+5cfG7VsvPOFvA0RcZ7k4fLB47sGll9Plh+7Pj//51LwNuoYz6JPRxj+mPv+YT9W5qOpN7czNEeppvjD8dv5R3ulE+fb064adN5jpnHh2OSKdXsWdDND97fzsBrz92EbPuZoTFEN5ZW+p5ofn3b9ScJERGMiuzeQF1L/8h/6IVqdHQJBrBjZ8Rt1/yEGaXPFvmZNeIBUfgnvIMZjpPfgW9Q7eQD44s/A9synV2dSFUcnVLPtTsuhWPzj75ktM31Z5k2/S/4tPiKwbEOCUUVx26+49ePsH06jMuRDh7kLzh5eRDe95nMGLIQjT6vHez+TKsE9JtcwGh3f0ctpvxzm8sP2tzRnMcuv3uLtGN4vO2zmkcy6yZGMy9XEnMWntW8TNlbPDluPEX/XQAyTycSeF2akgVaIuPMWyoOzLhFGGWeu6BMkrGzy2e/k3ifffY6QLxMxzh/pWTkprSc1mlfoTeseWWTyg+wjvXhpF4ndzKL6R8I8YEPjh+Qgg5WcofO8M77G6fMOpnqpnN7PCMofhsyZyLIQof8VzccO7Lq+fC43UW/MX1RmbRz2hv6+Sv3K+JsFSarF8rl/LedKrkyU4kk6IzWkH+S4F3Y8zj/mU6BM8Kl5iTjIKf/Gi3zfBZjriS8TmxT4v4Iu73OlRS5V4mrP2ZDbQ6H6B2VXpEWalB/Sm2SrFZu+AyhFoSRbGboHKNlZBeP5iWcxwK4gDuNfMX7uih/gjeAOEhpER3aD++U142sJR513JMgddatl6m5fcqFudPY2bdMrIM141jnZLVapgyCGAferPb3dpHwx1cE6fC+iTZLdmsu5s/rTm7qtD1Nd1JJCLraC7DYukHoE2+sO2mrk2acrVq7+tkey8q3wj94G6hFTFCHf6746ZyE4LUJW4LC01VgunijrDhY493tJLOTk+mMVjUAeEZ7IoizSJ9OSo2wa+r/rTtWJm55uidwHLd2wVJOtv1eIzTDi2P9WUR0ar0n1uhbsd+hUebmLt3dwge+wJTgQixx7ndPgwG/bsWJklnJ0yEIKxuzfbCGGMOpCOqP4mOuS0EWuA6dzZkddgMdVDTsmxPuhJ1UWzLJLPxDQl8w7ry2U9RVJNUw7Cygc+z30innqwqbAS4yL42gho4vHGwX/9+HcTbc+yN5xazj6WuqLSH7BXfCSg8iWs9ve0f1uCdpy4WX/LavQzPWpgKIw7rdAb7pealp/qJ39JsPDOSJ+kNrisfpOz7SLIDgN3AxiVh4Kk1aYVHoOPDeYVstlg5eGvOP4M2/1YPOkuqUSTBNRzFiY/cm+Yw1seNUIkFUcbffCnzgBH2fNbxTVeA+NZaxN6gOOp9SfIag2esC+ycM/FryfoVuk6+QyKJ+yXixwRoPXbZmSZUanpR+ELWqdDGsGReCxmd+1yBv96Ty6pwtmECseiElSwZTSbuk2ETVayqaL/MBeZ/0c/jjcVW0TkyhqoudnrV5L6a9ro/aSRPAtcOlRzuv7QD1RR+5mR05mx1tH47DB1qm+dY/YCxevIfl6IuA53qIREC96cZf16lUY4eax01QSnsjSGmJtb9kb8zHrCqLcAzK2JnFMM3194lN5XGbLzzVzsyuZSrp7mIZUbqJ4qYut8yoF7Eof6fRMFYH/BT6mFdPVl16DZha8M/DZO6I9TWd6Krh0JAP7pA0VSiJgI9toaFTSlsjOVNRAtbO/dRHrwvYltV9B9vQoRFRLN4MvFYCdBp7CjFkwy+R2tfx0MKiy1I/RML1iMRDXRJ6Ft2mUPCHqDWp8s9ycTYQRCw2R0klpXyu+Fd/r7BSe8dpoXhqS7CQ7WjgsIOelaFKX7lLP/oL54SvGfeNWg6C6vc5GfsfmJzHw/79IR4e/H1p7aUFPx7EjOcs8Upb5xUlyWHD/V6/NBmZkdWcvrMeuE7FB4Tiq7NbxxKo02fVlmZP3+qdb1/ChazjJ2Z63kDur4/K/rTlJYJpFZg0Yo+57mL501J26711XY5Kw4/8Y2wGXYFsX0l3bEnKutDnPrrEYEY9y3azWNyaVr1l/BXmTL9sGVgscSYUQTHwyINFeiZH7b4dLOaVP+71T4OMrKzQqbHd/gJbBQ64LESHcNnDfC08ktGKnvK0lqrdppOQdtU7GQ0P5cwQ+elmLFb/SLSHdXe4LEk/exGR4Flflh0jzksHv8jM01sULUDj+zyR9rj7gH/V0sNFr0mlDcis5p6ErNsakIshgDtpJA+vo2KEuO1mFuqsuPpxkVbyLqZeQrh/N4LqlixwmFRLo+L5JnSDenOIEL7xaD6tEQhjasYZ1FwycwFENBO8ddbUGaS3nStun7+EB48mrATY+/G42jCskPJ18399rJ/96ufsV6Av+rbvGx+mJ65/NtGlHypovoybtkvkjV590E6KsX/mXlc+nj7LZimblp7V8GpSNs0O0M8OgK51w25P1zA7nT32vG++QBXRu4K6uilu3xR1/PXzzFNdV2fcHYadxisAxfb0E2xbDo/wf/ytM/HuD2s+r9MX48h1PccdjfrJePo9Z4JX3r3uYL3STXdhuQwn3f1ICOken/ebNF/2BADDSxEAqtAdyttEoArNfxsLX1h3tIjoOEwRBBZshsewRR0AIC41ApR4lI0C5BfsYNomw/A0RwIAVQKpLDyX3IeI7MfOUzzSpPaOPab6DKX7yBc117FQQd2ubCN69bUGeHBE8V+wCO5IHoqRYWTOXXb3dpwWfQslCske+GJkcmGG3N0rcs7iACfUjJCT8EszZX/MDGnKAWRXMoHdNUR2dAQKBNwdOQjeswCPD3f6ayPaz2lK3G/muyXKlRjJy8Hu5zPkjhtvBAcHP4oBEpvGiqxMfFFGvEhMItLmwhHBQYa9VHJMWlRfFmSNwKRiQuqQczdF3Mx/Tfn4SlFnVqOprbWepp5ZVdPBEyEu09nU0HVMEDFSg8r2Pb6qjrg02NHhp5hJcooB2kWJAq/XK9SI/4mWD8VQZqCkiAaJ0zLKDKdH8twp5mmGX44cMztlPlBn9O4s3sRqkwNPi4yGg0QbMR0AqEAxJUm41Dgvb8XjkQ+L9qqZU+NcF5b3Eax6h6ijs/ZB6voViFYJqtWSyUA/jpF4GRhKBuFv4ON66CPgtDMihr3iIE6OdCZfd7yaA/gBVO7GlANZAi+Rzb4pPWiZAwNmmMtoYUEveUXXx5pz2aqp252nBCStLAVWTF2Aa4KoFJLSwo2ESIa+gVxVZTeE1D7Rx+gc3+DlVIWXfd1gY3uUun9EvabOklNDW+sMGw23GUJm4GMp/OCVU4SbjeobKLSSPmff1Le6rovM4jEiH5Nxu9REMut/EvQXGMBHhf3uVOz0sVJdhyErMML64DNNqsqqqTbrMCuO12GOLTCParcpFizAEmsCgvfsMsz7DDYsxw4/YF9u2KYZ7LEpttir3MfG8PDYUSyvw4ktcOagzuJeyQ/cdoW8Gt7p7tX7oHswfPymT7p5Ds+hhhetX/joTPkO+0Z4ze27vgNHBDtYXKcEDzfMOaqEmVIV9UygI6+gucGM4iFvuses2lA2fAJhHXrMoI8xUXOiaTUBDkJPP8KMcAs+hYoYIdMRMyCimDhT9ZFNdpefNy6wS4jjLdqcOmp//xOFnbGIuUjzUUhfTJRERaK9SwIyHDD2/H2Cd6DlQ/X1M+tE9bOlsO1UoQaygWgu2Z5Pqpoq22cai28BWxlX2ATDYRtLPOfSPrXyDeCYPfAJynHqemmVG3z0fARjKjlyWMxiPyzMTqfJ0IxorzLl4uvIJWWygQmikkhYtyzCJswP3I3O42kDCgy9Dja1gr5V5hqYJ5lrGGn7ve+IBR3nh/hFJzjFPLNvFAw6jgFHcgw5Ok69HB3HkGvINeTWwh2m9Z0tuEMHydNmmJQrQ66WSziyKIlKtMciNG+EiGB6CQGKRBeVgmmLVkmqG71AiIEx7bZaxmeRIK5SV8rLe7rH7BWEtk+gYetRLBhz2oRPu0jOhDsN5z0lbrAqWuPA3cYqRGLZ7zT9b5ChN0zYZNu/1RatsmhgKdk54SR7vbWmycrVDZQStAIYyQNBVD4kZYUb1UCeuf2YkezN0Q4tFnRc3+NI8LAIHXfvOpHeIGyD0NABq+7g7ezmsZ7KqlZFLBCZgCwICN4z5UadQCcaiFI0FHVivaJONJQMJUOpFuldaUHUSQaSlAwlnVSvrJMN5XplnVyLfNBq5C/RGmRFBG4gPz3PW7s57EnSIghTBc9T2KBorHglHKv94BjZDqI9HKI+6X9XbqwJlXiUG+9aja9Bg08aNmgyqxEIqsJsY8GYpgXNOLHXb4/7UnpO1rx/13SxFmaIH7S8l5hmVisQRKWRlAGrC3n2OmzTTW5PwUFPt09ula33oDtOP1kqWtX5dF3O081K3RaIujuDe/LR8Kp7qPdJ92T4/OCLYmL4po63ariF2EHenqm2VVu1yj5YGzNeGR0Eqn+d3KlJ3fCgc5YEqf7dhAVRlrQXcJpnRIjBfsS79ZIV31t8EldUgQ8Dg5TSfYm1dRo6w8AwMfQkwyyWvYCCib2J1H64qzbywM5FltjGiWgN6wejfBt61FhUPCjn+zQ7MRAX/Q7MNj2D6qJNuYAVy7PJc7MXqSEhiB6EWA85kbdwhE0UB6PUHmlFewPk7ByQNUFQFWI1VvvBNG3Yoah6TROTJrGjXHtvwgn6CpxFoIE9vlJ+ivbpQJkgqpy6+v60dzY4Ot1xq04anBk5IGJp06pzDc77wcemV/XD3rGJfvLw756xG6UQlUZSxa25ZBviLj4vYGGeLVJXYMh5qVXLWvDUlx8yet41JqDJAZS7pMB617qNZi/Q+HqSd6tNq963wtvUbHh4TAFb5JPBSfXC9ecTfbGbflN0k13uVrI/eGcGmuZs3Q3Zy6vd0lClnox99LEslE+6N9lnEFScGxvdmzreUnL6nelm3xvUEqzaU/Rz4CpVtkoPXGWhTeE7cFX9HL9yxb71i5qHbXY+IxCXAWg9KYkx54vOSPvkgCAqF0l5YHVQEKEwFJvbH2Y3iBA076Ai8xVWDdY7tNFAJ7RpNdyG8N6EA8Nec1LYam414vJI2efMyIYKW1HWHDXoy/VvrSxTxQWz1HFejmMuDIR3GnPb2N+GIGc//suDDo95WBcvG8SHNg1fPCa5VaVSuztprpiGF8MVszJxlaohybnJqsTnLeUYgzvsHXH9lKSFvDajI6aLOylDRfnOoSnlfWNf7iIrMrHo5CTvPgEx+SN/RhGI7yvdZTJv8f+BBLBV4qzdhUW84QD+PGZqnKDwofls2rMGyNI4JopmO3Bdcqyx0kzQDYQT+PtsDNyPuRLZB3dB1BS+4gha55rSmncnmY1ZTu52XI2pBNyc7FAuRA6p9APMEn8D3f2+C+0N+CWS/oVCL0uVWMTMYkbbDjkx+heKvGSuV1fFeduENvwV0+1jwCY9gsnl617Ybj8muvFhk7FogzbJD/Ld3bBN+OnDjQ31waLQsDlb0XJBZf+IQ7/RfEk89G7XIMD1BnAN7EVehjf8gzl1WLcWVQfLyoL9C0W7Gga3YmYuVm+eLPMS0xM+QXp8S6bymES/MnMW3YZlJO+aM1ew6InGBFxOiDYkPOf0JyF/0WWx7ZYTjmW0+Bs1S9VG1YKbvl4JVTSBvaJCS7TORoP5jyJmUUeIkhbjAm5yov+fzZYhUXrYbARbYVMW5/LGNfqBA1X5nVEYbULCEQojgzy24KJv8Gm0ck88buKin2CnjFgqUi7acTkE8wAfznEa7OsT9AmGDRCfXpa60hyRWigdpu+k+AqfZLvVrzNWQukgLzn/yPL2b1sew2OLqnwYSkYQLReCp9w7fTPiFk9mUU/Gl0B7wXWswdIFMV8yVukjTpgcuSRuyBjVWR+vrMChx4zbn8F4ZjdK7Z/GRXcRtbultEHltYqcOmedJ4x+4uMsKax9JRmDqCEOzg48paDy+f3TPrxqqVbX11xMhXV11uVGSr8bvgcyP+iKLJbVZeemYP54wCvgTk7PTZJxawXUpw4l00rgD797/10d5u1oderk/1ZJ/6CNd+o806uJtwPdUrqtrRZ+5CVghlmwTkfGeWlKnp2gZW1OK7vw9Mdu1Znbh/JyHg3vv8GccRstrvb239hzfztJf+cf2bYis43r8K2Eguf93cd8estn/dHJP4EO1P2tl95vltWX8Z6dzFm0COBtECBL+QKMi5PqJ/dlZZ57SaE1L0b/FkLLhOrPwP/NBWQYuy0Rski29oriuPC+al+aRGpbKZr277Lxlclk3ysnTP89yeJk2CsAkf7YJPxd1WQks692aP29vzFGbklC5JPBqB7zDBGtuU2SSDrQXpQVBW54JALYZULqcHZ1kkBwojV3ks5zikJ3Ath1U9/LW+kVdroPff1geyM5imIElooYOWdFaR6DZUw4n0X4LrvzHrq594Zo7Nf5CVpdOoFPpzwn0onxGPRgcOoc7l7Ojr34P/+4mP6lwpuTYXGnAI4/L8rmUAHxPHrsTdcyhg51kQBxodW6SIe6QOG7ANzExG/XnH/EqYQhVJohEoFDQMCHQGsPcx1ths5j+2sWAkwygQmjO6fESDW5mV+s1t5uCZhxXnU9xcWvjkEzRXAqDWzRNGBk7qeFwOjJ2RhLxoxeTuwsostuI58oK2kioU81572RQS6+igRnPwXtn4PON5+OhHkiIUyNJkQaLgQCPUywXWE87L1ku6YQ8l7V5gSoAJEFhYFToYgbPlsbj21cnbtZLh52rd3UQkxBhMBQQX9OVUGSx1kJD05eAXrXIpXvj5VJkjALVeg1R5XAHgOHflTIXay8+JxpM5GFGZOMYUd0e4ZUCsySYvGZUtg+W7Oiq/+4B99xJAkEhkRrzo2kA1lRFDgfAthmYrnSpl+0TS6kVGQI/FQAcqoqojzWaoBwAivYG7k8nT8OxOj430HpRrFvHILUqPWmsUByo87BG+/yrlFXYoV0DkHovPWms0Bi552Dd97ldrf+zITPd68RexF8DoC4OtvN1eGAV+8a/eoc7l/X1zKLWOnRzIqVgYSQLLuSh2gZDwzZuqvwEC4LsGkR9FzQUl4MXYcSQrvhTt42OHhty1142xCh3fZUPwXolg9Lwa0zs3Ng4VjAzysbuCO0Q4yco8b6lfxzCSrYVSGsDHPfjYnC5s80hMWkvYnD7hj2xMUt9/fqUtq4A/1D1kiMDhDAbBxh1Bjf9tjuWNgFgPkLLV9e/1iVm2b99y+NMcwZGEk6fwqPVjDt6J/52x/TzT+2O8T4dq/du8BfxoyvckgPCS8KzXSNf69YNXMEjFz1jptME73+FezrwaLCJPdeoWNQEI3Sd+yoc9eS5qAY3CR/yYE6JCZfeFtkIHsx4c4QRAyzKHKauI5/l5N1R53XUCB39zI3AmyTnXKHLpEicop/J1YRcUleEB0UVAnyV8LMn1botVP09RSjU7GNkK2O6uZJo7junY+2+5t54cCTCTNUGuHWWZ+0giKCuM5dkI0eYxghE3vpBezrx6JiHAnDqfx0cWHty2aJ6R3v2f1V+Z/am8M828uL6WdKVVjLI8hbmxtLlLU/aCxAVMwj2EvvPaD1YwDm6K+E7+dSY3yoyT0/EyuyS2grPV1Nn7lthAI1bFIBIU6h651KUAF4MiOtY9Cb4fCpOA/g6+Rn97TmqGTJKy6/e9C/+SeDyIEOpv8oRIuPVIyh0wxCZr9/Ztm4Ofrz5WvORwwE6eszCv7DbqxDO9tQUjhOVHrF8Vdwp+yX+p5iH0Wpjrlt0jdYeS7ivjKjYSInsflC+uSV4p/NQfP/tUCYuL+z6j2b5AWUJsb0yEZQIWT7GtRe6x9yr5RNWlUZ4t79DqJO9oHdOXriZInPsfOiFD0btoBQCl+DrbFQLok2JdfEOwiTc1wBRJGMaAR4nKj4Ff+H891eCWNU5v+CHAMTPzT9lWoKEOWzTCMwLlVN25xHsmmqy4SvAthSDGe3Ip6GMSj6LWUR+bjD2n3cVc/idBqqopfcA+4nggBngTy9pr+yWOVXxqUAT+5B2onrtlXofdLLV1DsIP9kmahO7rae9/rmeypv2E+VJo4UGLGaxb3iAI4SY1jokJbJrdakNOQtq2mRFQee49+3VowGRk3W62o+aZnw73YEdIspeGIaPNURu+pf+6obmHBhnt47YcjkmsSq3QS7oqEt2+2m/OK03i4jXJ/GS3ukYqyR9ElGpajV7z7FapgdNmM/gBPNeq7jAmidpKnILojZe5dybocZBQCihWRuklAUPu7tBKeBQy/JLmE1HWKPBokGYbTe0dCBzM2lKICFTeHKESoldzhP4qf39N0E6xCKlZxkGO2VdRUCT0p4Em7rCjHtLBP9DyT2hQ53qUsM6Wv8Da4znbH5oCev8i73F7i4EZ7+5Q9Fiwyfs9KfeauIVqdPb/AjwsUfx8uWcqz62ABEzCEV2V23gmqHHpZZw8LPm1nCALOfkc4xGWjwzTaiJDZz3JniRR1BvNvmIZsNItkevMETUpHzjbLDel++nNnYDAKt3yrmRl/lru1T0JhTAYKHLkMl37275LlypbGpwY6koviUPmqhonEyyHDIbUmBPIJNLhjIji/U+aA6UO3/h+NS+K/DTbytd0fqyMpLG4cwzuJ4frVMV0p86zjuv/owz2PugbjM//8V5Ev+KHp2b9gpVPnXMeD2m8dZIgAGAS/hudBgvL0SBnm2QHf1vq1YUJ1KtoWpycu00LA9lWzL41nW8yv0tl/6X008954mmzmNzuadhoedjW5Gkf05xV4AWFGp5BQlW87Id9GgMSVu9YiQ/LPVTfQxWhyd03YpcGzl/H6t8YlgPNmMfBM9J7vUeXYfR1yO+lngrPDUKXHHsqKR7yRwASVuqQ43VIzwSqxhYOraOFpBR12vD8gc1IB9lGwJojctB1uFtFMfPZnWzpN+aVFYvKYYz68k2xLPP0zi7Ms7lJty9XP7uQauwyioWkbNDHY1jxWDw6uNSL1GPpr5MCCaSBZJEixVg6LAQZozGtN4ShNtWhmyyhrkaMeQmue7EZldVtBSEA0gp2glJcb2Y8LkPbPMqGZMi7MTpsWfk1unIHXnbUc71D4bGnWNYZWvfbiCjISfRW0Z4i0cI0KDzZMK8W0x9VcIBJe172aZ87x+Fd1XyfTDSlOR/9AjXYkOYuq9qS0lwXIdBUW+xIwiQWIysFu45SKKMpRMmmZEjsZcW5LsRanxKIsGKK3kTo5pqIWeDijQ+PMmdcunMXsySeBbPxTyLrWDAW4aOE+b3YE9JmOaAOiEZWd8/viZgRFcQSjQxnfhgfv3BhtXUZt+bUTm4h6tyZBFkiLu8rXd+CjrUOGNRoKCcE4Xp9al5ICd/qkYR387wbokp5cvIQY8wZEesQcyHPO4hvFz1fJ3/XdVyJhkI5nN8qR1qCCUoHXz+kEBnPiAL7bs8LJWGDIAgbsNrToG7JRNw8wtyUIHo/FCCc/k1QpGgioogyCWhFCMSxAWDdPtgVMMEF+1+ObJqRlVSKy6fj8CFGDczMGsNRH2LgHKPhjlnC76eLsD+rIgL/fXzCsRXV2O/krPfz173euxaKNXd5FfDeNIIcQjYFLWtnxVq+hskuz5j4nD9fjAgUck+qcc/NBwQPC8OAS4Fs+g6tkLWjQIsaVIjpKCYKthYlNR4E4bIfPDW1WrwxhfK3UXdbO7tcaW5z7PffVZ3MoemVcLDcLmtTZAda1AECtEFpOo8kxU8haB5CpNSqRj8hrhirreJG9u1eUABtcNXLVMUjowX01Nomad/Nlb4K9n4uLDmqur2SNJOaNckAaDX53FlsAVZeIeA3NntXunzMQdwuAui01xdEEttglR1toA55UCe4/Ql8UIpkom6tMMjQ6QP+jljaujbHYJVbwR79WoiyqwWzl9qjFhWHfngUrWIJOz10acfGVBYUOwkbNfjStqcXgzSfKrjDElp7MNOzJ8wVDBhD4r+a6gXLZENPKHJajEJGQA9pAa3C0ZoWSnPMWYpBRg6aZcGHklM4tAhpioIGMV3bvdH5Z0UtFRJoP9USWDP23EOVLXyLSTqCKTkBjgg8qd3p37TF29u5wZEp3Ed1HeNTeyCACoIhNcF+CDSm+vepyxuvm1HtUPsfL07FH0/30HS8i/qt3jpGyO8vV5mdI0BcL0OLosE/PXPZ6ZIHnZnCGjhFdBI64icu43NiGvO0rmQoA0iWzhMNV4hBsSnlBL3BGTSBrSJopSjwtWN1+iJzoWA0OMiYQj+K6g3KsT5ar+yx58ziCAASbIIvEdlMug2E2tVM7cnowSsti5jQGFG+zu0BRg4pqnxQ3jShTAmUbf6Y/xzpX0DUm2ZcUtNtS8krAPBAJdmCKhISZ4SnJ0UiotFVppmnzPI8GZ7gPKP2cp7qpblW/fR2kKfnRqfXwoJhVQG23dv4a/3hUQKMZtJgQ3oU6rGXY/f02oqbv50LxkolgFRX7pKMQyr1/Du6xGU11FcpFAMVbIlHfCgjLVleK5+P0xqctRFnmrAPz/3h3qNjsAze0PzbtB1V3IXuN0nWMXif/3YrPjgMPT0hxA2kdHQpabrXMCtu4Z8zBtb5YE5Ilt5x5nZItf5OKIO8L8xLokR7EFMtvMfsGxv6V7DhYQulWIfuIGoqUbzK5p54N7+wJYPNPK2NE0pRjQLt9IYJZ+96QideA6AOCB02qPkNIYVASDAWDOVpYNEQ6c4qjnkrvXXSjgvra1XeCS2f2ZmKSWKWbFwg7ZICUj5kD5g0CNVoUj1O1puxzgSO6Lu4Vs2qVb8mOICLy8HwOC8t6DmDJSetF+Lvpp8EeBbYfYy82VcZmlveniWBEawd7tXXX/PDGlANxUuZH9GbINBsm5rZ9hC6bbFLLTLMnCgf9qZN2Ab9pkr8LL9cNsCkeP3ktG0iVFnIxyTQxDyoHWbO94400Wom1u1UBi04pIjQjZl+U+y7ODqtEqUx57VcCEZVxKtYsscgQQyuyrDO9UskMbXDNPZrM9do91E/n/jxAb0IDhUd6+8q/1CPTtH/Jif8NIS+KSggN8Wphjl2T7o9UAYvP7yVgdZ4iE6zfJlpHcEVKo7HKn/7iUJJxLUY2JqrK4uRDjpQI0DZc1pb+4qX43rcuLcCF0LBJewHID+VaBR1CK+TXgJXSppc53eybEXGZ/aIVflOut1wpz7tzGsmeRJAWrSbYZa6hJNtjrChx3Ck/j42LDbZlsT7BFD6V1vRMhbS/YiApXXyZbbDBP17qiaq7aLmjnALvUmGrFZ9dX1P05azCxqdZCzesSB3M1SdCQHUyGb8Ewk5r+LhOyqBBzKwRR/BNQ3udDpQe3w/FizemhDWFT0Oo9YLhNoawgNa6HWbjXuqwyO4dsq+SQVksTNUoiEZQ8WJFnTDQrpQBgqx337abpZM+c3RSaOmWOKSbIPkyIY8wwk0JQVn1WsqPkFT17rNv0KwiLMsFk3gKibF4V2osJnmaOmdT2RowdsK3VdIBdafPQpwCJM8E5RrZXwhymjY+rtQHi9dE6gCFEM3AlZ1nyQKYtJshOoFOK6MiqtZIta1tTPBQIBGIY+ELzhQyP91rmhxiYviqeR5Cgtxm+KykUi+PZzIksyQoJy7hEN5ZT3HbORAQ5scuCf2NjhiyDtsZjbnIisLgJkM0icXiKL4lmrcIhYOjV7GZkK1qLDfwpqMKn9ngbwORtxxsU09+i5I6+Qs4m9cIacWZBo9uzSDNYRrLcXI5CH7jmLKiLOu73SzC0Y/dutov3MtCqmXuXJBbrw6uUb6lVrAX43kp2gO7w5EjdMv5ulKiNiRRMVyE99l1Oi+8dRGnFWJ3ZbVEcVMxKkVUE/5xWk4N3NKySXctgH1c16zypNcraAN2/J4mOzJT4G28nXXF9XSMSz+JO6urav66mcQSDyfuDZmQlGCsIDNZ+r0gwvBpJIuQ3MATa+rqoM91MyLLaI6qNKlZ574kkLEt3G+xFi1HdYd+EQHSMO8/D7cRkxOWbOmU5HWDXlTfvnpPqZZrQJwZYW2AD6unuHbdyiglH70JI/bl7mJ1OJQe93L+bXLQX8wP0F8/gadvGOLnyZkYxM0Z1K8nkBkH7/SLFUl/OgMVJCQcuq9jgbIn3krCjgDoLIXSAPEHWMqg5W+Qm4MycNSlZYXxZ4JSEGViG7e7DZe+deJADR+SqabUqRu6I8cLraCGVI76H+XTfvwhMsSIUzbIyso+RFO9jhgidMS4BJkWpnAQBh6d4eREo3reSDl5CrY290FD1INJq1GrXwdHeDTSzNBiOYUjBtGCoCE8KKrFO5k3YPPJCrCRcMAXFxgODX+Tg69Q9hw4iNq38GTcU+ZrP2n/x65R0UTlNztCFbm7Ok2bVNEQ808CVX9KLHqh+r4uIWeOJSJ1L58ayz0fuVmlRipgEJx8vSQCekPWmjuSLlxPdrZVoxpPY2ychl7x2VVtrbHHtBwHWp+kdkofqWoGgj9I6R1TFlWynWknz+I6BGI8ocWvHGclezARcNUpGB7NO/uXG4K9WsguRlnOf/auhIKZ/BZ0PK8hXKWcjhNnrm6ISR79H6FpLAzx1StyxtvrXcwBjTMnpbMPe00YqlIM7c080X2XhQkqK4ta1ysv/AwlnPSX6NxJVuEEOG3GO+655+fwLKSqMW9jMvNQ9gBElbm1zIwXpgSoqUQvfxu6mnwflAGD+XrQfadvAZIt8dwvYj0V/9DXIX0p25OlzaZmpacOjIoI6+fCW1MH8t2KcENGZ8x8lsWKTGWMGY4zL0IGdl9cH8NFJrupC+mChherlyWSvgcOklRNSezLbxU9xJu5FpPGnKsr+unxhORv5knI2QvBcBsVuaqVy5vY8UnIVZb8UDjfY3ZzG6jX5gnJeCoNREXfdnMClkkDMoZtuJ3tnLhbqrQrtpWS6PragNduuZJFNM1kxaarxnEhppotZH5qRz0tPaq7cWprC3eiIu/FujVW3jlUqqpgmJG+4ORSVJPm9T5Iqn/ibTyehfi2AzrG8d5HcPcCbpHi8qY0hVeE2ltgwdoYzJl89kFg1kmDuCTI8QLyqPxmZXo0nichkpQ8GJm7WoINSUbL9alPT6H05COtGm2IuR/kdGZOgrNTEewFg5KlobTyf8dMSNn/Pt2kFG6ZnNc2xWRoAH7TXlP0krtuvT+jOfNrqD2w5hjBiS/aKYldVcz4TukZzifKxGdWwJ2O6ZK1jwUF47InrQWrAruSmb8BiCcLs/T1WoJrWMU1yjA9oPDHwAWdv8859KQCdkHwTrtF6YGjbFO0gQ/cQe5DVSaTEDDTctFtDM8TJhMl5Ld5cSqBs6ExGEVggS9AEea7AiK5gONnM5HepKUVZJnal58gvtZwAzVIEtiM18GgJOq1poK5MMaHms/+yolCtaUqYmIE2pLv/WcfsLKNhRlGo27cqRjJrxuKQ+oMzKPoE0LRZHo5QhKSg1pdbSgZ3aLb2uS7oG3fnyM9mnPoodcuNY5R6rPYknpsMNML56vRGpPPQMXr5pcFpzbqtbMV459g9AKYYNb9r/5vJ41sZHO+VOO656FNblVF11upwxcTpOy5RAFGg4iibm4K8U0wX2loscTXnR9GUtwFyiU2End40GRofgaCuHXdh0bUnv1HuD9539cfwVbLKGIXJThfCdrhQ6Hr7Wih0+G4WCl13DwtucfY/xCz9YyQzu0wciV6+HiS7FlsNVcDzXu897LU14gA4bmy0KNpc4rhpFHLRXai8m/G6+Y+ClDItpAHvkuzi/1ZbNa4erDFaZvwsaiXQGyZX2lgBgcpV7mVaypg1W5h7h18hJm1XZoE4YA9GDYwGOAomVRzld2PwOJn7R9RuS3DNTlawt8W6O1oEUyfq8MlW7Hqj1g43cA7cyYZ/NnesQdBHPjb3PwzjRqKAHihVJ0Kxmg1zYF0a+Z/UCapTeyBNhxC8d6OYUOFfLVrt9u6RjwWEjDncm7EWVgzsVLKLlblVzjRBylc31yFc2nAU+WJQfYxNlXoJpCVp5Wn672V0D949LrNgMIasYDCfDsP5Tt9wz2QXga/il9gJBeBZ65RuQ8Q7fTbwylFeyScm06pIZmQPMHaGPSZfPTKRcnFDcqdQhlMBSeFGr8CQJBryYO0KWGS/4UPPlC1xMiC2ECvXL9wyOr0HDJRDIB2zk+Tb/0BT1VBC+T+YVgvZu958ynnsRcdLZ6KxbdINF6SMNxiwQCHfgIJfZnDt1slEKLVHNtTvo+hqiV+KQbMPZjZcrb1aOTUxBGJi2mRS1CJora9KbNXSpKZHTzbSgjci5hEgVuUfV4e4csIqePobpkDgaB53+7hk6N9HMCx6cCVMjkgLg1ks96rFsKdayS9Ux0fnermwpUrJLxCV2sjhqYxzpfymUXYTGKeb97+xOze9/bupAHKDk0+MAoSM7aFkeA48fd9JMvq4boinkRUP4whS9gbANEwHEyanCTpFTT/ExErTOk2bNr1b87Zmg8Y7L7XvmjvMXuKaIBb+hsVOVzLLLpMlhXdDC+5uzg0TEcMmE6n5TThZihx2W942+ZSvoI+tEFE0IHAoWf34QzcO/rr/+V6YGbWpRdAik8WcHyw/mV4K83yJiHc6xbZpAEnJ1yaPIdElnO+nftgwzVsEvw2wIDVg198tBYwS9YveDxql0uWdeZb7Nq7vvsMwGd/TiwclA1rxs5k1GyYqyx2GjKY2511y99xzFk2FsavhPjzMBpOtsS/s7Bt/eNqVGL/vw8rY6cG7hht8aFti09U9J3xP5tUHoheYX4YNP6yerAxgvCLdqg/frq2n80PeT39gZYJnp6ex1ObK3JGYqM2Z21qgD9HhXP1gHknX8zH4377H2YTh/V3hjWV0AUybJxOn5SdGY+yq1S7mKuaVI9zLtGzoatSPzkyZJ/lQBuablI4yIZS3xiC4zrdGdomRV3IM5msTyeple2ztoY2miHlHc8DYFCd7k4y5pXfgmI4tbHGb7lu+hZqq+pAZYQk6cMHbD03W3/MsMyeQDQ7L2z5MMn+gkjFMzbvKVVc3YfREoaBez5ALq/mRv/M4FiyPCxgH1OXJ9k9C/3e52ar8oT2LGxOM39FOpIzN0S3mG6hXBVhrZk+cANQBwiM4zTcdssZN3GscqIh2zrKi+4V5yODyx+pQox9kEvoP4+LRkHttSuK2WWLLCIT0M1qQOdsh4Ei22TPyrWS4Nj0GDAOMwz5Kx851JFtjpHLMqDI+kDHk94h96N42eazwuGtl/Zy7+JJznXFmxSycCupSvJTAlO+3YG3BsUY+zeI5ESQi7dUgvkQI7v29w7HH7LIhPxjcmrCzwWByArdYBjl5phdqYfS92i8ZQd91OjcmaGaa3CsDvKbs0eDwKm0Wgq+zhiT8RMqzeVDUVNLdFJJ7DHXmdtvA0k+A29OaCDP3jK5l+5sU4uSM5TWUmJHJrwMDT9Zj9e7dwk655WqV/O8hghZYnHdt/O1GyKHBVdNLY0+at0ceiH32x4zOsQX+yezA23sgUu9wpIM369OYOnSA5amjFE1N3eqIOcHaZU8C/4On0wAy/N7U/RrEz02gOfCa86zpBiqn4ELMmf0GIKH3/zOuVVttytz9kWHSPThFqU90aLOnusmZPxnJVNqpgf0gNOyBYbuFPNVOYG+2BdimX4ZurAWYZ39LFy3javYbupwZm9kfR4/WcfaDnNLFbwGtRfcbB+IeNbB0zO+f/2Zn3oIN2D4/sHkKAQzNt7k0588m/6vToHuJ+sAs33rvDqmxHGBxTxdrtm3mNZsd83JbwmPB11tDdp/SmpNIHF6lBt3npr7BxNQoe7t+x1NYI+/Ggz3Z5ap3cFYeDcdcqUdb3HfOFot8moJ77kXKKP+cyfsBvLSeR5s1YuaeHCHp1QgJLeWQiLeCi8ucjhOdG/8zh1VBRWJflhblC6qBL7RT4q/Zp6i9kDMEzC64aB6tQbKML1SsREQ9XPRp12K/syDsRStb0F8ujCMJy7XO9ItjkGW03eRkv7XtiIksemQKK5im+DtbSB7/oi/M3cedrb/MahS9tXcv9IzeoJG277EfhS32RroB1B4ON/vumPscwL/FdMX70/1AH+UkExaiknUC7jNgM210SnIfFKfaboAhMSv9R4mVxitDt3qcPweZo3Lt9AGlp2yOgs3aJekhoS+kVUjzCXnMEDQbDHWQnnBQ69Sd7juHpvRATFIn4ngyJFG5yuGrBbyRpV06jQioZnzTTD1Q7PR+TOmpqjucRPk8kc8aPycF9BRN8b7HQSJ2yUcEIZZTNL0m5w4/aVxhlK8HsxjyLM3Rebwcx9b1I2dEzLXjYcTBjzfKHU5JJ/5DZ0pV3AQpNZHU8w8REbZfPZiOpDAsNGzlIp8a40EoLWEmHZBsqJlKOMwpm7Y2aSx7/gcPiqahI5t8OMMMsINVRvkhDkid1EiMQHmrkVl5sF1IN2FSG347ZtZV/zZh0l73NmFDa93bDlYXtgqB3i/WTqpBZROkvdghmp7PdMenR8rmW2Nnw6wce5pGKsURausW5lAqsnai0UgwPu70IacNH39SECbdzjYddlpgSkD+wNKLSinpYy4ZVZvHn7SEf0UiUlMCV7JTmVA5xVGky6o5MVHpdH3Ft7v9CxOmMA0Mu0kEhdkfn1IrqT73xQufm6/+oKb+M9m7iWAuDctdxsvLk4wFjdXFwC/UT3urx/CRvlhxvrvG68T431B+AOkZ2N7XXbvHx+lV3KzZ42ljy44usrjlyKxDxPufXGoLbRK0voQf18+GmKwfpGR9MlePd4Ke6X1p421YAxomfAo2ZK6Sp+BCxcuNMxO4BIKtCcM8UrLX/861RomxJRBmoQkvrQh5fapgvNi4BQKrJbiaGMxTI0VQwZVju28YXhIBF9JMPNGT5//GyXtfZ8GWQqCFKiuTwTxtr3KWjR1hPRGA6MTzGmQJfJUhbTC0BIIcJUnPXo59eUssK/Nxxp6OgSN95T33I06DrCHkiKwwqSXt+dosNKIRhBAgL6ZUZi9zrxuBNIowAvClKalpAl79W5YKVw2BVZREa9smr99RFbNxJY5qNAGN0xDiHxr/nG83gmiYAGrcRQ3l9Ms8HzYCZ4CgxeGGR1/Qr3M+bgTRMAFUuIva7lnMtTtRHUqx/4CgKHRE3egc5qKW9RbnjRiY4xAdcYKv/E5K7ELUDYZYQ/ghkephpiRZr7L3ka9GNEwAy7jhQ91I/N/JRPWnzipGVk+Ay/TgPzCF8BoL32t8Y1wAMzHEzyNWSfhXqnEAidUSftQfmR8HnW3uHf45UGsKn59udjpGcQaaSB0HvDVlC/bW1Hig9HyVQ6CabJwb9zneKp+0DOXLDnl6BL3CZrQesLBoAlsF2mvZ0zxRzLcz6E3a+bjcj4cHAhMOGRzMuSu5vxWNuTG23007jh4EmY9e2ho0EEnyspdeJX9qBfz4kSGb8gc6KE7D9tTs0yMYf9051iqYr1db+fD2GdYGoCQhd/oQ2yRXlozBRyumu7iCpaJ50gUmil4NMfTOWlQn8k8YLh6sOvKhYoXgBEe/b8UHgMVhgpJ+RdW1C2SYg3gWXg9X0A7bvZGwF3JlT9q5GfCO+LdG755bjqFShMJRuu/uAs7zFV9WaY7N1UPUbXI3h9QdOPugRxgErErrcAE/xrT88OLb/1gdkWN26Gn0m6X4gIWIOhzN3JyPsejbWCePr9GC/JV+XwpsjgI48wjxAMV7s4Np9vJZV0JiB56SBcuFlm19O7l9FuGsGqKO9zDyJTwrHZWXjK0V9DU6G2uNIJE3Ocr30TrEXaxTj0nPFm5oATs78OzoaPBpKpfddtOdbj3fgRg5KZbzahZ+owc4Nt1p+As3uTzkqZ1F/LiQXDw6+RbFAH7wlGeG4WkY5EkUqMl77jLG46BDemSgCi/ASmEBnrS2LsudaN1P8D/IIvOMNkirmwrK8/V08MhMTQ3R2Ff19DZfgdiPZzH2sk1K0vO9DlFUFMN27QOcxU3Yid+GqHjRti37v4/2BP6Zi/3Bl/0OynsUL5z5li4DX2RQGUsxmN/HyVLcSpOk9RAdYyEriqzIRJ2sx+35svS8OFfXBg+21eBwrQ1g3aBml0V82co+fEGpQk5poLGCDNpKlMR43mFIxwo9UC4yS3fT7yREWz19yJvvXOqz0dn09x+EsUOD4mAB81r9hnJYrPtY5AC6DR2/r5OoggWlVKYTK9TXsPvZdrQD539xr/Z/7eJ4u3zFaeqzjyS23Hb+cafKfj2cxW1pvDyKeXHpPcbgqdA2dB+IFDy+455yzeJOaY00ySTZ2fTYTMsSkk67tEaa5J7uVqKYkt630AN2e3ym56a2SpluUfXmSDEi0pA4mjX9uCtuERa4yeELHQNHR7sXzkOYVFp8UQhIO3ukkj3IDs0nPntuZE7k3GaNAgJX5+XwOTr0nkMx3JZyWRyEF30zyqp+eP4QQP+EmuIR8eZQG/sDq08z+x3nWEDU41JsZE874g5xWZ/oIo1FR7+EtscZbumB8hcUJryAcb/NU0tZtmvfxWWmtoXJ91RaT+al1nnJn1vWMleRFSUKI1dKFJF/yLxX6ZcnIG4+MNu9zk1LPFLfU4L5etyZjE67i7M+6Ev/bS7uZoq7vMyRN2+9TFdxFeNh+Smic5zO8gEMojIY4ou0qMJ+cyrEUNyg40bUXTKkDKWnF9WShNdeThN9iVF2Cuiaex9gXvGYPku3JBYpsF2aHCOv8MOmdVvBO/cP4k5D8yaCS9FOV5rABWrISYrpxtsR2T5bw8xzrRBqG4uKNQvRuPsEd6mkFO3bn/dhZeSRayZtU/mh449hL0zr3GFSc+JOHpBDJLF0lM9HTaYM+t1CWYwW5mBAoZ5nUYxe7gz2ZqV2tunEx/hChJC7XBO65Z1qNIWYX40FjEGF+VUM4bAFtXBESpeWgZdzXIZrP+I/TbCVkScQ6jtAYa5d3Ws8VjuNezXva+n6OxFjmfBiAPG9sRFD86sFLwqOwAjPIBTHPfuLz6tC8diIUVxk67JkQSwdUxFOIHCbcPg53FO6NSktJ4AxEkuRQzPhPoni8GQIgx16rx51U4lrJbqcrEsBxDvaYrn0yTT3DKPKCKEYmISC8KgFYcbl1MMsR8nATRUw/yWZsIK5irx1h0kat+ZkVLJKg2f7dI6r5Ql7JsG/mkU1oHg/TUo9cih6s56orOC+5pBr5Q8hvjwPlPOtKuutpthGhmw9WiqeZTNlUL4JTGXkh6Gc/vmnlIbPqEunJA0NqhsZ0PNAZTu4VIcutpkHKpupuuxF/CwIuXxLWVpbmjKjRRz2Movn6KKG57Vcvz0gY1NcxXTkLpdaG3U9bOIuHgGRLYyJ5zTBjD3PLNCWtMMDzvZRXPnNL/CJLNJMXNDIdfkC7xdvcNFiWaZYV8zVostRf3Wy93AP1+7TZUdjr6M+fioX+cJRmicNaaLD8hh8csVo1/zU47EAiUOILh4Jh+RxUdt+mfbc8p1PrWfTFcEgnte+cZaKwPTigT8yEgsUy/wy+imEgFwxGUpetmZ/e4NrwmepoUgqpguQMa/JOXE8/cQJrPllvGhSPGqDwIBZbJkhAYKXoy5GQsjzdsPD/tRn9wkyq75KCJl5IVO1OkGf8+Jpqi/yXIotR1t9ueNSbD9mzf6Pv+subPPAZj5/eBoWhV07PLbMCd78i8A8AvEQF0Q3TrhaLwAXRDy6xXCp+R/it3N/2xT14pCI6ri5M3aT4R1H+njunBPstTzGFxGMvGxG6UG+gLGcy6lCjdJNfyznXQRSdpdTHgvYRHVkq3WCYHQ41MLXDl+ZQc1Xlo7Ub888LzEeVPt452Woo+ZBz99jfK5fXCK14SR+joQG+GqkcMMI8gk9ZELKQQG4FqdwwVQUrk6haTcPUw/LQ2HQrvWFeO/9Hydlh8AvPTRBvIoF4z//DuErS6jUh+dobB2S2JKZExI7sh1fDFM8U+u92Px5sfPTcaxA5/C62wpxcqg8GjRFunSM1cWvSYlNafaLsYHI1YRwPkV73XJyd4rYzKsbmsgl3QH4qLJdkfGJME3ON1Ua46zDHoq+laksLGW0uepSi+ReWTMEi2/Fe+VVFqixug3p36KbelAcdGc37wH6YOkjfxhsIj3p1BhvG/2K7deg0dT6FpNzRzYVjdbxFz5HvRCx/+vV/pYHvwiuwfl18W40Ype9xbk6RdrGd+8vJYAPP+qD0vgkwdTNh59jRPMQ9sAgRZS50rk9FTzSBcdxPbsoJsgdp3dthw9wd9G2Riy4aCIFpOO94m46L3eRRKOi9PT6WMfqD3/y9F1Msw8kHb60gGEGzlmQjmxyjeH8SMmpWgwMNszNj3cW1znHN2yWZkbHuVTbm37LZJwudqCJuDEOhtm5oe9zwWpuZfJdYQQaAQFZssna4hs/fTse1Do8tX4G0NTYEGy2EcRD6oXSVLT9aqsDYq1VTx7hE/LI3ZTbkNguJw3HUBjaWckOqFtcXYBm9TlP/0ttS9UNuFnsGJfE8Ru9cDmbpwLAZP5okFXaV+Mq5Fn16Aw7sD7YbfW5Y9O8BGnoNkucT9UWxxsnoJQ9jvqf1l4a2ow8+8MNo/kZfjdkN9BV/t6es/BLw4wmff3wx7vBAAOcopGt3uiP49k20juggqW25LYPFVyvH+m5lF+qEnJbwJvCuyq/0f7zD6GFKBn0Vd7Ioh4bZZoKNuax4654mQ2jjl7St5p2uReKWX+CahgsN3wtQLO4H40P+uopp8w7jdYnPb1JS9bJrzzEM4pZ8Sa/9FJ1LYzZJR5Q3TPJPxIkuU13ix3n4wLehX+EWBS3dh+7AIxM3mVrBiKrMIbYXTYRX2XrAMUh92qyjvoWyUe3G3SKiiD6bf4ZxUJqDYuXh5v3yXzXeoh90qA0lPWcfdRwRTvuijESVNn9b76HDzjBURq0WkHXG2VPa3hx72w418OHcbKlPHz1hhLQXFAOUDFHvdwLVQtgVp3H8LnUqqnTvLa8f6/81r+f6FwPH+ZprvIQ1klT6ayKfYQss+Wh8MLSIoi9xAPaTHWOnp/hS//T3BZAyIQGy/Gz1R1pTdOApaGrm1E2aj6jFOa0A1Z5z6Movt0xaH5om//5Q3oe+zx63VbfPlDQTn19AohfSfEYre0jLMC2dBnRU56UDZHz7nLOSQm/bG7s617W/NLqBUy0lgRLevlSZ+rkRKj7+TrqpCn2hQ9qmR7A0mO0+k5h94dzjb+KntjdAZ/+O5bLlEWETtqnpOzUyqU76LdW08zEFGFb3El8tQ8LTckoKQls/22ZnIq1JxGLLJzER84r6KhfTGzYd/1fAenLx7dvQ4MmVuyWyEdqViyTRx61dOIfKj35JdXnd5ZZPms4jnXxx6nPu+d/+ciS8BSRIsE07+bALwczebC9jUZkrXTiXBb8ilTaqz/tEqnlfm6mmXAMofD6qmBX+hfg/iF91geJYs9B+80v+Uyt7dcXGa5RsvAYIItEobMIqPGak9la6BUK4VzaTyGnulK8h+BULPjbrcqVzy/X4hPNc8kyvmCqco1neAYYPJzPzKoUnqAHHx6bFtxCrKvtSAkPnVcwLAI2E3x+1TJIB/s4zLugfHI+Zdoqo4dUGlpIuI1SOm5nkpFoyw2x0wYUymynDSu9eRDb/7urdOxItfH1ZY8xeVMs7dVU2fvEosodL/z4UZTtJ7d30kqF75KTkbqzk9prPaFLZ+J1ly22nYSrPgl2279yasngWcs2p6LMWpmQ0bp37Y3ZSWCPcqxLPnsNjzH+cD1dL9dc+KQx1duLSm1GWsfljvKWNOOBgd+SYarXGvQTHNZ+ZnAZMIN/TdeoBKzKz3rNfBhQ3cf325Z6Ngr1Np+b4RTbt26KJphnqchvUeyr7MJpeVGqcT0ndRO471XriSlcNvNVZ98TVh6DlfvhUmmI8IN88IIVOMAv9a2FEOrLZH2XPzmAoXQLg7Rmyc82Rfz4aHEXbG+1XryFgJZrxB2nBmw1Q9nne/iAaoogIat/PCY49jrAM5zOIl2pO8yWOk+EJDRBED5GXHx9byBv3eJ/9IX+x3Eeg3JRxK86sG/7n7Ibq0MHwMqlaVJ6Def83pRNt38LSCxv9qgyEDho66+xuT/M/oNQ/IeDymD8NIjF7CMwQ4KpvG7LEhO4xdAMmUOFeBvf8drSRCJA+R3d6X3FB3YeAjvWdq8XSr7I8q8N6tLKYzh4y2WCHNt5/j1r+q9b8iWDf59cP6TY8Fl/UOX6oXr6kZH5VjluF7ezfSA6dyBdguY4x4o5Q/0FaI+CdLCXfYg215huh6UaH/YuM0CM9ecTTg9qtFCuo/jz4pea1SZgQ2DXLAXpgzl3QXKowfMsnEkoUU5+O39FqXJKEBduGruP5GrUsVYAL5Q6Zy3Z3sn6L60Pg52l5SxsvpOAaFgUYONoALvVWkbXkwDDwHgvNilHOX3MxQ4PAEf22mO2tim5H9qv6OWFI4UjSNQurnqN0YuNEkKyf6xMDx2CPQKAovO01KO8QNjTcNXQZYMXrbv6bPNF45IWWRzKXMHwAzuiBrMTgJHXdEZr7HJJBAZDlwxW1PLZ9xQhHiQIUhUVAhVtlU3TJtiBoWQXUglEbRZezOpnggemvEUn6uTUzVbyYOGtZkzv5LLMRD7yErFQVyQr0VKeCUzb5hfFQdt5ROZn09TCr+gUOuds4QX/eJLh8Y5b5Cj8lNhdsPdwBJJfyfKJ//3aIw4RY2Bw+JWKKAlBrhii0j6Gr6TSEt6NXvymNVpVd8E52lx6tuN9ctXL6eeIXOeMjCe7KPZc05d/oipFGFUZMCUKUKoG69HN0nocFw5pQWNnpcf1TEd3m6fL2bMEMT22z5a8I13N8QM/luoZ6P/QSX3h8kBGiH0fK6E1nGWUymvUhOlsTYUzBxigMAJyNzlFu/tquYC8hJHIz5qItb/dWoVvuujejenm93+6D8XbiP3olBESUjS89gaUXuzNqQCWIdZw7SkPNaiQHoIUUsOWIX1+mL07xNCNxxU9dxrL1ygmAgSZPa6+B7iZs1fluCa7Nur6FK/xxEAu/qp2TXgqRYX2EyYmiENri5xYFgQTH2y5ycSCn/7hJ1XsWV6k5l1JsOEENyKbwlP3MpZhTM0VMz8FER9ouRAuSrw//QNs1o0iHeR/703jUdbYIaMRqPj7rQgb9qT/vUMzb5yCBV4fBgr27XCWAX7WSDe1wuVQKQNsvaw498IvvB6SLaqep4LCF+sY+8UfLUa43lD7bupfRinaNDHDeislhsHIaIsHgfsxGniuOK+PtsD3gxQDPBir0RDYcRJDifUMw96wcHJLRfVb7NLRlFuW6xiiS77o4fknw7Z7NC0FxO3poszTvaUy/xBBe/VXNOA15iljpnRmem+VRFWYGmcLldJ+86hlQ19WS+2uwJtgZmBE3l3p0MyS2L/+gLvrNzZrmr+FeDWZkoCPT72TllD5NyqMhkWygVPgPdiiKB5Cq+IYJM19CHpRaHOsiMT9hrVSlfW/X+Pa6EoI+/TkFtNoPDitJCES8fuhGP/e+Dj+NALb+sXe71ft0I8vTtEGty0bdDVHtDT93ochrsRyvQvQmMctUQ/PQJmSygJbmZF58qzrFD73+iwtB6NRnC5fGYZl8x9veo/e8cxIeiCXfB52NfIpxMOJzNYp+p07YrbWYBArWxofJd/zj5uX9Cl8jT9biZmCmLs9m+qjqnOkxPnhMDc0vqWXf5ruEK2xVoP4uF232nNnXYqKz+Bco9yrf388t1H+J9QyXZT1imeM9cgtjlq1nkUNb3qlI+XfODi80opfHVRSzPB8k2TS6orozRlv9s8qU8QV3YOrGT1lfBEbyU40KL+3vx1KeGUMpUWyN8X63jcTHZLuSNI/ERzDsER5fHhDsO51r5XorpCraRRJIVC9PKQ4RvfOlxtDXj7bQnpqOdLIwEjKA8KYnqcxhhekWz1TNxy5fLw2TMVjp0g173R9IhTP3Jw49wzYJPDfTYQmn7Ck6HCUcw4d70pi6ysBegUaX0ZIkW3MDSvjOoGvgQNu6IgSfP6ajlILmOuKd5hOMBg19hez8mqzaHIQ+kAMzaMTO+Xdeak3PdI84h3N85/1vAlvNGgJasdQywcO39mKBXPThB/AfamztUjAGeEpTpSQTia1/iJN/vNEPlTRxHgLQNz6RqSTCUprr6RPxDTNYXTNW2uajfZYip8Cg72M1oSrCNbY3J0yUZq7GxHP7P+JqtJpcEVaSFW5gpUvmF+Yutnwa3Ods6njeNHxE8Ek2dhHiHd7Kt9tkyEE9e037lXG3+vw+oHjLrLT7XOpILN8YETUELCODkwJ4CzuJzGw7k/w2/uwDOIC+vzR+3kAe6zJG5l1O2HXo+fSphVrxqPxZQVVxDrf1zY7PgQ+6b/StJ4pJMG/0KDWCbZBTZpP3c7Eh8lwGta6+wC4jkpERXouKZsvzjkIrdFk62m5TqUhGzQRqCThaipoj7kMymw6fYEW0W0TQA0iXMoCcpnlKtGK+vYRvevb4qJhXP8H6frzhwhXhsNEE1r8riiSWLgSXirioMqtRA0zus7L/H4rlpdjqVGw7aK2dnAzoY+7kX6smY0tB4ES3cBchcxPlMQ3/nlLRG9Y5L1XabLnLFv2mjsvdNl3lOmTsJ029I9HA0uLY3bqXvxpFKgCcRwY6Hoca79tosEGGIyRzjlMCwHsvKrpIeDdscDWqR2f532iR/Zyjl2d5E4cCD5/urUsrCoCs5FTXbNvfhVXDBDp7xo5TH1GxEwtsVTUXM9IB2utSXaO3InXCDB5V1i1KzRHwzrZdKzsTsg5HwX5eK7+KR/S4KCDZCG9pOlBJNMo/gh+Xm7LevyyE1QjYXosBMTDrpDkOhZARy6fRCUERa4+tC/0hqUce3kPyc03eM9bwouMcnEwoXiRABqYQOarDyYDL6XYLi/cpKEdH0UKsgBhQtE8oWhASB1efIwY4xS992FAiRqsHL466vCy98JpHNlQd/ISt9ovpC8frXuAl+2Cv6Wey1UBbqxy0SggPqaPv+Ghh7xlrsgmhRTffCZXetKe7L90VrI7f5EqMsqVmSXUYIEwSFQFp2bh1iJZKdYlWwz3pAQgZDGZ21dJmqpesIklMeHD3whYPBaqMZULRnFD9C0qBYWTSBM/9UOXSSRh3yu41mUQwIlIiBJUGFZ7gOUWk5UdjCx7IekvtENXLObyQqkCawjsdeFPRSi2as7618R6vXLClsIFKu6eW1LZWjlf/qwyUJsD357FWYFBf6+rrsm34o6VctnPKodcaaDbRnEoLHgYl6sI1beV/HntZ5RzZM89in8IJewDRCY95gqrKGrmqCzD8GcNn1EeqdiwcRHfc1MBgk8tuS0VZ6mF4kMqRZ8/2/iscnkq1fEIDDwCF0Pq4f5c4jPKlfnSo6dwG6Oiv79ZWfyZv2eUszN+B9b0DEpKMNBRZQ5mc39Cgzl/Xu0ZZXK3xFU4TWNrIW6JypdL/JJUO6lNDYBPeJiHVlZ3kHF6FWEhnzcPO0oH+erFp7TpkI+PlTWnLXMS32E5K+zwdYIwjk/+pIKL/bgew9yynfTT7tRGspB7nOnZwhgn2ZvzkPHPLZGdCRefpJ8sUcitnh+5ipwgsh6vd2R2X5ak+uK7Et7i65LvRlUgszUs+dGZbbpr2db+almVTM2XpPqQrpSNeVbZQrdD+y36DkOZrU/nNvFBrVvyrQvubPAJXXSduWlJes6f5mK2Son9fQisD/2rfaQ55KyFy09S63PKrujm5ZRhZ0M3VHKyV9n3mqBwu5N5AtpnpvM//8ZhfjoVtbJxrbXVnNZGYgtf0RO+bM+b9WRe1gB+roHtnx1Q7PH/8FNqpw1EVPv9+dAvSeW1/UrYzK9HHtamjbqrC4M27dwZ6buvWNT29jf6/Bngn7RI3y4w+D8yi9QOQEPeSEfT9ZRbu5vqOB4x3UYq4p2eVbZQvxNOETj41nJwp/XRHo2nZvAThlWj2wSeeJ98up7OD83Vhn88kabWxFeD2ewjgZXCP2k366zN/13g1PiTcTAuRmRuI91sas7sXMvQd6+tpF+VIy01D9r/aSK3OThhqd9IiB4P6jYA40I4BCgllHT88piHzSE9hLLOEEWzvTNr0S9iph9StWNkMrltrayyyr4b+ncpGSizS5emhm/iz8vz4RWF9Zg27kfbo95ckKTSsDrSJjB5b+XR01FKQEWYkuF5IiScvK1DFOlsEza7q7QBlEE9r5xGvK7F6I5IQHtq1wr2n934kBzEw+nYrN/lMmtjpIn+K/pKMgAUejbOuikYi5owZeSzTU59eZFpbjA88lx5Ky1pW9ntYsTR0FXMhzbmOPWI0mwiwZzGH6Lh1svgSxNqTaJ30GD1mqelVd0V9g6AnJNTCFYn+HwqpoZW1sFe7aelDUbShwXpBd/CGjpWCAkxyA0ZJ1mR+sSFLAA6l/NjNiFvAkm/i6o0uo2NKk2+ogDR1Ar/LuuT6lsTMZDoAqNObDd+ZXiUZf+z49tfjk1sEyaCWk452wkZS6IS/zcXp1AM6BcV2AyRkKDLoamFkB5ssmbez5qPpzU1JOB0lJTAmywua/eUsdzcVLhL5SkFXGmO8bZsQdGY4iC6lY39o3tdR/vrf4yLLGVYY6/mcsQly9LTHgj15Nu8t/yHMDCcW5IDJssTTWNIITXGxVltFbKp4AiK/nOlTMtiN7bkBUg60p5v8Ghl2izKUI5jYpI0CKlq84+WGbxooNa06IqVBAJej+0j4MdxxPlsunIlHX46Rm7OF/GA0OGrRSog9CRvAh66Kc0qHGf+6nNb7drTsJ2Cfe20T42hpZnOi6EQDcVWTP2o/SSeCxjiNaBiUznikaXjWgUKHy6o6uTyTrbQCZfwXUK6Eb0K/xjJxvRm13gs45NCcbIGMQO6UPxjZsFOpsf2ixy1TsPpQE4KO1fV07RHGuheugsYl44BTx+Se0JCtCiiDvnboCEPXENCk1YlfTIFtn8LjNrr7G5nQ85kOqKca9BZAdYDTelNYd+ey76bIW+YPv3uIKr0ncumeMAaJP+8LOajkqaDHGxMwtSaj8d0Yig+izqDvnwlj8TH06LgFkmbgy68EqFlcDQPPBjzb9+sA3uIgi0gqIpDgPFeWR6YGCvZnOgEmEyuSac6RWq3g3the4ARBtQkLO5e2ALWL/cDCJZh1zweN8PCbrkH1loMB0Yjgh2dkqVdtcgoBdrfQkNWGxH0IdvcUkcH2bCmZZhjqOG4IQXQlL5MLGsSXRNHmmekezf6agUtVxw2SMdf5WGRZw3z9WBhq+fW/vsm62Vt0aXiSCzspFBWFBvR6xtFElpBaIcDO1cKE1dU4VjJiDeIgjnp9q1wz0/vsJ85/x/me7Ze9Oi32GZRIc41vK7dqtAALwOdKJnXRA3PT2EAvMJrLGNNZ0FzALzWev0RmTF38sQ2C2DiL8Gt2fwUbjpV3TM+bqFuNwAQf+88tt8YlffLI2t6TseqGjkJJi7Y8+jHqI/kvpIYBRU349feR4FQZzCPx3l475kKVR1MwlAvR0ML1Z08NYparLATi+pNJIyj2q6QOzgEOPti7/oHBJmeZB1TtWlyRyozQLu6TPLd1LofFuYVWVKhTkqw4GqQ/+AMaYcEv3ERWcq32VcviL+ePhIT833yHssk2Fo8SLO6vEw+nytHYT6D82in/BkbkDGfDfvgxjYPa3SXVN85h7aPKXQb9/ccOsDvGSbM/5q2UDLjbk0z/soX6OXMxcF5tOIDYpBEGHervYHxcYrHNFlCL3e46jmvMPNjwR3svT7tiq4mvWkRZPqXVdvz9Y63nOrLhh8y01aRXtY+YPtQr+3M1PYjzxqRTvbgNyObZaIwenqArjKWekAkkb2u52trvUhRr8v/QxRbdn+uBKDif/emla5TUQa+PNZcs9A+qix601RobZbwRAOwfXPb29nuZLub/GTYN35T2qtLpteqKIDf6Y0122S52N9r33PWkHy6pDe2sL2Y5lwtgq/G26zuJeH7Pn/ztBcuNYSh3qLXWvN2EdV+ZbRKbK1Qpea4My3L5qzWaHC7QCthlq/wakXT2nc57bh7SaLFTaqaqY4U1aDGK9bk78fztJFW/4cvkGwzii5WLtN6IIhEFr3Jmy6wLGxR5JX77W+iBW75fAEPz1jlGtfDWvFSff79dUgmmAoRjShg3lI4i51hGNKCiQt/QcHyaJRigRgZNQuXtL6++DVlt3p38VWmHcs5kqulECt7ZONXbHbv1PIEkZsf9a7AooY/ke5kJq3ugbhbkX5mdLhNnTzN1LbY+WTJt69QFee8OU06TDEZ7uiOpZ87761Neo32l4+6Ek76c7CPNUTAsCucqqcbDvvYx9LIAej24s6hJ3IKpxqdeGwGkho50A2al0eWPc7KfRp4t341iD06AujE0qMpdIbjajTvWAbUabqaulMKheV4wjG0kozfPQPLCF7AIXrO5EULG2U4udQCzm37TNZ45wNAHNd347p9JrfxDhMXuTsnlZegFg9+GrqV1TYHYbe51P1iQDzv4ydlGzzmF879PseI/yjVxRx6F1muHxkQ7BWjcoVEF7N/T0/FOGafMNDMzmnIlQHLPMw+UQ2DZrRf/NCRSQ4GupY9+grLX6juFo678LDZZVV7Ji5wTB36jiJQ/n635aph9xY7f5wvqyr2DftcNxjtsbteeajk4RQUlSjqFQr7b3KXYEI1O+cLLkKLjx9z2LDArMNNkRunTeTVm72FxyG2pLGiHo9heq5fMhCekKuG5ISr4TVBdyH6+wVegTSiZrLV9F5Dz9/DyYn47QkHU2G+wTBWAmAQ/o9nSXmSSjtpOPtjdnRlEjIu+htG8kaeYNJbGHSNIRtqUxnuSU8zQi12ZYFKHUKMaBVxEh6eeppuOPmOp9/yOj7yxv7HiDWfvs//99r8SyyP7PK/OsnylKa88/7qhMqH29tEGbZWnBu8dx/1G3uHpuB37o7IrxjoA0jqBTSI4kE+vnnyxXRkNoIknQSF2AdeO2OLlm1DEGTxoZIp+YI7SIxG/zrhadl+c/4fpzkTvfW/P7xQiD46j/uwJwJDNTfOxnhfoI/yhYGWKvPQ9l/+L3h8sX+THVI8/FpA2nyqXdME5wcNyw9DWi6f3y0lIHwvOKVaNuhRr9IwPiGGLy/Bl4/qpussQrsUiQZ9AuDpx/8uxgMANJBuWHrdAhQEGv6R18Thy+GUYOtqIgr5IumrZg8FXp1PCR9k/DGmk7IvhVurm++NjgAeCm4aZr8HgUNlw41xjO9GfT4sJdgpkjVl+PK7OUpy3Rr7xLWVJZIPv44CQHHiAGfTEjFMeWDw5q+ZwO5T4uh2wra3jXHtlecjGifMqaziBXXfbhfh8rH0i56hnSJZI8Nn77ZQ9HI6JeTjvDeN+xRt463DIou++u+GUJ6sm4a/xofPP4yxyOV2StSHG2JTusjt81/GGMltM7EMgm6I84J8qqdYz+N3qQSvZEvW00cUz3oYvlqsIhz+iWGxOsW2XpbPi8HN788+U7KhV32LQi0IoelCvGG6YHRRZmKI6OZ4xk+IATFdP9DXgaHdDJiPou0SX/tehv34u4cA2YL/Z9mA/ayuRKFWQqi3YzCIx+Mo0wALex1PjRUh4tUe3QXaSg9rnYfwSB/uvDTJMuQHTZ99/wWFuGRoeRqF10NtwnMsmyHGL/GokFQtEHFfomUZfNxefPRYvC5AMjnn8tPBA/SiMyeLArdLf26GG+At2J/B2Qx5u0nUWs4jbySe4OH1eJMoC9NK2xclghBaCSBUj9N5ZPHlw8EU44MqwCOGCNDKpfjx7bA3BQ91jRIogvCnpOqWIQbjhUDjwqsB2PMSeMvAwEswaC68Loffn9t7byDA7+NVJbnjk63GJ89wSh7ZjzfHO1ccPt+MY7w1EAo6q5FA7c99boYMoheAEwivQhZnSzZ0GTy0sXg8QJwejVyvcRLHv8ZG2aMwpA7BiAGkxiTvZginmuAFDMUrMzT16aPw/HgZq0U21wqaMYO5KY+9DB6SEY8FiFdE0evBTfC89fz5T2Nslls0SxfMfWn5ZfAfRrwA8Yph9B3p+RMGTv8KQcnSy0MIJ87PSwMB4Cktk5I3ged5LbkDAYND766EzbC2tb7fqaC1tqFjgBPtavC6XnwXUnDUa3V5yShDJGURYku+syIon1iuw9G3yQWRnIuJKuPhE29jVGBN8ug79BIAoh0P0VIFAdQT8VNgJ2pbVl8eJhHLt4ioEmr6Gr8Nu31cKQ4gmoi490GPMaxt494go72mKOeQmnfOLUMExEsIBkiubEHVN4POoDxwPe7/P6cvvoG8XGiKVNIY90sH0jYM7zkhR2mk4VoIfkN/AMDhnfx17apiPpPCqprC2Rbypvla22jOzpOmOJLSZKOUdrYFv4k9Vi6xMJ9JYVVVKPOmMSnCvumnxLKexF9SSMVSOPMGweDj4wgyhMeg+LDte6Pj8a+MY7UNkUibQRIzbMP7ClL6Q2kC9/zxTsVMOWD/ztIoFLKd7TdRvbekeHUVxhAwhpkOLHIWL43y1E/hlGfKvvz+ZwHSu/zVD/8Ou1ItFLjehBSOftWa5cNnkhtGcsOx/MP34ONPf12B1JisJiSVgMTJdXk6G4i3QWTnyqG8HTJq8E+J4S3YBo7kXSk3bnVDLmnlTwteYLUTgbvleb9zoH16POI/Sxcb5nnIze2ASh8pt8GqOTW3A7VgPiG3zR84sArImmRqP8q2xe+cmXVz3VnWTKTQFtoCOZF21Vfr3nVubCqbcLprB15f/XDPJm14WqF1ffj+9Vw0Z4sr+uq4Wf0YzsIaVyeSsxu3q5G72TBbMIOzA1DdzKhsuHTOq+xAjehHU34KDeGYyg7cnE4cZcPM4GjKDkR4L4mywVtOpezALOgkUDZsw2mUHYDwFvjkQi9qMQEnVA+pETmIQnGyKv9yGvEmCsn/BTSex7blsIZAsedZbmEObgiV2oe/256DOAQKJYs20CoOdGgN0+7nxiEWZlQnGrED+a6JhMStHH99wpTrodc6NjN5tRzShYrUEzIWrDh4/MD9SsreioiKvQJ78ap0QTWjQmp+deO5DSn4rDf887+3gfEcKbdASK0jrZ9TA0C3WDRoGX4esbc1cIJevHwI6+e1gDvFJYdqKT8bvbPPnFUCfr3cD9VKfq06W69sLv2c1vOxjwNZWTdhuYArr9/Wkvx8jSFpL1qyM7IiukiNLtFZl3jW+ZSQ4g0ZepmNKKgz7o+ViRI8B1dDkZt1a7n8ssId/KKc/8/YsI01A1sTWgP1XUNUrf8Ubbm0d02GV8eePFaZ/Xxicay0a0SMv/jroKVzHNznRgTrvQ5Y8JcaSWEjaVI1K30+LrImUPpO7La5oT4h4QVibETsQTpIJFjpciOtFNKlKtc6Si9vUeMoveCpui/nhHvOmiHigccnYdpa57c7+yejBaUHL2GApmp/OXkl60n+VatEJps2I0RmI15EFGowpWgYMpIOFqmVD5FfyrSCVoJKI1KASsNI95Hug4xVkkpC7KtQLy0eA1Zkgp2FeMToutvzB2+FrTRIKL9rKrmqkV+07szz1PNKExcOBWqx4ASmzk/aeH1mvomJE5d5kbGleW4vxybmFvYJeh+yPvpLwAXH+EJTexWA0gkTf/LPyE8rq49SLTW9lQ70bjIgcXH93RgKp6SpTET5zVRbpriuSk9pLOIkIJWYAIwPOJpoKQ1nKFEDewe/MWWtGlmpRXpXiYkkYIpgSIbbnQrcZIzx1wdLEyTmGpKJ6jWaZSpx8hD77aguSMKPlFQl069guJJyXWrU7UyH5TDc7lXvC27GZFmETVACYQ9gCUN492VRX0tj8Kh1JZlH2IUqwNGmVu1Kb70s6lepm9E5SuUS5RMlE72cl/KJaogKiKBBTbY9ejskmBnUTtK8Ey+S+bJxmQBBhcA4xz0tjQoiYY5Gh88ypwoH/Dc3q8MxmZMqf2eCFZnIyZY71e5Tg6XIVgbZ3Pkrui5ulKMIjwef3AF28FaE8Kz3J7zng1sdGucuA5tGqmrHUiOuVZGfNHGSxDwQJ06cKDE3xDwSJ04sctS7SS9c6nhK/95qC3py/vJwaJTzf+NCppy/VDnZvnIxRB+oXMdWyhIZ3kSAbd8Da7+M1qkWWDZeAP7iQ4PesgUy+zsz+QWYeIovouQW8F/dMzuBN4DqHwdQ+juA0Xnl+Us4d1ke3L+Uep50mAtO1I8JvK9FzKNYpWaQqs8j0c/Xu0WkZcuZz73hys+oSgUqSM3euu0Wxy613aAdYjuJ14gBxDr/G+WIJwfCPOoluMdvwO5E927EYagDTMCXicyhx7N6tUx4RfSphrn8SZ4tYIfZ6ts9Ggl6L+I0UgEa+MGeU0KFmUGq/MT58oJtOfOXv3+QlUNfvRWv/hs1Gknm3tQSk7zp+zK6OVUXIlL6AXr9totWCt6PeIyVhMzNx1XbiVQfIlEVgIC++qC9VB8qVeGLz/GMl+NQI/BzPQIdotIb6pTxI2AE94Li2g7P90W0NXECNy+8feusBsv4k82ttzHvR0TGSkumZlDu3Ap1+BsSuzN4MBUzpvBEhjyKVWhFiL4kT+oeT+CxHozHIhyfVGKUs+ShgeekWrsSPBoScNRapQAN58GdQ4sHAtiargAPATjvtBYj3FBm3H6W3qEKMCLlTyjL6yiTbenG2OAZicmhFQkayCLbv/ogDAI2lCIPgDhPUoEhZ8wDH841qNWENZI6tZ8k8Smm3o7T5cEZp+lrqI9p9QdlGq9WO33zWTxbt4F1o9UfqcCag4CQ0LBV4hvL6tnLwzvSMlYmC4hJMY1a1Rs0n0OzH7s60VIVZAGhMJxU1XxziR8paA0+y/DrUnpM8Skbu0A/Pz67UNsoXPPpEzGDo+Mizsf1wykSAs0h/p0T4AKXg+g78DpjTeNDqKW/wrMEiO00vC/RsfqYlr5Trn+SD9Eo/QgePIbBqqJKSk3Bx4H19Dl0sJ9rbzKDnSx8slUa32wCvs52NPb6Ovp7BNN8F/7idNasv5sTzoDXuWlxgjtmBriaIHo+aZ5mDtnz1bDBdT97nO7NmnGuPgrpr8ChqjPilTN67vEA3SH5RGcc8hknLqVZ1QASw7cP8fLEqfNyU0YaX3wqrs6HvihLmFURHs0bQIMrJkJ6y1N46IWLxh8u6gKXw0v1/tWrPoRc+iP4v1sbHwFvUf9WnZL9Sn+1GOc/BvHJrr0WbmD2F4NMxPIvciohyuTu74Qqf7OWGPVmszyd3xx1+IFhc9AuvD6/XnLZtL1oR2KMcpL3P33cLIk4o/x0/gjAz7Iq4crs3u/TmXir5k18ixMKneeY7q+Wa/Ir0ouMyalUoXyKnKPIfkexgM1peNHoS66FZHPoLry+lmshxfUw3oXY9nUBqJn4sjz3jvkXNbjhjVDO76etjeqE1uQsvMi4nE0XWl/Y18L5PBtH78Z+bymPWk2J0XrApwy/LqWnFpdag8Md35E1XCd1udmnwGhDXcyXnJO3JXZtGHRnqmi82lsBzpuYU8t6KRyYLty/hA/iwlMz9FfuXZUP8dVng2h+BDVuRNDpPBMlE2h82lxyzcVw9HcEdHo7fFm/9pKN8yYM+ipinvwAI3/1WyyUZTMIdI6JxLvD9ToOGH8z4Khp/Yq/fMlDCIp/kFXuNYBX7aZ7QJKYYHIuklxNlE2cgJDjVT1UWmegjFRC7kErmV0oq4KjiYw+HLxduL/vmrs8/9gDODxLBKToQUIPxayQKOhS3ZzerUir1mQ00gKZdhyEzUyg33jlTW1ygzDIwPmQzLISy4uvIy+krMwSoTN7hvFKs02BKZ2dKxPGuEyidUOCrVCwDwPgwwGen1ohSYWLBx3MSlI4HJuneOUaj9DfIE61Ctdx6YPDpRCd5XSq8FpUcQeBup+1ePvZNQ2Q9rPRZhDNFQi2bqPWPUNPuHMlpAFvzjgciiOHAh5ZdkTO0hskzekd6TDOr1axZ2ytzwsyZ0D6i0TX+kc7eapA/+17e6cnViJc1ugfoZOuOLuY+WH3DnklZ3LDWmDH6ojRam4XtlPPZ2uLLfnkalwHeuI1fZ3QB3/4a9q+oSHqrMQ+Drgy9l/+QtQbKLIEWXgJg3y3sOG0fItE9aTrRlCEoYb8PNX9hpeq2pRd02Tu3zMyKHoR88ZIOCyGetcoigrT5nuZJbvDfFtmBUeD4NZr5mCcBSZq7XtH0spqdv40+y7465E75P6BvA8j3A94sc5PRMgdwuE1MiUrvvXo/nSTQC3D3Iq0t6zcWwm83d1/o0TBO3NPws38/Vn6v3mj4n+c1nfS7E9ocbnltKxAW57uQzpTIPJzi9NqMkkzDGhDmz3fK5ufVsMspEl1yCTF3sCS41QwVzEf2oKnK6Qfy+0yM7MQO8DCJJcvVI+kgzLJOscZtGr2Qs/UvUZQK7Q6Vlw4JZcfgGXVglqv9G0AdNeUKSTECauIBL3QR8LxGqfDZCCll6lc3GbPiF9klAqgyugFhMYp/CaCUU95eVAw+JPm/xAxcplQReCCqoq7JdKzsZlWC3oKTuUQU2evOZKOeBCF5v1LbPDVAwpjwqgZ4q00sUv8/xX/wSgnt/0yGgjT8oObK73aRFwvJhjg9QcbbF5DqwbXIjHlNTB9Kz1sPShHClK8CY/WU/1Nk4PPOTFS7o7Vg8xFBnXVgrt6x39q54PE0xVHRMcLLkA2fJ/no1Rj3bI16ZxAt/tETsfEZ40DZJUcoMl6y63CVQHqOt0FqJCLtjraYA3rrO1C8d07R/mN9PfPpmz72sshFHzD9a7j/qN0EoNAmLPWa/eh1liWSksCa4ny6SvG7ycRR2KC1Odwuk8ap6GIwXcAOKDMBnTO/ZMdnbk1aNwVrLGceXGOy1INiEqJJDVqNSBmUiuiNRWvwkU/ZJENVsiXO91yEJFHowaEtf79R2kI53PU1skKtcOP77dMsVbY10E0Wj8emOTm9H//N1pw82uehzgqofmyevFoFOOQOcWZCrxDfcVroekMO/ZJV38S3kcz/Kpnj++Mk1lqK8c+FRD6ZefI+O1ddFz/J4/6aD0SkYoosQJIaQbFK3bI3nkm7/MhZKmQeQWiMDEAnIdEdvGDFJBOPDjuoUpZ2Xls++Rw1lBUzQd/txsbR+f9FRqVIbZZc7ULrmEcPRqEmB/PxfGEVorby6x4fTcFr6FRAGC+ihguR59GBbZx2doJ9SteD8kMDDQcezRhjV6LDXrbBrn3prjb4r5T1oKW0b89607+j3VLbJS+WNbld/NkV0cBqj2OcrsrK60blqtk+NBbufnXnRhM6qzKDp6vGRaTL4kED+pykToyNN+ari78C3+acUDJR2CWrOvM99RrCAvfKxrliok/HakfkA2TPDoJgqZ89/6XcfWXnPYIiNd39+w0PqeaQUPWgOD3i0+X4LUDqr72sitjgy+nWULkPjIedrzq/LjZT8DhnMHdtAsh4MjF/25k4Fb2iuRlSR2y1NdtsaHxPLLkMa5PJmeSfQ8v4HDycovyUUMRwLgpUDmCbDHa5KsB8fjjm2krng557WsVi6UP9EIg0rv1WvxyAt0t2ZKzC33MEs/9xR5PPbbt5y2RH6C4oUeBpkzXhV16PEaHS2x6zTfg4KdRpG+Q2PBuAGzq1mh9CptjowJr7Lrs94jqtsQmeDyRNWGbEtOiQazaivxViYboxPu/Ll39paIvNa834l6K5IJcD5De1I2ul6XAQUC93zJUeCiYYmQixRGbJTXgQeusadlMQoAKXXQFs7DSH+oRiyU1MASqMAg1MkRqYkjUPC3vfj1s3ocbgh6jvS03aGRH/ij9f3ypNfUnA1GU9XEA2krFpUJmYpVtRRh/VfQHBTiiIvmrkm5lZPJXRZHgMHghukYUhg5RBBhszvEwLWRX3xPG0j7745TsUVSMdKR/xaf58ZpNsf9T98PZhC9gxCkjOlEEe1cdWRjuM7CMhD5/9PujThSHAAflcBqsfSIwvS7rYHbPIT9Nn5gqBDyt0ciqF2VXwKB0EUZfn2hBNgRp3QATCpley15OLTm3NGSDj0cpwrol9icHtZICJvZs5+ut9ZgxQoGHKjySAXBIrCuNPiS2fypV4O6jPxSbG0PnwWilWSPWrAs+loJK6T+ctaXQEa1l7rHJDmVi0ZHkS6ysoTWjyTydjILwESXPQu1qWjdFUoRue5UxD9R6e7gduYk9dCsMMu31gw6NCvjj21d+wqF5iIZgYtuM6RWicYxuHWKYyMfxW9ooANCT/n0EuKXRiwZF/q29/BVw8KMAxjMnpA8hi/JApkpCzRfagW+DELMxAOFfHH6jj+kSDOTr/Pv+HEUAV6Mg/IugKNtHgZG0maKVDd6OOKaXW1M9RBWzbRBtII++CgFHpF+17l8IBbn6i40qrhqQ0VIlPi4DRuKWD5hWbUIFA03QzARDtg0NBjpgCUZ/aOMZ3lUBDKRNKoYKVwoNBrTO4E4cAKJ6lzo6IAbDgV3S7o5RhA+auY9ggjROz1D0bZrj7gtaSOVWNHduCkeMtTtX+Xvry6Cz/kCtD35Q07KDe6qpakhLr079UKx9e2nx2/qr7+813f89ZFJzmr/XENakMf+utekLdKIcqVuQbQELn/8+7jzTO8hif5X2h1ZFyfZ2nS5/nC6C4JHnK04Da+gVUr1Oh/AcLtNqLPgWxRAbtWILC/O7ZvSIu/pSJB9jQjtW1JnEDtW8fVrXCvmWwvzLokQ38jCSXkZI4A/PIUjt4sr02otqggC7EEdOEa3nufrqSR0B+lgQ5NhaKj0xwKDR7tBI12jaWUDUuNESe+9CU4PRKBctnxEjGbVQN7O/NB94JajR4V/n1b/Sp9Jqdj/90X3LlBofhsDCABsPUxRoOhzzaC05KUrB1mNnQf4aDKNcIKlSpFPg21h4V8jGkG1NNEhRtRjEeAtr4GSNiHAwNVgYYGODAqbJMUuIJqw8mza12hdx50bSl86gkSZihfU/78oaiCqmxp02nJ011Gqs4NNI3ufBr781iVAkdF1p4r7qxp00WyH01MYXdJ0sC3zfnG5xdkjd4SpYjnNqrqRv3qKIev4Dkk5ReyXnwVmHskfIU6Ut5uDWLD2K8eoZtyWG5YA8aEyXzdV71ZEIoKv3pSut8VZftyX2x5A8QARCEY6NoJ9oE7eOYvj0YigP8JBEDqOTDyvqYvmRSmuu+YcUda1yXDd4Fp9iM6p1xC4Z7st/bLEVA/S6ey7c03JGm0entaPxs5fBqLuF4yP8imCNm7YYWBTC3R8yHn6yVe2+/Nh+VXggBQP+uZrOYh3miwGj86K1IzeiyufeAxQUbOL5qPYTZKLedj1jFd7Fo3cslOmkO8SoS3wkP3xwArlJ+eDr5lecvB0FLf3lf7yPa1X2SDTOXDwD6N7v1rO2ac0/FUxpz4kePXU8scbl2UCCBLfpBe8n/WuAoorPq07ZXKv/FqsT4K7HJjW3CX8CDaCnzv7e66ihIHYVHVMEJOWzd2FgTyHKa0NilH/sEn9o52HoRaBU83Vh2SxGo93aJT86VTHaWYkx8MH/YhFJdM6iGJsjG3jlDDLcEZZbY361tr9WL7/U4hw9rB3VdwLz8zFjsRFTlZKm4XA5oDEmvrWze5yGAALlD6tDqMCMOFHHdhw2kNiyMnpYftbE3xJ+Ub3OXXPedqOV7V3zkgFm5ZZfNSiYcEMIQ6QTQ1sF62C20YkCZJGW/E5OSNG4atBgDFXyvEz10l+Hxv/FBLainRmToiAa2vZXTensOHtIS0hWS66hmtGZWV5oAljqzQssRlHEp+VKAz5g8SGJJoLPJxWGZvlHJBj5sL0NNQXs5qYHNhLBem8XYCszmsefeDyU6GUL/2rAaKFNCL0GmOLlPmOURFyoEjA04BNKCIBV+gGJZ5LPiKAGfMDiQxJPhJeFSEGUqEmDnQGg9lsJ1lPYjrPZVyiYYMMDQwTE+Mt47LDzkhopiJL7NqmGkch3vxVYMuAW3ARxEt77TlWDiWbtpUcddMetRQ1HorXRMA02NMskm8Pfh073tFmkIV8fD+tSFxtfmIeAXv0s0KCzid+WF2d/2xoW2NDNhn67fiBVlp9+XGS/+jF52xDzGAjiz94pmCTefLg0DMbU9rcgHoW+33wUaKn2iZDCncxe5a12Qgdb0zReF+oFnjQMZflxNKVBLol79eNDJd0sg0RbCnehXR6Exv36GXiPC3uvO/vRSexa8Qh9naZ4EfwB8tNTsFt7yfPTybc9dvPsJg2JtrS5OPWk/JyMc7NA8H59Hia19mPNmMWSMY8878o7HuRjfYE5AZm62BoH1LBGIZXL8y8NDmOpAB8yRnk4lukxXXT9hCh2n29DNb18y9ZIfFLaV/MZ+pPT+Oo9xG8nKi72dgH1byXNw0sZTKnkPm2wgLMowjs41CR3CWoFKf/sLvfa+hTWnP97SquKn0x2vYnrfjTxddGDrLVtJEKiS4N/SOdpdt8abtLdlKKdc4HV/WKw2OvxS0Bb8NI68rawI2GvSRwcaI8AyGwUoyupp9u+9WfeRiOiqSxYRWScYndr4cbsfxArcDLB4wcyM3HORyeYOn4+3glNia2UuozpTQb7UQxN4D+ntck+IUI9MecBQXXXxd4i65TFuFdImBkBhkB+FOIeFF0rvIFIlFmL4Qz5UUjgaE782EiC8bYQruLKDqf+VyT0FJY73kasIfpUbkFSk9wlbA1byijnb7/oscOuFS2nF8T2lPg0aotexg6ayz1eWrtPocxQjOD8KAS9A0bcLRexGvI2qz/PAm5fmbqYWxZqNG0OLxvwv5m0yT4hYu3XnAcE1VgXfYvnZk04kjEQeI4uizA55bWBeBKmXPcWiWS//+gMdNR8Y5/QwUQTpljxwif2VYHtBp+R4uRaSyjSYKLFFkZkIaR7IyHyWBTcFQH8eBfgrg0QdRewgeY9ZHEW9g11CPHVCG9BEKl9gcq6UrCX/HWVqRxJzvweYkmQ86UHuocIfxgSnQMNVb+qNIylgrz/VAE1jjtUzNTFxzMTRA0hRXOat6tqoj0qa87s5CenMP92PAm5PMZo/LtKH6ejeUq0pWiK0IKbVaYqbt+ttrCeFDVHZu6DE5hvMx6E3N1iMVzvavOxvsCsg0xdbLYAaqSWFVOD4aUqyqzF0DLkRyFoHzDibrkIDIEh/m68hN5Pc/0si/opj/Mlaqw1+tX7CXWnsojlont1mMsT7LVwGNT5F244HWEuLBfdZ+fyBBsOg+EFn/ZWbI1xKrw27iyJXKs2AK/JEW7Ae1vbv8NUdrrfSZG4vU8IXucjPj7Ju7+BFEoei5TayR/7FB2etRSx0fctV0qd8vxOema6OKyp8n0iWF2FA9bZC3wqX/H35MsOhxcARwX3IiNTxffCIhx7MdsjFYINAkOiS4PfSOdpdt8UbtI+kOMjIZI6ZgitkT3XOUGDY6jxuDcL+6EgaXQpMp8wNwiYI4gB0Pty5Ei352Gc2wXAAmTMYmAHYgZYwxSS44NqMDWXgztEWKXAG8IKcGY+GqfdjLEi+4gIOcScBwTJJ8aOe6CNwTA//CgOT2XmDScXCXODseACRtc4b8sHZaZicIDzixD4wFgAbiCBv+RDt+LwVGY+cHKRMAcYC9Q7RPn5OLRAP6+IeieNDVV0ByWqUgehguAxnPCgL8qsxdAt5Ech6B0wApxYj+9q9pGMMmsxGAL5UQgAGKGtJarSq4xM5U/TyQ3pj5Urdr+MElspTJvTm0xYAsYGmYcxPfF2jJSEh6TMoIX2jKwZtuAZyMA6JiPpsi0XBWeeJvJfwgqJoRSWhdObDHSbseHuFWK0216GjMNLmYOTg4SDsYBaX86472hpeCuzxjm5SBgYCwSI8sSHm2JqLjcTOsIqZWZ0WBFMeeQ41eqRGIOpWK7/h5bXj5Hwp0+fKNfP0qew12rHQEk9bM/DXdlhcUaH004Yh8LzMF8NlNTUSP+yBT4MYPJwVWadKCoMXpaTtq5mPGX2K6Q4YbkRoHgsCrwdn2g4E7khngAA0n4VoTVjM0u1mQ6czTDf/HoyI03d3kwqeLRRBtsKTSbVqbvH0Cz/iASTTydCI8Q34bekaoQ6exA9VNPfktDcz6PCEOsF70kwAjolCCG+Cb8lwQi7HEgNuFvo41sSKqtUZoOhSh6yBAJSiu1r0aOdSFX7piBIYGWfEAfhsjbhhUSWvP7gAqsMmmqSRVkv3IhOIF4Ji2wJLWMy41+pb7zNmOvX9X6/epMe0TASj5syCjD1KlxxDyVSv6toSnw38oW8sHZTX8De789LayNpGdGsackjjiziu2yKx3pBunVTwb3N8Y0PEBBDZ6xuPaDxWuE/L9gn7HSSP7eeBCn+Pvsv6B+n8Q0OjArKqfbatGXhtHu1WsS4a2LhC+n7K2g8FYbVQjZOAmuDQExTIWQBdBcHheWi23rn8gTbdgdBLN/hH4k9mdsayaZtBrEZW+NFk21DvH+EmNrKvdeWMEl59y0mqHOIzRjefEJMreV2LgmjlKHECoGjPvFeFnJuFjBvWsYqZu60WJH8YQoHb9EgJIZS8IXTgww4gtjAXig/fU4OtK1zz1uz3OXWXtHX1JA2C9HH+gJuS5mPo5p7E+ri1J+i/aRDJ/Tzjuhd+WhV5M04KngTDpLDIEstosJCSFfdIa9r8wwNoCIFk8RWyKjBiqa7tVMwSbriRnspo6UYzVOlZ/BRv+VwI1OVYiHWCIo7Z0rCYsXzPtF627YCm5kK9mp4EvdQQUr3iADQSGFCCWrkxz0oHmsE+rS+rvxMteQv9ePTKUMao4voOxKMyM/fVIu05HckMtbpiKrBivYHUmGmU1jWIi35cC0W79IQJVpGacYtS6LquNM5SHoPNaTfk8CoLZTU4c90xxfHwoqmrz+M25NfcuA8Z/hLJJhAWM1xjKLI15emIF9wz4XlMMhye4vIHXecp/CJf3CF7DkMMnosiwCUUs8Lisgo1rfiDu5srlWBhVgn8FyAiIxijZPBzuL+hYIFoe9PdNoSf8bocxJPkD+ssxRkyb2iLgXyK6/lHuIk9AYVEWK1gMbGcLJpV6XeoNEEmkdECoIEM+0IKXu1P4jX+0DwB8bqIaBD0U+IT0J9ziMWDWIjfrAQ0W8awPwAiAgAKbR/B4gn4f2oL368m2Bf12S3hslYZLIuKWnHm1SDDU1VOHoMBHqQFvdQIo1NyGG5JMu8W0o91guOH+IRqcXnj+YMsfz1GtSyJ5SQR0KzFI7WgncDuOSAqdRN9LSsVLrzShPWSdM2ZzE3G0H4Eav+1LXqm0PXLDIWmwmf1xq3xqGGeGhkZiKt701kg9S22MAvs/vUv8bRKagDnVk2R2tI4+gU1ApqCbndNaiX4Uhml2EHE4uaD9NHEz667zTgHDNs8xcyj5mbOT9Xpw9NKrJBZQdMQhLmDXUh5HnjXv8OjmCvuj71HjQWvo4YEjYlpFZmXuK6XTA8g4gN+/z5PnlrhWkvw4GsdRMwsXDTnxSGnezhVIdEYjMHHg+Naj5Mn731elAIyARMLGraTT98/a7sZA2PiPVjdgtN6dWVaHyx9ZhQa9wah1KgFDBJkd3MTPLYDHZpqgMyaR9tXusGSIBSwCQkIUnIUt6GLxBLFEgAEqAUCwSEhtAYnmiqncOK0Cy3hdARViufmWfqjSiO/joA8Sk86q0zkKh44NVzmGXHr3kUoqsd7nQNEo0PSDpjYBD2oauFavrxoSWglR6f1NS13TUTsW8+9NWBL0doliuTQ4mTUXWPRgeXNvdvZFN0EaVcfCVhsTryHyE2GWj5MVTKUbrIdAzFY3QQaWQMDXIdInHuUpc3dibECsH9q2qLdGQ+muI1ozCzX1inKIjSzqwNMRbA9xFCWAzfSajjDr6XEFTJQbhLrnzfEC+ejswEimGfDp63RRL5x4YC/au98usDcL/9gF9D74PlB8TbIplsWWSOAFDpHPKG+CZ8T8IR8kNchnju+Ch0I7KIPQd4h2cjHTzma4Ap4XeuCjevOs7Jr/cTwY81t4YjsdnVu4SM4vPrvsQXIzgCZwtpszy/p3T4aGTfX1oCW4WKzWIYZLwlQoisYj/g2QNnNcx/Am282fj+hlfBYIPH6xoAliqr6BlI1Hj8qz2U6O0BrG7QaFIezekG3C1006dmJDMd0+jX+0jQTzcK5OeUq7PNyFkdXmiGBjkdDeiBtFjy1iZstGSL2xqRw1n24w6Jr/feB6r7K5q7KWhTbmI0i/xgPluEyHycnRHLBlcVdV/vEXjN2D2ULulccrZIS35HAmM8Ds4AZKkXRylLn+yPiH7kdcbpK63AggH8b9dVgc1Zjgyvu/iTzykupn9svj+WU1k/2n338y/E/STsu5V/otaJkGrDSlU/Ul/qrs0mwJe593713czcadoR+sJ2ZTzyvaC99+dZJuwDqBZ3CX2nuN2b59nDzMlxdAYSWmBpO8T5CJRUWxAp/FHotK+aU7CXFOMS1L8dP+dx18vto0NYa4AjnkbKI2xG1h5V3gaNJtUB4RXUystd9tyAu8Xxge4pu925OAdOMjyafvI1ECnHvZ73UCIV/8W7TsC7TW2xGx6o66S83xyYMZrh/m2oKYuddkEDQ638vn2fw0lW7BEEAFDK+zQAMDTgzas3YJTCiIWVF95XCABNch89oMMLzLhBQ4czz2j6h4CkQUwh3IyHDwBv1RdNd7Q6Mtgp424ad2N/dI/+JLLHuR/e99nDqw9WuoxANNtBzhWuQWGfTDnhRrjZsS3yl2tLALQ0LrW12sHpypvLFiue3Bi3yKHxADgz2bcfGu61073eW7pxXkj3TXUEGXrEZzhPDGX0k79AfK7klQg2w03G2UcNyikfMb1fzOxwvUYjtzwwJndIWlOr3j/YCHr5b9yMVPNbVsB/jHHzcKxQImFEvvZfaZDQ3DIoda5HKTV5OnbuNAnRmyySpq39b8lghQHLNF6UVzzLs34YEpaEV4dRgWjZjuCNw9HWrs+nA/WSOjRWy+DGqyyJfn4nL+Jdx35fV8os3LvoAz0K8noKDaPM+tvvv2/QCthVu75SmGDuYTAtP51bPmsb2fqDhxGBjiFTmW/avBm6uIzurt+2O3ylx73xaLBWPEX67b5jke60weKXIap+flfEgqlMhPwZvSxqbRYS0kooxnSkKh9Yd4KLeTykkSN+9q+jGFuVtu8fA4nY2ATNOJsCH+R2VjVIf37bHQtdcTDr+iZ9KrdkF7e68tm3YoubW7yV4iJVmg4KoLQFT1fbch7LS2cfWDEDe/wlUbw5axGtR1h6MijW+9+AaHGTZWYGQw8brFZai/RsxcqwsRdvwNEjNaUWF7f2zuLi9rp2U4lsFrcW0OLspvu4JOEGehPHptLTPegohr/9gW6WnuEDaBcOgucXQHWsJB7OlxuA5hERDM2MG1MIUQYM88gONjmY/jt9FupRoIK89yIsHn6lqTuy1N8sH+Mw4N1bsNDhwcCH9wIrHoJTk5BIoZYMOOFTTEzgo8u18bgLZqVSUOXOW5h/VfLredPBvKiJ0TE1rIyPlSMjyqOrlJ+aafKX2l5eCom6oC+OEQovPY1GxT0tfgRztlfpHxDLuy0PmmV6mIXnbCySoKXIRkf4qI2COmstmeFyMqdtdM/w86PTEwOOcyhW5yrjQrRnCaRgA82bLuWDC/55WvVoKyVn2DWT/XLsMFVoZOEbXWMXYpCL3FMBeeR2FEvzqi3j8/dvEZ3YPHMsRTfzSLxWI9aej+eOjYA5w1IMpaSzMbp3civ9tQ5AJNvC4ylt7ElmSgYiHfBA6KEvG2njjRZe+A3WjnfK0RTtBdlWBY59xDolqW7skJEUcsrP3FJP/pEcgQRJ0HzUBSkQDXuBjKimsp6QDIpPenRBmm0bqPKY+Bz7b0NHF1Dmqg2yKM4ouJNWFW2ZogH0x+lTcdmjZLGlpRzVz9SZg4x3bYMJfZrFXt+PybcgJoOl31JYNxn+oG95XxqvcCpyK335W2LK7w2jbPJvic854e26uf5e9bGgsBVCR4MNZf44JobTasvWFnh24LMmlsDbH8Pfu7jNxD729SyQ/KRvNiz9yQOCieWbD1cu6qzsaM51NSvCEJ3hnyytjNR3aG9fEuuug029/xBjac4RfaAfNjxhTdXnXu0Za9Y1s1cAz3j9IcvuWYhj88quF7bOAjmQ6rgW2eCjy/YiK/gMo7h4RbKg48oDh//BqEtvu5+i5vMUzdR1XB+ojVvJa+TF8fIP0Ieh1hT5zYSdu1zKaSmPJFfaRvw1stffXnQWypqEtBD85kf/bjpn7z1kRyOcBImMcyi+/6hm6vi7fFJ5nUL63xMtNAl5I1Ejpa3BFwuUr7AlbmoqBQP0D/YoHwEq05dNLG8t4kYVtgpx6yZ11178wHYCa8+Uc1OnEpQt7XnRyFX6F04rClhIZivDiNmqE9X9MM63Mszbw/zUuyxTkOTGsbrnrcHlUkZ01wurnuw6W5q4oShDWl5WZEdXvvRc3u4qaj/dfTTpgdy9chttki0v7TXx1pTT3oSAUgS7ILjC7fJcykvBel9Q3/em4V+WFBfA0DQ4rcSx0RYo5EjI4SxnPVRJmgFTTjjkGfU1ZKb2HAffswg2xTB4M1snGFnXA9R9aEddUEShtnpTJG1hNq1Iv7Zx3Psixk2D4nZ9idIEAC/yzZ+s53DBIHcPbOlo7+Hyl+zdzYt70m9yQQ4=", "base64")).toString("utf8");
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
  u64(n) {
    this.room(8).writeBigUInt64LE(BigInt(n), this.used);
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
    const b = typeof s === "string" ? Buffer.from(s) : s;
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
function byBytes(a, b) {
  return Buffer.compare(a, b);
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
  function* node(path) {
    const st = lstatSync5(path);
    w.str("(");
    w.str("type");
    if (st.isSymbolicLink()) {
      w.str("symlink");
      w.str("target");
      w.str(readlinkSync(path, { encoding: "buffer" }));
      w.str(")");
    } else if (st.isFile()) {
      w.str("regular");
      if (st.mode & 64) {
        w.str("executable");
        w.str("");
      }
      w.str("contents");
      const fd = openSync9(path, fsc2.O_RDONLY | fsc2.O_NOFOLLOW);
      try {
        const size = fstatSync5(fd).size;
        if (size !== st.size) throw new Error(`${path.toString()} changed while it was read`);
        yield* w.fileContents(fd, size, path.toString());
      } finally {
        closeSync7(fd);
      }
      w.str(")");
    } else if (st.isDirectory()) {
      w.str("directory");
      const names = readdirSync5(path, { encoding: "buffer" }).sort(byBytes);
      stack.push({ dir: path, names, next: 0 });
    } else {
      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);
    }
  }
  yield* node(Buffer.from(root2));
  yield* w.drain();
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next > 0) w.str(")");
    if (top.next === top.names.length) {
      stack.pop();
      w.str(")");
      continue;
    }
    const name = top.names[top.next++];
    w.str("entry");
    w.str("(");
    w.str("name");
    w.str(name);
    w.str("node");
    yield* node(Buffer.concat([top.dir, SLASH, name]));
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
  return new ThreadEncoder('"use strict";\nvar __create = Object.create;\nvar __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nvar __getOwnPropNames = Object.getOwnPropertyNames;\nvar __getProtoOf = Object.getPrototypeOf;\nvar __hasOwnProp = Object.prototype.hasOwnProperty;\nvar __copyProps = (to, from, except, desc) => {\n  if (from && typeof from === "object" || typeof from === "function") {\n    for (let key of __getOwnPropNames(from))\n      if (!__hasOwnProp.call(to, key) && key !== except)\n        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });\n  }\n  return to;\n};\nvar __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(\n  // If the importer is in node compatibility mode or this is not an ESM\n  // file that has been converted to a CommonJS file using a Babel-\n  // compatible transform (i.e. "__esModule" has not been set), then set\n  // "default" to the CommonJS "module.exports" for node compatibility.\n  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,\n  mod\n));\n\n// src/push/encoder-thread.ts\nvar import_node_worker_threads = require("node:worker_threads");\n\n// src/nix/nar.ts\nvar import_node_fs = require("node:fs");\nvar CHUNK = 1024 * 1024;\nvar PAD = Buffer.alloc(8);\nvar SLASH = Buffer.from("/");\nvar ChunkPool = class {\n  chunkSize;\n  free = [];\n  constructor(chunkSize) {\n    this.chunkSize = chunkSize;\n  }\n  take() {\n    return this.free.pop() ?? Buffer.allocUnsafe(this.chunkSize);\n  }\n  /** Back into the pool, for a buffer that `take` gave and nothing reads any more. */\n  give(buf) {\n    this.free.push(buf);\n  }\n};\nvar ChunkWriter = class {\n  buf;\n  // being written\n  used = 0;\n  full = [];\n  // chunks not handed over yet\n  fullBuffers = [];\n  // with a pool: the buffers behind them\n  chunkSize;\n  // fields, not parameter properties: the bench strips types only\n  pool;\n  /** `sizeHint`: the expected NAR size; without a pool, a small NAR then fits one buffer of just its size. */\n  constructor(sizeHint, chunkSize, pool) {\n    this.chunkSize = chunkSize;\n    this.pool = pool;\n    if (!pool) this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(chunkSize, sizeHint)));\n  }\n  current() {\n    return this.buf ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(this.chunkSize);\n  }\n  flush() {\n    if (this.used === 0) return;\n    this.full.push(this.buf.subarray(0, this.used));\n    if (this.pool) this.fullBuffers.push(this.buf);\n    this.buf = void 0;\n    this.used = 0;\n  }\n  /** Space to write `n` bytes into (at most a chunk). */\n  room(n) {\n    if (this.used + n > this.current().length) this.flush();\n    return this.current();\n  }\n  u64(n) {\n    this.room(8).writeBigUInt64LE(BigInt(n), this.used);\n    this.used += 8;\n  }\n  bytes(b) {\n    let off = 0;\n    while (off < b.length) {\n      if (this.used === this.current().length) this.flush();\n      const buf = this.current();\n      const n = Math.min(b.length - off, buf.length - this.used);\n      buf.set(b.subarray(off, off + n), this.used);\n      this.used += n;\n      off += n;\n    }\n  }\n  pad(len) {\n    const p = (8 - len % 8) % 8;\n    if (p) this.bytes(PAD.subarray(0, p));\n  }\n  str(s) {\n    const b = typeof s === "string" ? Buffer.from(s) : s;\n    this.u64(b.length);\n    this.bytes(b);\n    this.pad(b.length);\n  }\n  /**\n   * Reads `size` bytes of an open file straight into the output buffers, handing over each buffer as it\n   * fills: a large file never sits in memory whole.\n   */\n  *fileContents(fd, size, describe) {\n    this.u64(size);\n    let left = size;\n    while (left > 0) {\n      if (this.used === this.current().length) {\n        this.flush();\n        yield* this.drain();\n      }\n      const buf = this.current();\n      const got = (0, import_node_fs.readSync)(fd, buf, this.used, Math.min(left, buf.length - this.used), null);\n      if (got === 0) throw new Error(`${describe} shrank while it was read`);\n      this.used += got;\n      left -= got;\n    }\n    this.pad(size);\n  }\n  /** Hands over what is full; with a pool, each buffer goes back once the consumer asks for what follows. */\n  *drain() {\n    if (this.full.length === 0) return;\n    const chunks2 = this.full.splice(0);\n    const buffers = this.fullBuffers.splice(0);\n    try {\n      yield* chunks2;\n    } finally {\n      for (const b of buffers) this.pool.give(b);\n    }\n  }\n  *end() {\n    this.flush();\n    yield* this.drain();\n  }\n  /** With a pool: every buffer still held goes back (the consumer asks for nothing more, or gave up). */\n  close() {\n    if (!this.pool) return;\n    for (const b of this.fullBuffers.splice(0)) this.pool.give(b);\n    if (this.buf) this.pool.give(this.buf);\n    this.buf = void 0;\n    this.full.length = 0;\n  }\n};\nfunction byBytes(a, b) {\n  return Buffer.compare(a, b);\n}\nfunction* narChunks(root, sizeHint = CHUNK, chunkSize = CHUNK, pool) {\n  if (pool && pool.chunkSize !== chunkSize) throw new Error(`a pool of ${pool.chunkSize}-byte buffers for ${chunkSize}-byte chunks`);\n  const w = new ChunkWriter(sizeHint, chunkSize, pool);\n  try {\n    yield* walk(w, root);\n  } finally {\n    w.close();\n  }\n}\nfunction* walk(w, root) {\n  w.str("nix-archive-1");\n  const stack = [];\n  function* node(path) {\n    const st = (0, import_node_fs.lstatSync)(path);\n    w.str("(");\n    w.str("type");\n    if (st.isSymbolicLink()) {\n      w.str("symlink");\n      w.str("target");\n      w.str((0, import_node_fs.readlinkSync)(path, { encoding: "buffer" }));\n      w.str(")");\n    } else if (st.isFile()) {\n      w.str("regular");\n      if (st.mode & 64) {\n        w.str("executable");\n        w.str("");\n      }\n      w.str("contents");\n      const fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW);\n      try {\n        const size = (0, import_node_fs.fstatSync)(fd).size;\n        if (size !== st.size) throw new Error(`${path.toString()} changed while it was read`);\n        yield* w.fileContents(fd, size, path.toString());\n      } finally {\n        (0, import_node_fs.closeSync)(fd);\n      }\n      w.str(")");\n    } else if (st.isDirectory()) {\n      w.str("directory");\n      const names = (0, import_node_fs.readdirSync)(path, { encoding: "buffer" }).sort(byBytes);\n      stack.push({ dir: path, names, next: 0 });\n    } else {\n      throw new Error(`${path.toString()} is neither a regular file, a directory nor a symlink: Nix cannot have put it there`);\n    }\n  }\n  yield* node(Buffer.from(root));\n  yield* w.drain();\n  while (stack.length > 0) {\n    const top = stack[stack.length - 1];\n    if (top.next > 0) w.str(")");\n    if (top.next === top.names.length) {\n      stack.pop();\n      w.str(")");\n      continue;\n    }\n    const name = top.names[top.next++];\n    w.str("entry");\n    w.str("(");\n    w.str("name");\n    w.str(name);\n    w.str("node");\n    yield* node(Buffer.concat([top.dir, SLASH, name]));\n    yield* w.drain();\n  }\n  yield* w.end();\n}\n\n// src/push/encode-frames.ts\nvar import_node_crypto = require("node:crypto");\nvar import_node_fs3 = require("node:fs");\nvar import_node_path = require("node:path");\nvar import_node_zlib = __toESM(require("node:zlib"), 1);\n\n// src/core/hashing-stream.ts\nvar NarMismatchError = class extends Error {\n  constructor(storePath, expectedSize, actualSize) {\n    super(\n      `refusing to sign ${storePath}: its contents differ from the hash registered in the Nix database (NAR size ${actualSize}, registered ${expectedSize}); the path was modified after it was built`\n    );\n    this.storePath = storePath;\n    this.expectedSize = expectedSize;\n    this.actualSize = actualSize;\n    this.name = "NarMismatchError";\n  }\n  storePath;\n  expectedSize;\n  actualSize;\n};\n\n// src/core/release.ts\nfunction ownsWhole(buf) {\n  return buf.buffer instanceof ArrayBuffer && buf.byteOffset === 0 && buf.byteLength === buf.buffer.byteLength;\n}\nfunction release(buf) {\n  const ab = buf.buffer;\n  if (!ownsWhole(buf) || ab.detached) return;\n  try {\n    ab.transfer(0);\n  } catch {\n  }\n}\nfunction shrinkToFit(buf) {\n  if (ownsWhole(buf)) return buf;\n  const ab = buf.buffer;\n  if (!(ab instanceof ArrayBuffer) || buf.byteOffset !== 0 || ab.byteLength <= Buffer.poolSize) return Buffer.from(buf);\n  return Buffer.from(ab.transfer(buf.byteLength));\n}\n\n// src/core/write-all.ts\nvar import_node_fs2 = require("node:fs");\nfunction writeAll(fd, bytes) {\n  for (let off = 0; off < bytes.length; ) off += (0, import_node_fs2.writeSync)(fd, bytes, off, bytes.length - off);\n}\n\n// src/push/encode-frames.ts\nvar FRAME = 4 * 1024 * 1024;\nvar LEVEL = { [import_node_zlib.default.constants.ZSTD_c_compressionLevel]: 3 };\nfunction compressBound(n) {\n  return n + (n >> 8) + (n < 128 * 1024 ? 128 * 1024 - n >> 11 : 0) + 64;\n}\nfunction compressFrame(chunk) {\n  const out = import_node_zlib.default.zstdCompressSync(chunk, { params: LEVEL, chunkSize: compressBound(chunk.length) });\n  return shrinkToFit(out);\n}\nfunction* encodeFrames(req, nar) {\n  const narHash = (0, import_node_crypto.createHash)("sha256");\n  const fileHash = (0, import_node_crypto.createHash)("sha256");\n  let narBytes = 0;\n  let fileSize = 0;\n  let held;\n  for (const chunk of nar(req.path, req.narSize, FRAME)) {\n    narHash.update(chunk);\n    narBytes += chunk.length;\n    const piece = req.compression === "zstd" ? compressFrame(chunk) : Buffer.from(chunk);\n    fileHash.update(piece);\n    fileSize += piece.length;\n    if (held) yield held;\n    held = piece;\n  }\n  if (narBytes !== req.narSize || !narHash.digest().equals(req.narDigest)) throw new NarMismatchError(req.path, req.narSize, narBytes);\n  if (held) yield held;\n  else if (req.compression === "zstd") {\n    const empty = import_node_zlib.default.zstdCompressSync(Buffer.alloc(0));\n    fileHash.update(empty);\n    fileSize += empty.length;\n    yield empty;\n  }\n  return { fileHash: fileHash.digest(), fileSize };\n}\nvar CREATE = import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL | import_node_fs3.constants.O_NOFOLLOW;\nvar FILE_MODE = 420;\nvar DIR_MODE = 493;\nfunction* encodeToFile(req, nar, file) {\n  const fd = createExclusive(file.tmp);\n  let open = true;\n  let renamed = false;\n  try {\n    (0, import_node_fs3.fchmodSync)(fd, FILE_MODE);\n    const frames = encodeFrames(req, nar);\n    for (let r = frames.next(); ; r = frames.next()) {\n      if (!r.done) {\n        writeAll(fd, r.value);\n        release(r.value);\n        yield;\n        continue;\n      }\n      open = false;\n      (0, import_node_fs3.closeSync)(fd);\n      (0, import_node_fs3.renameSync)(file.tmp, file.final);\n      renamed = true;\n      return r.value;\n    }\n  } finally {\n    if (open) (0, import_node_fs3.closeSync)(fd);\n    if (!renamed) (0, import_node_fs3.rmSync)(file.tmp, { force: true });\n  }\n}\nfunction encodeToFileNow(req, nar, file) {\n  const steps = encodeToFile(req, nar, file);\n  for (; ; ) {\n    const r = steps.next();\n    if (r.done) return r.value;\n  }\n}\nfunction createExclusive(tmp) {\n  try {\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  } catch (err) {\n    if (err.code !== "ENOENT") throw err;\n    const dir = (0, import_node_path.dirname)(tmp);\n    const made = (0, import_node_fs3.mkdirSync)(dir, { recursive: true });\n    if (made !== void 0) for (let d = dir; d.length >= made.length; d = (0, import_node_path.dirname)(d)) (0, import_node_fs3.chmodSync)(d, DIR_MODE);\n    return (0, import_node_fs3.openSync)(tmp, CREATE, FILE_MODE);\n  }\n}\n\n// src/push/encoder-thread.ts\nvar WINDOW = 2;\nvar chunks = new ChunkPool(FRAME);\nvar tasks = /* @__PURE__ */ new Map();\nfunction errorReply(id, err) {\n  const e = err;\n  return {\n    id,\n    error: { name: e.name, message: e.message, storePath: e.storePath, expectedSize: e.expectedSize, actualSize: e.actualSize }\n  };\n}\nvar source = (p, hint, size) => narChunks(p, hint, size, chunks);\nfunction writeFile(id, req) {\n  try {\n    import_node_worker_threads.parentPort.postMessage({ id, done: encodeToFileNow(req, source, req.file) });\n  } catch (err) {\n    import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n  }\n}\nfunction pump(id) {\n  const task = tasks.get(id);\n  while (task && task.inFlight < WINDOW) {\n    let r;\n    try {\n      r = task.gen.next();\n    } catch (err) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage(errorReply(id, err));\n      return;\n    }\n    if (r.done) {\n      tasks.delete(id);\n      import_node_worker_threads.parentPort.postMessage({ id, done: r.value });\n      return;\n    }\n    const piece = r.value;\n    const owns = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength;\n    import_node_worker_threads.parentPort.postMessage({ id, piece }, owns ? [piece.buffer] : []);\n    task.inFlight++;\n  }\n}\nimport_node_worker_threads.parentPort.on("message", (m) => {\n  if (m.op === "start" && m.req.file) return writeFile(m.id, m.req);\n  if (m.op === "start") tasks.set(m.id, { gen: encodeFrames(m.req, source), inFlight: 0 });\n  const task = tasks.get(m.id);\n  if (!task) return;\n  if (m.op === "cancel") {\n    task.gen.return(void 0);\n    tasks.delete(m.id);\n    return;\n  }\n  if (m.op === "took") task.inFlight--;\n  pump(m.id);\n});\n', lanes - 1, void 0, inline);
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
