import Foundation

/// Two independent 64-bit FNV-1a hashes: 128 bits for cache keys (not cryptographic).
public struct Hasher128 {
    public init() {}
    private var a: UInt64 = 0xcbf29ce484222325
    private var b: UInt64 = 0x84222325cbf29ce4 ^ 0x9e3779b97f4a7c15

    public mutating func update(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Eight bytes per step, then the tail byte by byte.
    public mutating func update(buffer: UnsafeRawBufferPointer) {
        var a = self.a, b = self.b
        let n = buffer.count
        var i = 0
        while i + 8 <= n {
            let word = buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            a = (a ^ word) &* 0x100000001b3
            a ^= a >> 29
            b = (b ^ (word &* 0x9e3779b97f4a7c15)) &* 0x100000001b3
            b = (b << 23) | (b >> 41)
            i += 8
        }
        while i < n {
            let byte = UInt64(buffer[i])
            a = (a ^ byte) &* 0x100000001b3
            b = (b ^ (byte ^ 0x5c)) &* 0x100000001b3
            b = (b << 7) | (b >> 57)
            i += 1
        }
        a = (a ^ UInt64(n)) &* 0x100000001b3
        b = (b ^ UInt64(n)) &* 0x100000001b3
        self.a = a; self.b = b
    }

    public mutating func update(_ string: String) {
        update(bytes: Array(string.utf8)) // the length is mixed in: "ab"+"c" differs from "a"+"bc"
    }

    public var hex: String { String(format: "%016llx%016llx", a, b) }
}

