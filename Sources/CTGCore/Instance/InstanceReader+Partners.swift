/// `groups` and `partners`.
extension InstanceReader {
    func readGroups(_ value: YAMLValue) -> [Group]? {
        guard let entries = value.entries() else { return nil }
        guard entries.count <= InputLimits.entities else {
            value.error("\(entries.count) groups, more than the limit of \(InputLimits.entities)")
            return nil
        }
        return entries.compactMap { entry in
            let id = readKey(entry.key, at: entry.keyValue, path: entry.value.path, defining: .group)
            guard let items = entry.value.list(), let id else { return nil }
            let members = items.compactMap { item -> String? in
                guard let member = item.reference() else { return nil }
                references.use(member, as: [.partner, .group], at: item.mention)
                references.groupMembers.append(.init(from: id, to: member, mention: item.mention))
                return member
            }
            return Group(id: id, members: members, location: entry.keyValue.location)
        }
    }

    func readPartners(_ value: YAMLValue) -> [Partner]? {
        guard let items = value.list() else { return nil }
        guard items.count <= InputLimits.entities else {
            value.error("\(items.count) partners, more than the limit of \(InputLimits.entities)")
            return nil
        }
        return items.compactMap(readPartner)
    }

    private func readPartner(_ value: YAMLValue) -> Partner? {
        let names = ["id", "name", "email", "unavailable", "busy", "max_per_week", "max_per_day", "prefers"]
        guard let fields = value.fields(names) else { return nil }
        let id = readID(fields, defining: .partner)
        let name = fields["name"]?.nonEmptyText()
        let email = fields["email"]?.email()
        let unavailable = fields["unavailable"].flatMap(readAvailabilityRules)
        let busy = fields["busy"]?.nonEmptyText()
        let maxPerWeek = fields["max_per_week"]?.int(in: 1...InputLimits.perPartnerCount)
        let maxPerDay = fields["max_per_day"]?.int(in: 1...InputLimits.perPartnerCount)
        let prefers = fields["prefers"].flatMap(readSlotPreference)
        guard let id else { return nil }
        var partner = Partner(id: id, name: name)
        partner.email = email
        partner.unavailable = unavailable ?? []
        partner.busy = busy
        partner.busyLocation = busy == nil ? nil : fields["busy"]?.location
        partner.maxPerWeek = maxPerWeek
        partner.maxPerDay = maxPerDay
        partner.prefers = prefers
        partner.location = value.location
        return partner
    }

    private func readSlotPreference(_ value: YAMLValue) -> SlotPreference? {
        guard let fields = value.fields(["days", "slots"]) else { return nil }
        return SlotPreference(
            days: fields["days"].flatMap { readWeekdays($0, nonEmpty: false) },
            slots: fields["slots"].flatMap { readReferences($0, to: .slot) })
    }
}
