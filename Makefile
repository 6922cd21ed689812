# The two everyday commands: `make run` solves the bundled instance,
# `make test` runs every test. Both install GLPK first when it is missing.
INSTANCE ?= instances/ctg-2022-2023.yaml

.PHONY: run test deps

deps:
	@scripts/ensure-deps.sh

run: deps
	swift build -c release --product ctg-planner
	.build/release/ctg-planner solve $(INSTANCE)

test:
	@CTG_CLIENT_TOOLS=1 scripts/ensure-deps.sh
	swift build --build-tests
	swift test --skip-build
	scripts/client-checks.sh
