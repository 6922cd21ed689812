#ifndef CTG_GLPK_SHIM_H
#define CTG_GLPK_SHIM_H
/* Placeholder: the error-hook guard lands with the MIP layer. */
int ctg_glpk_shim_version(void);
#endif
