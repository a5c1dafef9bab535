#!/usr/bin/env python3
"""Layer rules that the compiler cannot check (run by CTest as architecture_layers).

 1. connect: every connection has a context object. Qt 6.4 ignores QT_NO_CONTEXTLESS_CONNECT,
    so connect(sender, signal, functor) and QTimer::singleShot(ms, functor) are refused here: a
    functor without a context outlives its receiver and runs on whatever thread emits.
 2. sql: the store owns its SQL. Outside core/store/ (in core/, ui/ and app/) no file includes
    QtSql or sqlite3.h, calls store.database() or the sql:: helpers, or holds an SQL statement.
    Tests and benchmarks may read the file directly to check what the store wrote.
 3. ui links: ui/CMakeLists.txt links neither SQLite nor Qt6::Sql.
 4. settings: every test that builds a QApplication (QTEST_MAIN) calls
    QStandardPaths::setTestModeEnabled(true), so that it never writes the user's real settings.
 5. core layers: a core/ area includes only the areas below it (DEVELOPERS.md's table): model
    <- store <- io <- teacher, store <- review, store <- student.
 6. targets: no test links a library defined under bench/ (shared helpers live in tests/support
    or tools/), and the product libraries (core/, ui/) link neither Qt Network (the replay server
    is tools/replay_server) nor Qt Concurrent.

usage: check_layers.py SOURCE_DIR
"""
import os
import re
import subprocess
import sys


def sources(root):
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", "--", "*.cpp", "*.h"],
            cwd=root, capture_output=True, text=True, check=True).stdout.split()
        return [f for f in listed if os.path.exists(os.path.join(root, f))]
    except (OSError, subprocess.CalledProcessError):
        found = []
        for top in ("core", "ui", "app", "tests", "bench", "tools"):
            for folder, _, files in os.walk(os.path.join(root, top)):
                found += [os.path.relpath(os.path.join(folder, f), root)
                          for f in files if f.endswith((".cpp", ".h"))]
        return found


def strip_comments(text):
    """Blanks comments (keeping newlines and string literals) so that line numbers still hold."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def arguments(text, start):
    """Top-level arguments of the call whose '(' ends just before `start`."""
    depth, i, begin, result = 0, start, start, []
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                result.append(text[begin:i].strip())
                return result
            depth -= 1
        elif c == "," and depth == 0:
            result.append(text[begin:i].strip())
            begin = i + 1
        elif c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        i += 1
    return None


def line_of(text, position):
    return text.count("\n", 0, position) + 1


def check_connects(path, text, problems):
    for match in re.finditer(r"(?<![\w.>:])(?:QObject::)?connect\s*\(", text):
        args = arguments(text, match.end())
        if not args:
            continue
        if len(args) == 4 and args[3].startswith("Qt::"):
            args = args[:3]
        if len(args) == 3 and not args[2].startswith("SLOT("):
            problems.append(f"{path}:{line_of(text, match.start())}: connect without a context "
                            "object (add the receiver or `this` before the functor)")
    for match in re.finditer(r"QTimer::singleShot\s*\(", text):
        args = arguments(text, match.end())
        if args and len(args) == 2:
            problems.append(f"{path}:{line_of(text, match.start())}: QTimer::singleShot without a "
                            "context object")


SQL_STATEMENT = re.compile(
    r'"\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|WITH)\s')
SQL_API = [
    (re.compile(r"#include\s*[<\"](QSql\w*|QtSql/\w*|QtSql)[>\"]"), "includes QtSql"),
    (re.compile(r"#include\s*[<\"]sqlite3\.h[>\"]"), "includes sqlite3.h"),
    (re.compile(r"#include\s*\"store/sql_helpers\.h\""), "includes store/sql_helpers.h"),
    (re.compile(r"\bsqlite3_\w+\s*\("), "calls the SQLite C API"),
    (re.compile(r"\bQSql\w+\b"), "uses QtSql"),
    (re.compile(r"\bsql::\w+\s*\("), "calls the sql:: helpers"),
    (re.compile(r"(\.|->)database\s*\(\s*\)"), "reaches for the store's connection"),
]


def owns_sql(path):
    return path.startswith("core/store/")


def may_not_use_sql(path):
    return path.startswith(("core/", "ui/", "app/")) and not owns_sql(path)


def check_sql(path, text, problems):
    # The first line of each kind of use: enough to find the file, short enough to read.
    for pattern, what in SQL_API:
        match = pattern.search(text)
        if match:
            problems.append(f"{path}:{line_of(text, match.start())}: {what}; SQL belongs in "
                            "core/store/ (add a store function that returns a plain struct)")
    statements = list(SQL_STATEMENT.finditer(text))
    if statements:
        problems.append(f"{path}:{line_of(text, statements[0].start())}: {len(statements)} SQL "
                        "statement(s) outside core/store/")


CORE_LAYERS = {
    "model": {"model"},
    "store": {"model", "store"},
    "io": {"model", "store", "io"},
    "teacher": {"model", "store", "io", "teacher"},
    "review": {"model", "store", "review"},
    "student": {"model", "store", "student"},
}
CORE_INCLUDE = re.compile(r'#include\s*"(model|store|io|teacher|review|student)/')


def check_core_layers(path, text, problems):
    parts = path.split("/")
    if len(parts) < 3 or parts[0] != "core" or parts[1] not in CORE_LAYERS:
        return
    allowed = CORE_LAYERS[parts[1]]
    for match in CORE_INCLUDE.finditer(text):
        if match.group(1) not in allowed:
            problems.append(f"{path}:{line_of(text, match.start())}: core/{parts[1]}/ includes "
                            f"core/{match.group(1)}/, which it may not depend on")


def check_test_mode(path, text, problems):
    if not path.startswith("tests/") or "QTEST_MAIN" not in text:
        return
    if not re.search(r"QStandardPaths::setTestModeEnabled\s*\(\s*true\s*\)", text):
        problems.append(f"{path}: a QApplication test that never calls "
                        "QStandardPaths::setTestModeEnabled(true) writes the user's real settings")


def check_ui_links(root, problems):
    path = "ui/CMakeLists.txt"
    text = strip_cmake_comments(open(os.path.join(root, path), encoding="utf-8").read())
    for what in ("SQLite", "Qt6::Sql"):
        if re.search(re.escape(what) + r"\b", text):
            problems.append(f"{path}: candist_ui links {what}; the window reaches the project "
                            "through core/store's functions only")


def cmake_files(root, top):
    for folder, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            if name == "CMakeLists.txt":
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as handle:
                    yield os.path.relpath(path, root), strip_cmake_comments(handle.read())


def check_targets(root, problems):
    bench_libraries = set()
    for _, text in cmake_files(root, "bench"):
        bench_libraries.update(re.findall(r"add_library\(\s*([\w-]+)", text))
    for path, text in cmake_files(root, "tests"):
        for library in sorted(bench_libraries):
            if re.search(r"(?<![\w-])" + re.escape(library) + r"(?![\w-])", text):
                problems.append(f"{path}: a test links {library}, which bench/ defines; move "
                                "shared code to tests/support or tools/")
    for top in ("core", "ui"):
        for path, text in cmake_files(root, top):
            for module in ("Qt6::Network", "Qt6::Concurrent"):
                if module in text:
                    problems.append(f"{path}: a product library links {module}")


def strip_cmake_comments(text):
    return "\n".join(line.split("#", 1)[0] for line in text.splitlines())


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    problems = []
    files = sources(root)
    for path in files:
        with open(os.path.join(root, path), encoding="utf-8") as handle:
            text = strip_comments(handle.read())
        check_connects(path, text, problems)
        if may_not_use_sql(path):
            check_sql(path, text, problems)
        check_test_mode(path, text, problems)
        check_core_layers(path, text, problems)
    check_ui_links(root, problems)
    check_targets(root, problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} layer rule violation(s)")
        return 1
    print(f"layer rules hold ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
