// Jest's node environment with the process's own typed-array constructors. Each spec runs in a vm
// context whose Float32Array differs from the one native addons create, so onnxruntime-node's
// `data instanceof Float32Array` check fails on every inference result inside Jest (not in the
// service). A spec that runs onnxruntime opts in with the docblock
//   /** @jest-environment ./libs/testing/src/jest/native-typed-arrays-environment.js */
const { TestEnvironment } = require('jest-environment-node');

const SHARED = [
  'ArrayBuffer',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = NativeTypedArraysEnvironment;
