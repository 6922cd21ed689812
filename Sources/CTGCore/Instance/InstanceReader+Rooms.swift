/// `rooms`.
extension InstanceReader {
    func readRooms(_ value: YAMLValue) -> [Room]? {
        guard let items = value.list() else { return nil }
        guard items.count <= InputLimits.entities else {
            value.error("\(items.count) rooms, more than the limit of \(InputLimits.entities)")
            return nil
        }
        return items.compactMap(readRoom)
    }

    private func readRoom(_ value: YAMLValue) -> Room? {
        let names = ["id", "name", "site", "address", "capacity", "features", "unavailable"]
        guard let fields = value.fields(names) else { return nil }
        let id = readID(fields, defining: .room)
        let name = fields["name"]?.nonEmptyText()
        let site = fields["site"]?.nonEmptyText()
        let address = fields["address"]?.nonEmptyText()
        let capacity = fields.required("capacity")?.int(in: 1...InputLimits.headcount)
        let features = fields["features"]?.list { $0.nonEmptyText() }
        let unavailable = fields["unavailable"].flatMap(readAvailabilityRules)
        // Sites and features exist through the rooms that have them; a room
        // with a wrong id still has them, so `needs` and `sites` that name
        // them are not reported as well.
        if let site = site ?? id {
            references.define(site, .site, at: (fields["site"] ?? value).mention)
        }
        for feature in features ?? [] {
            references.define(feature, .feature, at: value.mention)
        }
        guard let id else { return nil }
        var room = Room(id: id, name: name, site: site, capacity: capacity ?? 1)
        room.address = address
        room.features = features ?? []
        room.unavailable = unavailable ?? []
        room.location = value.location
        return room
    }
}
