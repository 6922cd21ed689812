import Foundation
import Testing

@testable import CTGCore
@testable import CTGSolver

/// `--now` read as a wall time of the instance's zone.
@Suite struct ReplanTimeTests {
    @Test("A --now that the clocks skip is an input error saying so; the repeated hour is still read")
    func nowInTheGap() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        do {
            _ = try ReplanTime.parse("2023-03-26T02:30", zone: paris)
            Issue.record("a time that does not exist was accepted")
        } catch let error as InputError {
            #expect(error.description.contains("--now: \"2023-03-26T02:30\" does not exist in Europe/Paris"))
        }
        #expect(throws: InputError.self) { try ReplanTime.parse("2023-03-26T02:00:00", zone: paris) }
        let after = try ReplanTime.parse("2023-03-26T03:00", zone: paris)
        #expect(after == ISO8601Instant.parse("2023-03-26T03:00:00+02:00"))
        let repeated = try ReplanTime.parse("2023-10-29T02:30", zone: paris)
        #expect(repeated == ISO8601Instant.parse("2023-10-29T02:30:00+02:00"))
        let withOffset = try ReplanTime.parse("2023-03-26T02:30+01:00", zone: paris)
        #expect(withOffset == ISO8601Instant.parse("2023-03-26T03:30:00+02:00"))
        #expect(try ReplanTime.parse("2023-03-26", zone: paris) == ISO8601Instant.parse("2023-03-26T00:00:00+01:00"))
    }
}
