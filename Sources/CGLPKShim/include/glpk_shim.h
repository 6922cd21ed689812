#ifndef CTG_GLPK_SHIM_H
#define CTG_GLPK_SHIM_H

#include <glpk.h>

/*
 * GLPK reports an internal error by printing a message, calling the error
 * hook and then abort(). Each function below runs one GLPK routine with a
 * hook that jumps back here instead, so the process survives: on return,
 * *failed is 1 if GLPK hit such an error (the result is then 0) and 0
 * otherwise (the result is the routine's own).
 *
 * After a failure GLPK's environment on this thread is unusable: the only
 * call allowed is glp_free_env(), which also frees every problem object
 * created on the thread.
 *
 * Guards do not nest: each removes the hook when its routine returns, so
 * calling one of these from inside a GLPK callback would leave the rest of
 * the outer routine unguarded.
 */

int ctg_glp_simplex(glp_prob *P, const glp_smcp *parm, int *failed);

int ctg_glp_intopt(glp_prob *P, const glp_iocp *parm, int *failed);

int ctg_glp_write_mps(glp_prob *P, int fmt, const glp_mpscp *parm,
                      const char *fname, int *failed);

int ctg_glp_write_lp(glp_prob *P, const glp_cpxcp *parm, const char *fname,
                     int *failed);

/*
 * Makes GLPK fail on purpose (glp_add_cols with a count of zero) under the
 * guard, so tests can prove that an internal error becomes a Swift error
 * and that the thread can use GLPK again afterwards.
 */
int ctg_glp_provoke_error(glp_prob *P, int *failed);

#endif
