import CTGCore
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchedule(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = FuzzEntry.schedule(Data(bytes: bytes, count: count))
    return 0
}
