import Foundation
import ICalendar

/// The window and zone of a school year, as `BusyCalendars` asks them of a
/// partner's calendar: parsing, then expanding every recurrence into busy
/// intervals. `ICalendarError` is the only error these can throw.
private let from = Date(timeIntervalSince1970: 1_661_990_400)  // 2022-09-01 UTC
private let to = Date(timeIntervalSince1970: 1_693_526_400)  // 2023-09-01 UTC
private let paris = TimeZone(identifier: "Europe/Paris")!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICS(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let components = try? ICalendarParser.parse(Data(bytes: bytes, count: count), file: "fuzz.ics") else {
        return 0
    }
    _ = try? BusyTime.intervals(in: components, from: from, to: to, floatingTimeZone: paris)
    return 0
}
