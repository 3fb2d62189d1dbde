# The commands of README.md: `make run`, `make test` and `make package`. They install what is
# missing (scripts/install-deps.sh), configure with CMake + Ninja, and build.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
ARGS ?=

.PHONY: all deps deps-test configure build run test package check-package bench clean

all: build

deps:
	bash scripts/install-deps.sh

deps-test:
	bash scripts/install-deps.sh --test

configure:
	cmake -S . -B $(BUILD_DIR) -G Ninja $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: deps build
	$(BUILD_DIR)/app/hattama $(ARGS)

test: deps-test build
	bash scripts/run-tests.sh $(BUILD_DIR)

# The Debian package hattama_<version>_<arch>.deb in the build folder (docs/install.md). Builds
# only what the package holds, so it reuses a build folder `make test` has filled.
package: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS) --target hattama hattama_man hattama_icons
	cd $(BUILD_DIR) && cpack

# Installs the package on this machine, checks it and removes it again (needs root or sudo).
check-package: deps-test package
	bash scripts/check-package.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
