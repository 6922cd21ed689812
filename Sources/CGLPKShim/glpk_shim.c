#include "glpk_shim.h"
int ctg_glpk_shim_version(void) { return 1; }
