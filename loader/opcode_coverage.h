// Opcode coverage of a set of programs: which Zend 8.2 opcodes libphp emits for them (compiled
// and optimised as for an image) and which phpovm instructions their translation uses.
#pragma once
#include <array>
#include <map>
#include <string>
#include <vector>

#include "loader/image.h"

typedef struct _zend_script zend_script;

namespace phpovm {

class OpcodeCoverage {
 public:
  OpcodeCoverage();
  // Counts one program: its compiled script, and its image when it translates.
  void add_program(zend_script& script, const image::Image* translated);
  // "opcode coverage: K of N Zend opcodes exercised", the opcodes not exercised (with the reason
  // from reasons, when there is one), then the same for phpovm instructions.
  std::string report(const std::map<std::string, std::string>& reasons, bool per_opcode) const;
  // Zend opcodes never exercised and without a reason.
  int unexplained(const std::map<std::string, std::string>& reasons) const;

 private:
  std::array<unsigned, 256> zend_{};
  std::vector<unsigned> ours_;
  unsigned programs_ = 0, translated_ = 0;
};

}  // namespace phpovm
