// The C firewall between Swift and the system ICU.
//
// This header includes no ICU header on purpose: Foundation carries its own ICU, and a Swift
// module that sees both fails to compile (on clean builds only). Only plain C types cross
// this boundary. Status values are ICU's UErrorCode numbers: 0 ok, < 0 warning, > 0 failure.
// No ICU pointer to caller text outlives a call: iterators are given their text, used and
// detached inside one function.
#ifndef CICUSHIMS_H
#define CICUSHIMS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Copies of ICU constants Swift needs (checked against ICU with _Static_assert in the .c).
enum {
  CICU_BUFFER_OVERFLOW_ERROR = 15,
  CICU_ILLEGAL_ARGUMENT_ERROR = 1,
  CICU_STRING_NOT_TERMINATED_WARNING = -124,
  CICU_BREAK_CHARACTER = 0,
  CICU_BREAK_WORD = 1,
  CICU_BREAK_LINE = 2,
  CICU_BREAK_SENTENCE = 3,
  CICU_BIDI_DEFAULT_LTR = 0xFE,
  CICU_BIDI_DEFAULT_RTL = 0xFF,
  CICU_BIDI_DO_MIRRORING = 2,
  CICU_BIDI_REMOVE_BIDI_CONTROLS = 8,
  CICU_SHAPE_LETTERS_SHAPE = 8,
  CICU_NORM_NFC = 0,
  CICU_NORM_NFKC = 1,
};

/// Where a rule set failed to parse (ICU's UParseError, contexts as UTF-16).
typedef struct cicu_parse_error {
  int32_t line;
  int32_t offset;
  uint16_t pre_context[16];
  uint16_t post_context[16];
} cicu_parse_error;

typedef struct cicu_transliterator cicu_transliterator;  // UTransliterator
typedef struct cicu_break_iterator cicu_break_iterator;  // UBreakIterator

// MARK: - General

/// ICU's name for a status code (u_errorName), e.g. "U_INVALID_ID".
const char *_Nonnull cicu_error_name(int32_t status);
/// The ICU version (u_getVersion), as four bytes.
void cicu_version(uint8_t *_Nonnull version);
/// UTF-16 to UTF-8 with U+FFFD for unpaired surrogates (u_strToUTF8WithSub).
/// Returns the UTF-8 length; sets overflow when `capacity` is too small.
int32_t cicu_utf16_to_utf8(const uint16_t *_Nonnull source, int32_t length, char *_Nullable dest,
                           int32_t capacity, int32_t *_Nonnull status);

// MARK: - Transliteration (utrans)

/// Opens a system transform by ID (utrans_openU); `reverse` != 0 opens its inverse.
cicu_transliterator *_Nullable cicu_transliterator_open_id(const uint16_t *_Nonnull id,
                                                           int32_t length, int32_t reverse,
                                                           int32_t *_Nonnull status);
/// Compiles a rule-based transform from rule text (utrans_openU with rules).
cicu_transliterator *_Nullable cicu_transliterator_open_rules(
    const uint16_t *_Nonnull name, int32_t name_length, const uint16_t *_Nonnull rules,
    int32_t rules_length, int32_t reverse, cicu_parse_error *_Nonnull parse_error,
    int32_t *_Nonnull status);
/// An independent copy for another thread (utrans_clone).
cicu_transliterator *_Nullable cicu_transliterator_clone(
    const cicu_transliterator *_Nonnull transliterator, int32_t *_Nonnull status);
void cicu_transliterator_close(cicu_transliterator *_Nonnull transliterator);
/// Transforms `text` in place (utrans_transUChars). On overflow, `*length` is the needed length.
void cicu_transliterator_apply(const cicu_transliterator *_Nonnull transliterator,
                               uint16_t *_Nonnull text, int32_t *_Nonnull length,
                               int32_t capacity, int32_t *_Nonnull status);
/// The transform's ID (utrans_getUnicodeID); returns its length, copies at most `capacity`.
int32_t cicu_transliterator_id(const cicu_transliterator *_Nonnull transliterator,
                               uint16_t *_Nullable dest, int32_t capacity);
/// All system transform IDs joined by '\n' (utrans_openIDs); returns the needed length.
int32_t cicu_transliterator_available_ids(uint16_t *_Nullable dest, int32_t capacity,
                                          int32_t *_Nonnull status);

// MARK: - Break iteration (ubrk)

/// Opens a break iterator of one of the CICU_BREAK_* kinds with no text (ubrk_open).
cicu_break_iterator *_Nullable cicu_break_iterator_open(int32_t kind,
                                                        const char *_Nonnull locale,
                                                        int32_t *_Nonnull status);
void cicu_break_iterator_close(cicu_break_iterator *_Nonnull iterator);
/// Sets `text`, writes every boundary (0 and `length` included) and, if `rule_statuses` is
/// given, the rule status of the segment ending there; detaches the text before returning.
/// Returns the number of boundaries, which may exceed `capacity` (then only `capacity` are
/// written).
int32_t cicu_break_iterator_bounds(cicu_break_iterator *_Nonnull iterator,
                                   const uint16_t *_Nonnull text, int32_t length,
                                   int32_t *_Nullable bounds, int32_t *_Nullable rule_statuses,
                                   int32_t capacity, int32_t *_Nonnull status);

// MARK: - Bidi (ubidi) and shaping (u_shapeArabic)

/// Resolves a paragraph: writes one level per UTF-16 unit into `levels` (length units),
/// the direction (0 LTR, 1 RTL, 2 mixed, 3 neutral) into `direction`; returns the paragraph
/// level.
int32_t cicu_bidi_levels(const uint16_t *_Nonnull text, int32_t length, uint8_t para_level,
                         uint8_t *_Nonnull levels, int32_t *_Nonnull direction,
                         int32_t *_Nonnull status);
/// Visual runs of a paragraph in display order: logical start, length and whether RTL.
/// Returns the run count, which may exceed `capacity`.
int32_t cicu_bidi_runs(const uint16_t *_Nonnull text, int32_t length, uint8_t para_level,
                       int32_t *_Nullable starts, int32_t *_Nullable lengths,
                       uint8_t *_Nullable rtl, int32_t capacity, int32_t *_Nonnull status);
/// The paragraph in visual order (ubidi_writeReordered with `options`); returns its length.
int32_t cicu_bidi_reorder(const uint16_t *_Nonnull text, int32_t length, uint8_t para_level,
                          uint16_t options, uint16_t *_Nullable dest, int32_t capacity,
                          int32_t *_Nonnull status);
/// Arabic shaping to presentation forms (u_shapeArabic); returns the output length.
int32_t cicu_shape_arabic(const uint16_t *_Nonnull text, int32_t length, uint32_t options,
                          uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);

// MARK: - Normalization (unorm2)

/// Normalizes to CICU_NORM_NFC or CICU_NORM_NFKC (unorm2_normalize); returns the length.
int32_t cicu_normalize(int32_t form, const uint16_t *_Nonnull text, int32_t length,
                       uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// Whether `text` is already in the form (unorm2_isNormalized).
int32_t cicu_is_normalized(int32_t form, const uint16_t *_Nonnull text, int32_t length,
                           int32_t *_Nonnull status);

// MARK: - CLDR display names (uloc, ucurr, ucal/udat)

/// ISO 3166 region codes (uloc_getISOCountries) joined by '\n'; returns the needed length.
int32_t cicu_region_codes(char *_Nullable dest, int32_t capacity);
/// ISO 639 language codes (uloc_getISOLanguages) joined by '\n'; returns the needed length.
int32_t cicu_language_codes(char *_Nullable dest, int32_t capacity);
/// Common, non-deprecated ISO 4217 codes (ucurr_openISOCurrencies) joined by '\n'.
int32_t cicu_currency_codes(char *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// Canonical system time-zone IDs (ucal_openTimeZoneIDEnumeration) joined by '\n'.
int32_t cicu_time_zone_ids(char *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// A region's name in `display_locale` (uloc_getDisplayCountry); returns the length.
int32_t cicu_region_name(const char *_Nonnull code, const char *_Nonnull display_locale,
                         uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// A language's name in `display_locale` (uloc_getDisplayLanguage); returns the length.
int32_t cicu_language_name(const char *_Nonnull code, const char *_Nonnull display_locale,
                           uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// A currency's long name in `display_locale` (ucurr_getName); returns the length.
int32_t cicu_currency_name(const char *_Nonnull code, const char *_Nonnull display_locale,
                           uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);
/// A time zone's exemplar city in `display_locale` (udat pattern "VVV"); returns the length.
int32_t cicu_time_zone_city(const char *_Nonnull zone, const char *_Nonnull display_locale,
                            uint16_t *_Nullable dest, int32_t capacity, int32_t *_Nonnull status);

#ifdef __cplusplus
}
#endif

#endif
