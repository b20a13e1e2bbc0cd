"""Instructions of each Python function, inclusive, in one callgrind run (issues 8 and 10).

Run from the repository root (needs ``valgrind``, ``gcc`` and CPython 3.11's headers)::

    python benchmarks/python_function_instructions.py [ROOT] [--mb 0.5] [--part pass]
        [--top 60] [--malloc]

callgrind sees C functions only: every Python function runs in the one
``_PyEval_EvalFrameDefault``.  Here a small C extension, built in a temporary directory,
installs a frame evaluator (PEP 523) that runs each code object through a C function of
its own (``pyf_0000``, ``pyf_0001`` ..., 1,500 of them, the code's number kept in its
``co_extra``), so callgrind's inclusive count of that C function is the code's: every
call of the Python function, with all it calls, in C or in Python.  Python calls then go
through the evaluator instead of being inlined (~0.5 k instructions a call more, counted
in the caller): compare functions within one run, not with other scripts' counts.

The child builds ~MB of the benchmark text (``extract_benchmark.repeat_to``), extracts it
once to warm up, then counts one ``part``: ``pass`` (default), the short-form pass as
``scanner._extract`` runs it (``short_forms.with_short_forms`` inside the text's
``WholeText.under_way``) and the models of its output, or ``extract``, one whole
``eurefs.extract`` of the text; collected only inside ``contextvars.Context.run``.
Printed: the ``top`` Python functions by inclusive instructions (file, first line, name)
and the part's total.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from short_form_instructions import run_counted  # (run as the steps are counted)

_FUNCTIONS = 1500  # (code objects beyond these run uncounted, as the plain evaluator)

_C_HEAD = """#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>
#include "internal/pycore_frame.h"
typedef PyObject *(*frame_fn)(PyThreadState *, struct _PyInterpreterFrame *, int);
"""
_C_ONE = (
    "__attribute__((noinline)) static PyObject *pyf_{i:04d}(PyThreadState *t, "
    "struct _PyInterpreterFrame *f, int e) {{ volatile int k = {i}; (void)k; "
    "return _PyEval_EvalFrameDefault(t, f, e); }}\n"
)
_C_TAIL = """
static PyObject *codes = NULL;  /* code -> its number */
static Py_ssize_t extra = -1;
static long made = 0;
static PyObject *evaluate(PyThreadState *t, struct _PyInterpreterFrame *f, int e) {
    PyObject *code = (PyObject *)f->f_code;
    void *n = NULL;
    _PyCode_GetExtra(code, extra, &n);
    if (n == NULL) {
        if (made >= %(count)d) return _PyEval_EvalFrameDefault(t, f, e);
        n = (void *)(++made);
        _PyCode_SetExtra(code, extra, n);
        PyObject *v = PyLong_FromLong((long)n - 1);
        PyDict_SetItem(codes, code, v);
        Py_DECREF(v);
    }
    return table[(long)n - 1](t, f, e);
}
static PyObject *install(PyObject *s, PyObject *a) {
    if (codes == NULL) { codes = PyDict_New(); extra = _PyEval_RequestCodeExtraIndex(NULL); }
    _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState_Get(), evaluate);
    Py_INCREF(codes);
    return codes;
}
static PyObject *uninstall(PyObject *s, PyObject *a) {
    _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState_Get(), _PyEval_EvalFrameDefault);
    Py_RETURN_NONE;
}
static PyMethodDef methods[] = {
    {"install", install, METH_NOARGS, ""}, {"uninstall", uninstall, METH_NOARGS, ""}, {NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "pyframes", NULL, -1, methods};
PyMODINIT_FUNC PyInit_pyframes(void) { return PyModule_Create(&module); }
"""

_CHILD = """
import contextvars, json, sys
root, mb, part, build, names_path = sys.argv[1], float(sys.argv[2]), *sys.argv[3:6]
sys.path[:0] = [root, root + "/benchmarks", build]
import eurefs, extract_benchmark as eb, pyframes
from eurefs import latin1, short_forms as sf
from eurefs.collector import collector_paused
from eurefs.family_scan import extract_kinds
from eurefs.grammar import years
from eurefs.grammar.named_again import NamedTreaties
from eurefs.grammar.whole_text import WholeText
from eurefs.models.public import to_models
assert eurefs.__file__.startswith(root), eurefs.__file__
text = eb.repeat_to(eb.corpus_text(), int(mb * eb.MB))
eurefs.extract(text)
codes = pyframes.install()
if part == "extract":
    contextvars.copy_context().run(eurefs.extract, text)
else:
    whole = WholeText(text)
    with collector_paused(), latin1.shared(text), years.day_fixed(), whole.under_way():
        refs = extract_kinds(text, None, NamedTreaties(), whole=whole)
        unseen = whole.unseen
        sf.with_short_forms(text, refs, None, unseen)
        contextvars.copy_context().run(
            lambda: to_models(sf.with_short_forms(text, refs, None, unseen))
        )
pyframes.uninstall()
names = {n: f"{c.co_filename}:{c.co_firstlineno}:{c.co_qualname}" for c, n in codes.items()}
json.dump(names, open(names_path, "w"))
"""
_LINE = re.compile(r"\s*([\d,]+) \([^)]*\)\s+(\S.*)")
_FRAME = re.compile(r"pyf_(\d{4})")


def _build(out: Path) -> None:
    """The frame evaluator's extension, compiled into ``out``."""
    if sys.version_info[:2] != (3, 11):
        sys.exit("the frame evaluator reads CPython 3.11's frames: run this with Python 3.11")
    source = out / "pyframes.c"
    table = ", ".join(f"pyf_{i:04d}" for i in range(_FUNCTIONS))
    source.write_text(
        _C_HEAD
        + "".join(_C_ONE.format(i=i) for i in range(_FUNCTIONS))
        + f"static frame_fn table[{_FUNCTIONS}] = {{{table}}};\n"
        + _C_TAIL % {"count": _FUNCTIONS}
    )
    target = out / f"pyframes{sysconfig.get_config_var('EXT_SUFFIX')}"
    include = sysconfig.get_paths()["include"]
    # (no identical-code folding: each function must stay a symbol of its own)
    command = ["gcc", "-O2", "-fno-ipa-icf", "-fPIC", "-shared", f"-I{include}", "-o"]
    done = subprocess.run([*command, str(target), str(source)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"building the frame evaluator failed:\n{done.stderr[-2000:]}")


def _run(root: Path, mb: float, part: str, out: Path, malloc: bool) -> None:
    child = [_CHILD, str(root), str(mb), part, str(out), str(out / "n.json")]
    options = ["--collect-atstart=no", "--toggle-collect=context_run"]
    run_counted(child, out, malloc, options)


def functions(
    annotated: str, names: dict[str, str], root: str
) -> tuple[int, list[tuple[int, str]]]:
    """The total and each Python function's inclusive instructions, from
    ``callgrind_annotate --inclusive=yes`` output (``names``: each frame function's code)."""
    total, found = 0, []
    for line in annotated.splitlines():
        m = _LINE.match(line)
        if m is None:
            continue
        count = int(m.group(1).replace(",", ""))
        if "PROGRAM TOTALS" in m.group(2):
            total = count
        elif (frame := _FRAME.search(m.group(2))) is not None:
            name = names.get(str(int(frame.group(1))), frame.group(0))
            found.append((count, name.replace(root + "/", "")))
    return total, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("root", nargs="?", default=".", type=Path)
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--part", choices=("pass", "extract"), default="pass")
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--malloc", action="store_true", help="PYTHONMALLOC=malloc")
    parser.add_argument("--keep", type=Path, help="keep the build and the profile here")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("gcc") is None:
        sys.exit("needs valgrind and gcc")
    root = args.root.resolve()
    out = args.keep or Path(tempfile.mkdtemp(prefix="pyframes-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        _build(out)
        _run(root, args.mb, args.part, out, args.malloc)
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out / "cg.out")],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        names = json.loads((out / "n.json").read_text())
        total, found = functions(annotated, names, str(root))
        print(f"{args.part} ({args.mb} MB): {total / 1e6:.2f}M instructions")
        for count, name in found[: args.top]:
            print(f"{count / 1e6:9.2f}  {name}")
    finally:
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
