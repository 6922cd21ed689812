import MIP

/// Models with known answers, shared by the tests.
enum TestModels {
    /// Seven items, capacity 60: the optimum takes items 0, 1 and 2 for 280;
    /// the LP relaxation is worth 290.
    static func knapsack() -> Model {
        var model = Model(name: "knapsack")
        model.direction = .maximize
        let values: [Double] = [60, 100, 120, 80, 30, 45, 70]
        let weights: [Double] = [10, 20, 30, 25, 5, 15, 22]
        let items = values.indices.map { model.addVariable(name: "item \($0)", kind: .binary, objective: values[$0]) }
        model.addConstraint(name: "capacity", items.indices.map { (items[$0], weights[$0]) }, .lessOrEqual(60))
        return model
    }

    static let knapsackOptimum: [Double] = [1, 1, 1, 0, 0, 0, 0]

    /// Four workers, four tasks; the cheapest assignment (w0→t1, w1→t0,
    /// w2→t2, w3→t3) costs 13. Variable `4 * worker + task`.
    static func assignment() -> Model {
        let cost: [[Double]] = [[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8], [7, 6, 9, 4]]
        var model = Model(name: "assignment")
        let x = (0..<4).map { worker in
            (0..<4).map { task in
                model.addVariable(name: "x[\(worker),\(task)]", kind: .binary, objective: cost[worker][task])
            }
        }
        for worker in 0..<4 {
            model.addConstraint(name: "worker \(worker)", (0..<4).map { (x[worker][$0], 1) }, .equal(1))
        }
        for task in 0..<4 {
            model.addConstraint(name: "task \(task)", (0..<4).map { (x[$0][task], 1) }, .equal(1))
        }
        return model
    }

    /// A `size` × `size` assignment problem with seeded costs in 1…100;
    /// its LP relaxation is integral, so it solves at the root.
    static func largeAssignment(size: Int) -> Model {
        var random = SplitMix64(seed: 3)
        var model = Model(name: "assignment \(size)")
        let x = (0..<size).map { worker in
            (0..<size).map { task in
                model.addVariable(
                    name: "x[\(worker),\(task)]", kind: .binary, objective: Double(1 + random.next() % 100))
            }
        }
        for i in 0..<size {
            model.addConstraint(name: "worker \(i)", (0..<size).map { (x[i][$0], 1) }, .equal(1))
            model.addConstraint(name: "task \(i)", (0..<size).map { (x[$0][i], 1) }, .equal(1))
        }
        return model
    }

    /// max c·x subject to Ax ≤ b, 0 ≤ x ≤ 10, with 1000 rows, 2000 columns
    /// and 8 seeded non-zeros per column: its LP alone takes GLPK's simplex
    /// about two seconds.
    static func largeRandomLP(kind: VariableKind) -> Model {
        var random = SplitMix64(seed: 1)
        var model = Model(name: "large LP")
        model.direction = .maximize
        let x = (0..<2000).map {
            model.addVariable(name: "x\($0)", kind: kind, upperBound: 10, objective: Double(1 + random.next() % 50))
        }
        var rows = Array(repeating: [(Variable, Double)](), count: 1000)
        for column in x {
            for _ in 0..<8 {
                rows[Int(random.next() % 1000)].append((column, Double(1 + random.next() % 20)))
            }
        }
        for (index, terms) in rows.enumerated() {
            model.addConstraint(name: "r\(index)", terms, .lessOrEqual(Double(100 + random.next() % 100)))
        }
        return model
    }

    /// max 3x + 5y subject to x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18: optimum 36 at (2, 6).
    static func productionLP() -> Model {
        var model = Model(name: "production")
        model.direction = .maximize
        let x = model.addVariable(name: "x", objective: 3)
        let y = model.addVariable(name: "y", objective: 5)
        model.addConstraint(name: "plant 1", [(x, 1)], .lessOrEqual(4))
        model.addConstraint(name: "plant 2", [(y, 2)], .lessOrEqual(12))
        model.addConstraint(name: "plant 3", [(x, 3), (y, 2)], .lessOrEqual(18))
        return model
    }

    /// max y subject to −x + y ≤ 1, 3x + 2y ≤ 12, 2x + 3y ≤ 12 over
    /// integers: the LP optimum is y = 2.8 at (1.8, 2.8), the integer one y = 2.
    static func fractionalRelaxation() -> Model {
        var model = Model(name: "fractional")
        model.direction = .maximize
        let x = model.addVariable(name: "x", kind: .integer)
        let y = model.addVariable(name: "y", kind: .integer, objective: 1)
        model.addConstraint(name: "a", [(x, -1), (y, 1)], .lessOrEqual(1))
        model.addConstraint(name: "b", [(x, 3), (y, 2)], .lessOrEqual(12))
        model.addConstraint(name: "c", [(x, 2), (y, 3)], .lessOrEqual(12))
        return model
    }

    /// 2a + 4b + 6c = 5 over integers 0…5: the LP is feasible, no integer
    /// point is (the left side is even).
    static func integerInfeasible() -> Model {
        var model = Model(name: "parity")
        let a = model.addVariable(name: "a", kind: .integer, upperBound: 5, objective: 1)
        let b = model.addVariable(name: "b", kind: .integer, upperBound: 5, objective: 1)
        let c = model.addVariable(name: "c", kind: .integer, upperBound: 5, objective: 1)
        model.addConstraint(name: "odd", [(a, 2), (b, 4), (c, 6)], .equal(5))
        model.addConstraint(name: "cap", [(a, 1), (b, 1)], .lessOrEqual(10))
        return model
    }

    /// x + y ≥ 3 and x + y ≤ 1: even the LP is infeasible.
    static func lpInfeasible() -> Model {
        var model = Model(name: "contradiction")
        let x = model.addVariable(name: "x", kind: .integer, objective: 1)
        let y = model.addVariable(name: "y", kind: .integer, objective: 1)
        model.addConstraint(name: "at least", [(x, 1), (y, 1)], .greaterOrEqual(3))
        model.addConstraint(name: "at most", [(x, 1), (y, 1)], .lessOrEqual(1))
        return model
    }

    /// max x + y subject to x − y ≤ 1 over non-negative integers.
    static func unbounded() -> Model {
        var model = Model(name: "unbounded")
        model.direction = .maximize
        let x = model.addVariable(name: "x", kind: .integer, objective: 1)
        let y = model.addVariable(name: "y", kind: .integer, objective: 1)
        model.addConstraint(name: "spread", [(x, 1), (y, -1)], .lessOrEqual(1))
        return model
    }

    /// Bin packing of 16 items (sizes 20…60, seeded) into at most 10 bins of
    /// capacity 100, counting the bins through a continuous variable `z`:
    /// the optimum is 8 bins and the LP bound stays near 7.19.
    ///
    /// GLPK rounds the bound itself only when every objective term is an
    /// integer variable with an integer coefficient; through `z` it cannot
    /// see that the objective is integral, and with cuts off it keeps
    /// branching long after finding the optimum. The second row on `z`
    /// keeps the presolver from substituting it away. Maximising `−z`
    /// instead gives the mirror image (optimum −8).
    static func binPacking(direction: Direction = .minimize) -> Model {
        var random = SplitMix64(seed: 5)
        let items = 16
        let bins = 10
        var model = Model(name: "bin packing")
        model.direction = direction
        let sizes = (0..<items).map { _ in Double(20 + random.next() % 41) }
        let used = (0..<bins).map { model.addVariable(name: "used\($0)", kind: .binary) }
        let z = model.addVariable(name: "z", objective: direction == .minimize ? 1 : -1)
        let put = (0..<items).map { item in
            (0..<bins).map { bin in model.addVariable(name: "put\(item),\(bin)", kind: .binary) }
        }
        model.addConstraint(name: "count", used.map { ($0, 1) } + [(z, -1)], .lessOrEqual(0))
        model.addConstraint(name: "z cap", [(z, 1), (used[0], 1)], .lessOrEqual(Double(bins + 1)))
        for item in 0..<items {
            model.addConstraint(name: "place \(item)", (0..<bins).map { (put[item][$0], 1) }, .equal(1))
        }
        for bin in 0..<bins {
            model.addConstraint(
                name: "capacity \(bin)", (0..<items).map { (put[$0][bin], sizes[$0]) } + [(used[bin], -100)],
                .lessOrEqual(0))
        }
        return model
    }

    /// A market split instance (Cornuéjols and Dawande, 1998): `rows`
    /// equality rows over `10 (rows − 1)` binaries with coefficients in
    /// 0…99, right-hand sides half the row sums. Branch-and-bound needs an
    /// exponential number of nodes, so GLPK cannot finish within seconds.
    ///
    /// With `slack`, each row gets surplus and shortage variables whose sum is
    /// minimised, so every assignment is feasible and incumbents come
    /// quickly; without, it is a pure feasibility problem (objective 0).
    /// With `planted`, the right-hand sides are those of a random binary
    /// point, which is returned, so a solution is known to exist.
    static func marketSplit(rows: Int, seed: UInt64, slack: Bool, planted: Bool = false) -> (
        model: Model, planted: [Double]?
    ) {
        var random = SplitMix64(seed: seed)
        let columns = 10 * (rows - 1)
        var model = Model(name: "market split \(rows)x\(columns)")
        let x = (0..<columns).map { model.addVariable(name: "x\($0)", kind: .binary) }
        let point: [Double]? = planted ? (0..<columns).map { _ in Double(random.next() % 2) } : nil
        for row in 0..<rows {
            let coefficients = (0..<columns).map { _ in Double(random.next() % 100) }
            let rhs =
                point.map { p in zip(coefficients, p).reduce(0) { $0 + $1.0 * $1.1 } }
                ?? (coefficients.reduce(0, +) / 2).rounded(.down)
            var terms = zip(x, coefficients).map { ($0, $1) }
            if slack {
                let surplus = model.addVariable(name: "surplus\(row)", objective: 1)
                let shortage = model.addVariable(name: "shortage\(row)", objective: 1)
                terms += [(surplus, -1), (shortage, 1)]
            }
            model.addConstraint(name: "split\(row)", terms, .equal(rhs))
        }
        return (model, point.map { $0 + Array(repeating: 0, count: model.variableCount - columns) })
    }
}

/// Steele, Lea and Flood's SplitMix64: a seeded generator, so that random
/// instances are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
