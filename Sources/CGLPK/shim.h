#ifndef CTG_CGLPK_SHIM_H
#define CTG_CGLPK_SHIM_H
#include <glpk.h>
#endif
