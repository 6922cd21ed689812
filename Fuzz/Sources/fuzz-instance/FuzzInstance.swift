import CTGCore
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInstance(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = FuzzEntry.instance(Data(bytes: bytes, count: count))
    return 0
}
