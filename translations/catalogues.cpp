// The accordo_translations library holds only resources: the Italian catalogue and the English
// plural forms at :/i18n (see CMakeLists.txt). A static library needs one source file of its
// own; this is it.
