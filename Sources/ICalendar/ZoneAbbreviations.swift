import Foundation

/// The tz database's own abbreviations (CET, CEST, EST, AEDT, JST) for TZNAME.
///
/// Foundation on Linux offers only CLDR's localised short names, which for
/// most zones and locales are "GMT+1"; the compiled tz files the system
/// ships (TZif, RFC 8536) carry the real ones. When a file cannot be read,
/// ``Component/timeZone(_:covering:)`` falls back to Foundation's abbreviation.
struct ZoneAbbreviations {
    private struct LocalTimeType {
        var offset: Int
        var isDaylightSaving: Bool
        var abbreviation: String
    }

    private let transitions: [(instant: Int, type: Int)]
    private let types: [LocalTimeType]

    /// Reads `$TZDIR/<identifier>` or `/usr/share/zoneinfo/<identifier>`.
    init?(identifier: String) {
        guard !identifier.contains(".."), !identifier.hasPrefix("/") else { return nil }
        let directory = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let data = FileManager.default.contents(atPath: directory + "/" + identifier) else { return nil }
        self.init(tzif: [UInt8](data))
    }

    init?(tzif bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let v1 = reader.header() else { return nil }
        var header = v1
        var timeSize = 4
        if v1.version >= UInt8(ascii: "2") {
            // Skip the 32-bit block; the 64-bit one after it covers every year.
            reader.skip(v1.dataLength(timeSize: 4))
            guard let v2 = reader.header() else { return nil }
            header = v2
            timeSize = 8
        }
        var transitions: [(instant: Int, type: Int)] = []
        var instants: [Int] = []
        for _ in 0..<header.timeCount {
            guard let instant = reader.signed(timeSize) else { return nil }
            instants.append(instant)
        }
        for instant in instants {
            guard let type = reader.byte() else { return nil }
            transitions.append((instant, Int(type)))
        }
        var raw: [(offset: Int, isDaylightSaving: Bool, index: Int)] = []
        for _ in 0..<header.typeCount {
            guard let offset = reader.signed(4), let dst = reader.byte(), let index = reader.byte() else { return nil }
            raw.append((offset, dst != 0, Int(index)))
        }
        guard let characters = reader.bytes(header.characterCount) else { return nil }
        let types = raw.map { type in
            let tail = characters.dropFirst(type.index)
            let name = tail.prefix { $0 != 0 }
            return LocalTimeType(
                offset: type.offset, isDaylightSaving: type.isDaylightSaving,
                abbreviation: String(decoding: name, as: UTF8.self))
        }
        guard transitions.allSatisfy({ $0.type < types.count }) else { return nil }
        self.types = types
        self.transitions = transitions
    }

    /// The abbreviation of the latest local time type with this offset and
    /// DST flag in force at or before `instant`, or of any type that matches.
    func abbreviation(offset: Int, isDaylightSaving: Bool, at instant: Int) -> String? {
        func matches(_ type: LocalTimeType) -> Bool {
            type.offset == offset && type.isDaylightSaving == isDaylightSaving && !type.abbreviation.isEmpty
        }
        let latest = transitions.last { $0.instant <= instant && matches(types[$0.type]) }
        return latest.map { types[$0.type].abbreviation } ?? types.last(where: matches)?.abbreviation
    }

    private struct Header {
        var version: UInt8
        var utLocalCount, standardWallCount, leapCount, timeCount, typeCount, characterCount: Int

        func dataLength(timeSize: Int) -> Int {
            timeCount * timeSize + timeCount + typeCount * 6 + characterCount + leapCount * (timeSize + 4)
                + standardWallCount + utLocalCount
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func bytes(_ count: Int) -> ArraySlice<UInt8>? {
            guard count >= 0, position + count <= bytes.count else { return nil }
            defer { position += count }
            return bytes[position..<position + count]
        }

        mutating func byte() -> UInt8? { bytes(1)?.first }

        mutating func skip(_ count: Int) { position += count }

        /// A big-endian two's-complement integer of 4 or 8 bytes.
        mutating func signed(_ size: Int) -> Int? {
            guard let slice = bytes(size) else { return nil }
            let unsigned = slice.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return size == 8 ? Int(Int64(bitPattern: unsigned)) : Int(Int32(truncatingIfNeeded: unsigned))
        }

        mutating func header() -> Header? {
            guard let magic = bytes(4), magic.elementsEqual("TZif".utf8), let version = byte(), bytes(15) != nil
            else { return nil }
            var counts: [Int] = []
            for _ in 0..<6 {
                guard let count = signed(4), count >= 0, count < 1_000_000 else { return nil }
                counts.append(count)
            }
            return Header(
                version: version, utLocalCount: counts[0], standardWallCount: counts[1], leapCount: counts[2],
                timeCount: counts[3], typeCount: counts[4], characterCount: counts[5])
        }
    }
}
