# argloss: build, install and uninstall.
#   make install PREFIX=/usr/local     (DESTDIR is honoured for packaging)
#   make uninstall PREFIX=/usr/local
PREFIX ?= /usr/local
SWIFT ?= swift
SHARE = $(DESTDIR)$(PREFIX)/share
BUILD_FLAGS = -c release --static-swift-stdlib

.PHONY: all build install uninstall clean

all: build

build:
	$(SWIFT) build $(BUILD_FLAGS) --product argloss

install: build
	set -e; bin="$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)"; \
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(SHARE)/argloss" "$(SHARE)/man/man1" \
	  "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" \
	  "$(SHARE)/fish/vendor_completions.d"; \
	install -m 755 "$$bin/argloss" "$(DESTDIR)$(PREFIX)/bin/argloss"; \
	rm -rf "$(SHARE)/argloss/lexicons" "$(SHARE)/argloss/transliteration"; \
	cp -R lexicons transliteration "$(SHARE)/argloss/"; \
	"$$bin/argloss" --generate-completion-script bash > "$(SHARE)/bash-completion/completions/argloss"; \
	"$$bin/argloss" --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_argloss"; \
	"$$bin/argloss" --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/argloss.fish"; \
	man="$$(mktemp -d)"; \
	$(SWIFT) package --allow-writing-to-directory "$$man" generate-manual --multi-page \
	  --output-directory "$$man" --configuration release > /dev/null; \
	install -m 644 "$$man"/*.1 "$(SHARE)/man/man1/"; rm -rf "$$man"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/argloss" "$(SHARE)/man/man1/argloss.1" "$(SHARE)/man/man1/argloss."*.1 \
	  "$(SHARE)/bash-completion/completions/argloss" "$(SHARE)/zsh/site-functions/_argloss" \
	  "$(SHARE)/fish/vendor_completions.d/argloss.fish"
	rm -rf "$(SHARE)/argloss"

clean:
	$(SWIFT) package clean
