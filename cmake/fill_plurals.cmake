# Fills in the English plural forms of a .ts file made by `lupdate -pluralonly`, so the
# window says "1 run" and "3 runs" where the source says tr("%n run(s)", nullptr, n).
# In a source text, "(s)" is nothing in the singular and "s" in the plural, and "(y|ies)"
# is "y" in the singular and "ies" in the plural.
#   cmake -DIN=raw.ts -DOUT=stridewell_en.ts -P fill_plurals.cmake
cmake_minimum_required(VERSION 3.21)
file(READ "${IN}" ts)
set(out "")
string(FIND "${ts}" "<source>" start)
while(NOT start EQUAL -1)
  math(EXPR head_length "${start} + 8")
  string(SUBSTRING "${ts}" 0 ${head_length} head)
  string(APPEND out "${head}")
  string(SUBSTRING "${ts}" ${head_length} -1 ts)
  string(FIND "${ts}" "</source>" source_end)
  string(SUBSTRING "${ts}" 0 ${source_end} source)
  string(REGEX REPLACE "\\(([^|()]*)\\|([^|()]*)\\)" "\\1" one "${source}")
  string(REPLACE "(s)" "" one "${one}")
  string(REGEX REPLACE "\\(([^|()]*)\\|([^|()]*)\\)" "\\2" many "${source}")
  string(REPLACE "(s)" "s" many "${many}")
  string(FIND "${ts}" "</translation>" stop)
  math(EXPR rest_start "${stop} + 14")
  string(SUBSTRING "${ts}" ${rest_start} -1 ts)
  string(APPEND out "${source}</source>\n        <translation>\n"
         "            <numerusform>${one}</numerusform>\n"
         "            <numerusform>${many}</numerusform>\n        </translation>")
  string(FIND "${ts}" "<source>" start)
endwhile()
string(APPEND out "${ts}")
file(WRITE "${OUT}" "${out}")
