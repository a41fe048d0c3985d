#include "Figures.h"

ChildCount ChildCount::of(int children)
{
    if (children >= SuppressedFrom && children <= SuppressedTo)
        return suppressed();
    ChildCount count;
    count.m_value = children;
    return count;
}

ChildCount ChildCount::suppressed()
{
    ChildCount count;
    count.m_value.reset();
    return count;
}
