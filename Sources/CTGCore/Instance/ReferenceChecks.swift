/// Duplicate ids and names that refer to nothing, with a "did you mean" when
/// a defined name is close.
enum ReferenceChecks {
    package static func run(_ references: CrossReferences, meetings: [MeetingSpec], log: DiagnosticLog) {
        let defined = checkDuplicates(references.definitions, log: log)
        var lookup = Lookup(defined: defined, meetings: meetings)
        for use in references.uses {
            if let problem = lookup.problem(with: use) {
                log.error(problem, at: use.mention)
            }
        }
    }

    /// The first definition of each name, by kind; reports every later one.
    private static func checkDuplicates(
        _ definitions: [CrossReferences.Definition], log: DiagnosticLog
    ) -> [CrossReferences.Kind: [(name: String, mention: Mention)]] {
        var first: [CrossReferences.Kind: [String: Mention]] = [:]
        var ordered: [CrossReferences.Kind: [(name: String, mention: Mention)]] = [:]
        for definition in definitions {
            if let earlier = first[definition.kind]?[definition.name] {
                if definition.kind != .feature && definition.kind != .site {
                    log.error(
                        "duplicate \(definition.kind.rawValue) id \(quoted(definition.name))"
                            + " (first defined at line \(earlier.location.line))",
                        at: definition.mention)
                }
                continue
            }
            first[definition.kind, default: [:]][definition.name] = definition.mention
            ordered[definition.kind, default: []].append((definition.name, definition.mention))
        }
        for group in ordered[.group] ?? [] {
            if let partner = first[.partner]?[group.name] {
                log.error(
                    "group id \(quoted(group.name)) is also a partner id (defined at line \(partner.location.line))",
                    at: group.mention)
            }
        }
        return ordered
    }

    /// Looks names up, caching the "did you mean" of each unknown name.
    private struct Lookup {
        package let names: [CrossReferences.Kind: Set<String>]
        let orderedNames: [CrossReferences.Kind: [String]]
        package let sessions: [String: Int]
        var hints: [String: String] = [:]
        var hintsLeft = InputLimits.suggestions

        init(defined: [CrossReferences.Kind: [(name: String, mention: Mention)]], meetings: [MeetingSpec]) {
            orderedNames = defined.mapValues { $0.map(\.name) }
            names = orderedNames.mapValues(Set.init)
            var sessions: [String: Int] = [:]
            for meeting in meetings where sessions[meeting.id] == nil {
                sessions[meeting.id] = meeting.sessions
            }
            self.sessions = sessions
        }

        package mutating func problem(with use: CrossReferences.Use) -> String? {
            if use.kinds.contains(where: { names[$0]?.contains(use.name) == true }) { return nil }
            if use.kinds == [.meeting] { return meetingProblem(use.name) }
            let hint = self.hint(for: use.name, among: use.kinds)
            switch use.kinds.first {
            case .feature: return "no room has the feature \(quoted(use.name))\(hint)"
            case .site: return "no room is at the site \(quoted(use.name))\(hint)"
            default:
                let known = use.kinds.filter { $0 == use.kinds.first || names[$0]?.isEmpty == false }
                let noun = known.map(\.rawValue).joined(separator: " or ")
                return "unknown \(noun) \(quoted(use.name))\(hint)"
            }
        }

        /// `S` names a meeting or a whole series; `S#k` one session of a series.
        private mutating func meetingProblem(_ name: String) -> String? {
            guard let hash = name.lastIndex(of: "#") else {
                return "unknown meeting \(quoted(name))\(hint(for: name, among: [.meeting]))"
            }
            let base = String(name[..<hash])
            let suffix = name[name.index(after: hash)...]
            guard let count = sessions[base] else {
                let guess = Suggestions.closest(to: base, among: orderedNames[.meeting] ?? [])
                let hint = guess.map { " (did you mean \(quoted("\($0)#\(suffix)"))?)" } ?? ""
                return "unknown meeting \(quoted(name))\(hint)"
            }
            if count == 1 {
                return "\(quoted(base)) is a single meeting, not a series: name it \(quoted(base))"
            }
            if let k = Int(suffix), String(k) == suffix, (1...count).contains(k) { return nil }
            return "no session \(quoted(name)): \(quoted(base)) has sessions \(base)#1 to \(base)#\(count)"
        }

        private mutating func hint(for name: String, among kinds: [CrossReferences.Kind]) -> String {
            let key = kinds.map(\.rawValue).joined(separator: "|") + "/" + name
            if let hint = hints[key] { return hint }
            guard hintsLeft > 0 else { return "" }
            hintsLeft -= 1
            let hint = Suggestions.hint(for: name, among: kinds.flatMap { orderedNames[$0] ?? [] })
            hints[key] = hint
            return hint
        }
    }
}
