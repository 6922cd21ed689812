import Foundation

/// A value the workers of `ParallelJobs` share: every read and write holds
/// the lock, so a worker never sees another's half-done update.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    package var value: Value { lock.withLock { stored } }
    @discardableResult
    package func update<Result>(_ body: (inout Value) -> Result) -> Result { lock.withLock { body(&stored) } }
}
