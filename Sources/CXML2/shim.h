// libxml2 is built with ICU on Debian; its headers would then pull ICU's own headers, which clash with the
// ICU copy inside Swift's Foundation ("UErrorCode has different definitions"). We never use libxml2's
// ICU converters, so hide them from the module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/parserInternals.h>
