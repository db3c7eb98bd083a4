#include "vm/function.h"

namespace phpovm {

int g_reserved_handle = -1;
CompleteFunction g_complete_function = nullptr;

}  // namespace phpovm
