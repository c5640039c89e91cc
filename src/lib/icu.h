/*
 * icu.h — ICU, loaded when first used (internal to libocop).
 *
 * Linking ICU costs every process about 3 ms before main (the dynamic
 * linker resolves thousands of its C++ symbols), which is most of a
 * single-record write.  Reading, checking and writing a record need no
 * ICU for ASCII and Vietnamese letters (latin.h), so ocop opens ICU's
 * libraries only when a call needs them: collation, break iteration,
 * normalisation of decomposed text.  Call through ICU(name)(args...).
 * A missing library is a fatal error (EXIT_ENV) at the first call.
 */
#ifndef OCOP_ICU_H
#define OCOP_ICU_H

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

/* Every ICU function libocop calls, with the library that holds it. */
#define ICU_FUNCTIONS(X)						\
	X(uc, u_charType) X(uc, u_getIntPropertyValue)			\
	X(uc, u_isalnum) X(uc, u_isalpha) X(uc, u_isUWhiteSpace)	\
	X(uc, u_strFoldCase) X(uc, u_strFromUTF8)			\
	X(uc, u_strFromUTF8WithSub) X(uc, u_strToUpper)		\
	X(uc, u_strToUTF8)						\
	X(uc, unorm2_getNFCInstance) X(uc, unorm2_getNFDInstance)	\
	X(uc, unorm2_isNormalized) X(uc, unorm2_normalize)		\
	X(uc, ubrk_close) X(uc, ubrk_first) X(uc, ubrk_next)		\
	X(uc, ubrk_open) X(uc, ubrk_setUText)				\
	X(uc, utext_close) X(uc, utext_openUTF8)			\
	X(i18n, ucol_close) X(i18n, ucol_getSortKey) X(i18n, ucol_open)	\
	X(i18n, ucol_setAttribute) X(i18n, ucol_strcollUTF8)

struct icu {
#define ICU_MEMBER(lib, f) __typeof__(f) *f;
	ICU_FUNCTIONS(ICU_MEMBER)
#undef ICU_MEMBER
};

/* The functions, the libraries opened at the first call (thread-safe). */
const struct icu *icu(void);
#define ICU(f) (icu()->f)

#endif
