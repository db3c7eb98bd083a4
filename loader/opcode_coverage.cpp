#include "loader/opcode_coverage.h"

#include <fmt/format.h>

#include <set>

#include "vm/zend_headers.h"
#include "vm/isa.h"

namespace phpovm {
namespace {

void collect(const zend_op_array* oa, std::set<uint8_t>& seen, std::set<const zend_op_array*>& visited) {
  if (!oa || !visited.insert(oa).second) return;
  for (uint32_t i = 0; i < oa->last; i++) seen.insert(oa->opcodes[i].opcode);
  for (uint32_t i = 0; i < oa->num_dynamic_func_defs; i++) collect(oa->dynamic_func_defs[i], seen, visited);
}

}  // namespace

OpcodeCoverage::OpcodeCoverage() : ours_(kOpCount, 0) {}

void OpcodeCoverage::add_program(zend_script& script, const image::Image* translated) {
  std::set<uint8_t> seen;
  std::set<const zend_op_array*> visited;
  collect(&script.main_op_array, seen, visited);
  void* p;
  ZEND_HASH_MAP_FOREACH_PTR(&script.function_table, p) {
    collect(&static_cast<zend_function*>(p)->op_array, seen, visited);
  }
  ZEND_HASH_FOREACH_END();
  ZEND_HASH_MAP_FOREACH_PTR(&script.class_table, p) {
    auto* ce = static_cast<zend_class_entry*>(p);
    void* m;
    ZEND_HASH_MAP_FOREACH_PTR(&ce->function_table, m) {
      auto* fn = static_cast<zend_function*>(m);
      if (fn->type == ZEND_USER_FUNCTION) collect(&fn->op_array, seen, visited);
    }
    ZEND_HASH_FOREACH_END();
  }
  ZEND_HASH_FOREACH_END();
  for (uint8_t op : seen) zend_[op]++;
  programs_++;
  if (!translated) return;
  translated_++;
  std::set<uint16_t> ours;
  for (auto& f : translated->functions)
    for (auto& in : f.code) ours.insert(in.op);
  for (uint16_t op : ours) ours_[op]++;
}

std::string OpcodeCoverage::report(const std::map<std::string, std::string>& reasons, bool per_opcode) const {
  std::string out;
  int total = 0, hit = 0;
  std::string missing;
  for (int op = 0; op <= ZEND_VM_LAST_OPCODE; op++) {
    const char* name = zend_get_opcode_name(static_cast<zend_uchar>(op));
    if (!name) continue;  // a number Zend 8.2 does not use
    total++;
    if (zend_[op]) {
      hit++;
      if (per_opcode) out += fmt::format("  {:<32} {} programs\n", name, zend_[op]);
      continue;
    }
    auto it = reasons.find(name);
    missing += fmt::format("  {:<32} {}\n", name, it == reasons.end() ? "(no program exercises it yet)" : it->second);
  }
  out = fmt::format("opcode coverage: {} of {} Zend opcodes exercised ({} programs)\n", hit, total, programs_) + out;
  if (!missing.empty()) out += "Zend opcodes not exercised:\n" + missing;
  int ours_hit = 0;
  std::string ours_missing;
  for (uint16_t op = 0; op < kOpCount; op++) {
    if (ours_[op]) ours_hit++;
    else ours_missing += std::string(" ") + insn_info(op).name;
  }
  out += fmt::format("phpovm instruction coverage: {} of {} instructions exercised ({} programs translated)\n",
                     ours_hit, kOpCount, translated_);
  if (!ours_missing.empty()) out += "phpovm instructions not exercised:" + ours_missing + "\n";
  return out;
}

int OpcodeCoverage::unexplained(const std::map<std::string, std::string>& reasons) const {
  int n = 0;
  for (int op = 0; op <= ZEND_VM_LAST_OPCODE; op++) {
    const char* name = zend_get_opcode_name(static_cast<zend_uchar>(op));
    if (name && !zend_[op] && !reasons.count(name)) n++;
  }
  return n;
}

}  // namespace phpovm
