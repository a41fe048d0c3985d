#include "TestVault.h"
