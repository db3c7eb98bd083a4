// The libphp headers phpovm uses, included once, in C linkage.
#pragma once
extern "C" {
#include "php.h"
#include "zend_compile.h"
#include "zend_execute.h"
#include "zend_exceptions.h"
#include "zend_extensions.h"
#include "zend_interfaces.h"
#include "zend_operators.h"
#include "zend_constants.h"
#include "zend_closures.h"
#include "zend_fibers.h"
#include "zend_attributes.h"
#include "zend_inheritance.h"
#include "zend_enum.h"
#include "zend_generators.h"
#include "zend_vm.h"
#include "Optimizer/zend_optimizer.h"
}
