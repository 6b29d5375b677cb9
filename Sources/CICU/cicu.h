// The system ICU, for the C shim target only. Swift code never imports this module:
// Foundation carries its own ICU, and a Swift module seeing both fails to compile.
#include <unicode/utypes.h>
