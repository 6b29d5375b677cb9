// The only code in argloss that includes ICU headers. Each function is a thin wrapper that
// lets the version-suffixed ICU names expand here, in C, where the macros work.
#include "CICUShims.h"

#include <string.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucurr.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/ushape.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is 32 bits");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is 16 bits");
_Static_assert(CICU_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "");
_Static_assert(CICU_ILLEGAL_ARGUMENT_ERROR == U_ILLEGAL_ARGUMENT_ERROR, "");
_Static_assert(CICU_STRING_NOT_TERMINATED_WARNING == U_STRING_NOT_TERMINATED_WARNING, "");
_Static_assert(CICU_BREAK_CHARACTER == UBRK_CHARACTER, "");
_Static_assert(CICU_BREAK_WORD == UBRK_WORD, "");
_Static_assert(CICU_BREAK_LINE == UBRK_LINE, "");
_Static_assert(CICU_BREAK_SENTENCE == UBRK_SENTENCE, "");
_Static_assert(CICU_BIDI_DEFAULT_LTR == UBIDI_DEFAULT_LTR, "");
_Static_assert(CICU_BIDI_DEFAULT_RTL == UBIDI_DEFAULT_RTL, "");
_Static_assert(CICU_BIDI_DO_MIRRORING == UBIDI_DO_MIRRORING, "");
_Static_assert(CICU_BIDI_REMOVE_BIDI_CONTROLS == UBIDI_REMOVE_BIDI_CONTROLS, "");
_Static_assert(CICU_SHAPE_LETTERS_SHAPE == U_SHAPE_LETTERS_SHAPE, "");

#define ST(s) ((UErrorCode *)(s))

// MARK: - General

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void cicu_version(uint8_t *version) { u_getVersion(version); }

int32_t cicu_utf16_to_utf8(const uint16_t *source, int32_t length, char *dest, int32_t capacity,
                           int32_t *status) {
  int32_t out = 0;
  u_strToUTF8WithSub(dest, capacity, &out, source, length, 0xFFFD, NULL, ST(status));
  return out;
}

// MARK: - Transliteration

cicu_transliterator *cicu_transliterator_open_id(const uint16_t *id, int32_t length,
                                                 int32_t reverse, int32_t *status) {
  return (cicu_transliterator *)utrans_openU(id, length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                             NULL, 0, NULL, ST(status));
}

cicu_transliterator *cicu_transliterator_open_rules(const uint16_t *name, int32_t name_length,
                                                    const uint16_t *rules, int32_t rules_length,
                                                    int32_t reverse, cicu_parse_error *parse_error,
                                                    int32_t *status) {
  UParseError pe;
  memset(&pe, 0, sizeof pe);
  UTransliterator *t = utrans_openU(name, name_length, reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                    rules, rules_length, &pe, ST(status));
  parse_error->line = pe.line;
  parse_error->offset = pe.offset;
  _Static_assert(U_PARSE_CONTEXT_LEN == 16, "");
  memcpy(parse_error->pre_context, pe.preContext, sizeof parse_error->pre_context);
  memcpy(parse_error->post_context, pe.postContext, sizeof parse_error->post_context);
  if (U_FAILURE(*ST(status)) && t != NULL) {
    utrans_close(t);
    return NULL;
  }
  return (cicu_transliterator *)t;
}

cicu_transliterator *cicu_transliterator_clone(const cicu_transliterator *transliterator,
                                               int32_t *status) {
  return (cicu_transliterator *)utrans_clone((const UTransliterator *)transliterator, ST(status));
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  utrans_close((UTransliterator *)transliterator);
}

void cicu_transliterator_apply(const cicu_transliterator *transliterator, uint16_t *text,
                               int32_t *length, int32_t capacity, int32_t *status) {
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)transliterator, text, length, capacity, 0, &limit,
                     ST(status));
}

int32_t cicu_transliterator_id(const cicu_transliterator *transliterator, uint16_t *dest,
                               int32_t capacity) {
  int32_t length = 0;
  const UChar *id = utrans_getUnicodeID((const UTransliterator *)transliterator, &length);
  if (dest != NULL && id != NULL) {
    memcpy(dest, id, sizeof(UChar) * (size_t)(length < capacity ? length : capacity));
  }
  return length;
}

/// Joins a UTF-16 enumeration into `dest` with '\n'; returns the needed length.
static int32_t join_uenum_unicode(UEnumeration *e, uint16_t *dest, int32_t capacity,
                                  UErrorCode *status) {
  int32_t needed = 0;
  int32_t length = 0;
  const UChar *item;
  while (U_SUCCESS(*status) && (item = uenum_unext(e, &length, status)) != NULL) {
    if (needed > 0) {
      if (dest != NULL && needed < capacity) dest[needed] = '\n';
      needed += 1;
    }
    for (int32_t i = 0; i < length; i++) {
      if (dest != NULL && needed + i < capacity) dest[needed + i] = item[i];
    }
    needed += length;
  }
  return needed;
}

/// Joins a char enumeration into `dest` with '\n'; returns the needed length.
static int32_t join_uenum_chars(UEnumeration *e, char *dest, int32_t capacity, UErrorCode *status) {
  int32_t needed = 0;
  int32_t length = 0;
  const char *item;
  while (U_SUCCESS(*status) && (item = uenum_next(e, &length, status)) != NULL) {
    if (needed > 0) {
      if (dest != NULL && needed < capacity) dest[needed] = '\n';
      needed += 1;
    }
    for (int32_t i = 0; i < length; i++) {
      if (dest != NULL && needed + i < capacity) dest[needed + i] = item[i];
    }
    needed += length;
  }
  return needed;
}

int32_t cicu_transliterator_available_ids(uint16_t *dest, int32_t capacity, int32_t *status) {
  UEnumeration *e = utrans_openIDs(ST(status));
  if (e == NULL) return 0;
  int32_t needed = join_uenum_unicode(e, dest, capacity, ST(status));
  uenum_close(e);
  return needed;
}

// MARK: - Break iteration

cicu_break_iterator *cicu_break_iterator_open(int32_t kind, const char *locale, int32_t *status) {
  return (cicu_break_iterator *)ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, ST(status));
}

void cicu_break_iterator_close(cicu_break_iterator *iterator) {
  ubrk_close((UBreakIterator *)iterator);
}

int32_t cicu_break_iterator_bounds(cicu_break_iterator *iterator, const uint16_t *text,
                                   int32_t length, int32_t *bounds, int32_t *rule_statuses,
                                   int32_t capacity, int32_t *status) {
  UBreakIterator *bi = (UBreakIterator *)iterator;
  ubrk_setText(bi, text, length, ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  int32_t count = 0;
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
    if (count < capacity) {
      if (bounds != NULL) bounds[count] = b;
      if (rule_statuses != NULL) rule_statuses[count] = ubrk_getRuleStatus(bi);
    }
    count++;
  }
  // Detach the caller's text: ICU must not keep a pointer to it after this call.
  static const UChar empty[1] = {0};
  UErrorCode ignored = U_ZERO_ERROR;
  ubrk_setText(bi, empty, 0, &ignored);
  return count;
}

// MARK: - Bidi and shaping

/// Opens a UBiDi with `text` set as one paragraph; the caller closes it.
static UBiDi *open_paragraph(const uint16_t *text, int32_t length, uint8_t para_level,
                             UErrorCode *status) {
  UBiDi *bidi = ubidi_openSized(length, 0, status);
  if (U_FAILURE(*status)) return NULL;
  ubidi_setPara(bidi, text, length, para_level, NULL, status);
  if (U_FAILURE(*status)) {
    ubidi_close(bidi);
    return NULL;
  }
  return bidi;
}

int32_t cicu_bidi_levels(const uint16_t *text, int32_t length, uint8_t para_level, uint8_t *levels,
                         int32_t *direction, int32_t *status) {
  UBiDi *bidi = open_paragraph(text, length, para_level, ST(status));
  if (bidi == NULL) return 0;
  const UBiDiLevel *resolved = ubidi_getLevels(bidi, ST(status));
  if (U_SUCCESS(*ST(status)) && resolved != NULL) memcpy(levels, resolved, (size_t)length);
  *direction = (int32_t)ubidi_getDirection(bidi);
  int32_t level = ubidi_getParaLevel(bidi);
  ubidi_close(bidi);
  return level;
}

int32_t cicu_bidi_runs(const uint16_t *text, int32_t length, uint8_t para_level, int32_t *starts,
                       int32_t *lengths, uint8_t *rtl, int32_t capacity, int32_t *status) {
  UBiDi *bidi = open_paragraph(text, length, para_level, ST(status));
  if (bidi == NULL) return 0;
  int32_t count = ubidi_countRuns(bidi, ST(status));
  for (int32_t i = 0; U_SUCCESS(*ST(status)) && i < count && i < capacity; i++) {
    int32_t start = 0, run_length = 0;
    UBiDiDirection dir = ubidi_getVisualRun(bidi, i, &start, &run_length);
    if (starts != NULL) starts[i] = start;
    if (lengths != NULL) lengths[i] = run_length;
    if (rtl != NULL) rtl[i] = dir == UBIDI_RTL ? 1 : 0;
  }
  ubidi_close(bidi);
  return count;
}

int32_t cicu_bidi_reorder(const uint16_t *text, int32_t length, uint8_t para_level,
                          uint16_t options, uint16_t *dest, int32_t capacity, int32_t *status) {
  UBiDi *bidi = open_paragraph(text, length, para_level, ST(status));
  if (bidi == NULL) return 0;
  int32_t out = ubidi_writeReordered(bidi, dest, capacity, options, ST(status));
  ubidi_close(bidi);
  return out;
}

int32_t cicu_shape_arabic(const uint16_t *text, int32_t length, uint32_t options, uint16_t *dest,
                          int32_t capacity, int32_t *status) {
  return u_shapeArabic(text, length, dest, capacity, options, ST(status));
}

// MARK: - Normalization

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *status) {
  return form == CICU_NORM_NFKC ? unorm2_getNFKCInstance(status) : unorm2_getNFCInstance(status);
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *dest,
                       int32_t capacity, int32_t *status) {
  const UNormalizer2 *n = normalizer_for(form, ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  return unorm2_normalize(n, text, length, dest, capacity, ST(status));
}

int32_t cicu_is_normalized(int32_t form, const uint16_t *text, int32_t length, int32_t *status) {
  const UNormalizer2 *n = normalizer_for(form, ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  return unorm2_isNormalized(n, text, length, ST(status)) ? 1 : 0;
}

// MARK: - CLDR display names

/// Joins a NULL-terminated list of C strings with '\n'; returns the needed length.
static int32_t join_list(const char *const *list, char *dest, int32_t capacity) {
  int32_t needed = 0;
  for (; list != NULL && *list != NULL; list++) {
    if (needed > 0) {
      if (dest != NULL && needed < capacity) dest[needed] = '\n';
      needed += 1;
    }
    int32_t length = (int32_t)strlen(*list);
    for (int32_t i = 0; i < length; i++) {
      if (dest != NULL && needed + i < capacity) dest[needed + i] = (*list)[i];
    }
    needed += length;
  }
  return needed;
}

int32_t cicu_region_codes(char *dest, int32_t capacity) {
  return join_list(uloc_getISOCountries(), dest, capacity);
}

int32_t cicu_language_codes(char *dest, int32_t capacity) {
  return join_list(uloc_getISOLanguages(), dest, capacity);
}

int32_t cicu_currency_codes(char *dest, int32_t capacity, int32_t *status) {
  UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, ST(status));
  if (e == NULL) return 0;
  int32_t needed = join_uenum_chars(e, dest, capacity, ST(status));
  uenum_close(e);
  return needed;
}

int32_t cicu_time_zone_ids(char *dest, int32_t capacity, int32_t *status) {
  UEnumeration *e = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL,
                                                   ST(status));
  if (e == NULL) return 0;
  int32_t needed = join_uenum_chars(e, dest, capacity, ST(status));
  uenum_close(e);
  return needed;
}

int32_t cicu_region_name(const char *code, const char *display_locale, uint16_t *dest,
                         int32_t capacity, int32_t *status) {
  char locale[32] = "und_";
  strncat(locale, code, sizeof locale - 5);
  return uloc_getDisplayCountry(locale, display_locale, dest, capacity, ST(status));
}

int32_t cicu_language_name(const char *code, const char *display_locale, uint16_t *dest,
                           int32_t capacity, int32_t *status) {
  return uloc_getDisplayLanguage(code, display_locale, dest, capacity, ST(status));
}

int32_t cicu_currency_name(const char *code, const char *display_locale, uint16_t *dest,
                           int32_t capacity, int32_t *status) {
  UChar iso[4] = {0};
  for (int i = 0; i < 3 && code[i] != 0; i++) iso[i] = (UChar)code[i];
  UBool is_choice = 0;
  int32_t length = 0;
  const UChar *name = ucurr_getName(iso, display_locale, UCURR_LONG_NAME, &is_choice, &length,
                                    ST(status));
  if (U_FAILURE(*ST(status)) || name == NULL) return 0;
  if (dest != NULL) memcpy(dest, name, sizeof(UChar) * (size_t)(length < capacity ? length : capacity));
  if (length > capacity) *status = U_BUFFER_OVERFLOW_ERROR;
  return length;
}

int32_t cicu_time_zone_city(const char *zone, const char *display_locale, uint16_t *dest,
                            int32_t capacity, int32_t *status) {
  UChar zone16[64];
  int32_t zone_length = (int32_t)strlen(zone);
  if (zone_length >= 64) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  u_charsToUChars(zone, zone16, zone_length);
  static const UChar pattern[] = {'V', 'V', 'V'};
  UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, display_locale, zone16, zone_length,
                                  pattern, 3, ST(status));
  if (U_FAILURE(*ST(status))) return 0;
  int32_t length = udat_format(format, 0.0, dest, capacity, NULL, ST(status));
  udat_close(format);
  return length;
}
