/// `phases`.
extension InstanceReader {
    func readPhases(_ value: YAMLValue) -> [Phase]? {
        value.list { item in
            guard let fields = item.fields(["id", "name", "window", "after", "gap_days"]) else { return nil }
            let id = readID(fields, defining: .phase)
            let name = fields["name"]?.nonEmptyText()
            let window = fields["window"].flatMap { readWindow($0, of: "phase") }
            let after = fields["after"]?.list() ?? []
            let gapDays = fields["gap_days"]?.int(in: 0...InputLimits.dayCount)
            guard let id else { return nil }
            var phase = Phase(id: id, name: name)
            phase.window = window
            phase.after = after.compactMap { entry in
                guard let other = entry.reference() else { return nil }
                references.use(other, as: [.phase], at: entry.mention)
                references.phaseOrder.append(.init(from: id, to: other, mention: entry.mention))
                return other
            }
            phase.gapDays = gapDays ?? 0
            phase.location = item.location
            return phase
        }
    }
}
