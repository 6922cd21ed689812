#include "glpk_shim.h"

#include <setjmp.h>
#include <stddef.h>

static void escape_from_glpk(void *info)
{
    longjmp(*(jmp_buf *)info, 1);
}

/*
 * The jump buffer lives in the frame of the guarded function, so the hook is
 * installed only after setjmp and removed before that frame returns. Nothing
 * here is modified between setjmp and longjmp, so no local needs volatile.
 */
#define GUARDED(call)                                  \
    do {                                               \
        jmp_buf escape;                                \
        *failed = 0;                                   \
        if (setjmp(escape) != 0) {                     \
            *failed = 1;                               \
            return 0;                                  \
        }                                              \
        glp_error_hook(escape_from_glpk, &escape);     \
        int result = (call);                           \
        glp_error_hook(NULL, NULL);                    \
        return result;                                 \
    } while (0)

int ctg_glp_simplex(glp_prob *P, const glp_smcp *parm, int *failed)
{
    GUARDED(glp_simplex(P, parm));
}

int ctg_glp_intopt(glp_prob *P, const glp_iocp *parm, int *failed)
{
    GUARDED(glp_intopt(P, parm));
}

int ctg_glp_write_mps(glp_prob *P, int fmt, const glp_mpscp *parm,
                      const char *fname, int *failed)
{
    GUARDED(glp_write_mps(P, fmt, parm, fname));
}

int ctg_glp_write_lp(glp_prob *P, const glp_cpxcp *parm, const char *fname,
                     int *failed)
{
    GUARDED(glp_write_lp(P, parm, fname));
}

int ctg_glp_provoke_error(glp_prob *P, int *failed)
{
    GUARDED(glp_add_cols(P, 0));
}
