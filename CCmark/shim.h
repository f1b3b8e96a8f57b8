#ifndef STEADY_CCMARK_SHIM_H
#define STEADY_CCMARK_SHIM_H
/* Debian's libcmark-dev (pkg-config: libcmark). */
#include <cmark.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * The allocator cmark uses while parsing one document (owned by CmarkArena.swift, which says
 * why): a bump allocator over 32 KB blocks, released whole.
 *
 * It is written here, in C, because cmark calls it tens of thousands of times per journal
 * and its callbacks carry no context: the arena of the parse running on the current thread is
 * found through a C thread-local variable, one load, where a Swift callback needed a pthread
 * key lookup and a thunk per call. Everything is `static inline`, compiled into the one Swift
 * module that imports it (MarkdownSyntax), so there is exactly one such variable.
 */

/* Every allocation starts STEADY_ARENA_HEADER bytes after a header holding its size (which
 * realloc needs), aligned as malloc's are; a block starts with room for one header, holding
 * its link to the previous block. */
#define STEADY_ARENA_HEADER 16
#define STEADY_ARENA_BLOCK (32 * 1024)

typedef struct steady_arena {
    char *next;
    char *end;
    /* The most recent block; each block starts with a pointer to the one before it. */
    void *last_block;
} steady_arena;

/* The current thread's arena. A variable local to a function rather than at file scope: the
 * Swift compiler emits the definition of an inline function it calls, with its locals, but not
 * of a file-scope static variable. */
static inline steady_arena **steady_arena_current(void) {
    static _Thread_local steady_arena *current;
    return &current;
}

/* Makes `arena` the current thread's arena; returns the one it replaces. */
static inline steady_arena *steady_arena_swap_current(steady_arena *arena) {
    steady_arena *previous = *steady_arena_current();
    *steady_arena_current() = arena;
    return previous;
}

static inline size_t steady_arena_rounded(size_t size) { return (size + 15) & ~(size_t)15; }

/* `size` bytes, zeroed when `zeroed` (calloc's are; realloc's need not be). Blocks come from
 * malloc, so that zeroing a whole block up front would touch every byte of it. */
static inline void *steady_arena_allocate(steady_arena *arena, size_t size, int zeroed) {
    if (size > SIZE_MAX / 2) return NULL;
    size_t total = steady_arena_rounded(STEADY_ARENA_HEADER + size);
    char *header = arena->next;
    if (header == NULL || (size_t)(arena->end - header) < total) {
        size_t block_size = STEADY_ARENA_HEADER + total > STEADY_ARENA_BLOCK ? STEADY_ARENA_HEADER + total : STEADY_ARENA_BLOCK;
        char *block = (char *)malloc(block_size);
        if (block == NULL) return NULL;
        *(void **)block = arena->last_block;
        arena->last_block = block;
        arena->end = block + block_size;
        header = block + STEADY_ARENA_HEADER;
    }
    *(size_t *)header = size;
    arena->next = header + total;
    if (zeroed) memset(header + STEADY_ARENA_HEADER, 0, size);
    return header + STEADY_ARENA_HEADER;
}

/* realloc: grows the most recent allocation in place when there is room, else copies. */
static inline void *steady_arena_reallocate(steady_arena *arena, void *pointer, size_t size) {
    if (pointer == NULL) return steady_arena_allocate(arena, size, 0);
    char *header = (char *)pointer - STEADY_ARENA_HEADER;
    size_t old_size = *(size_t *)header;
    if (size <= old_size) return pointer;
    if (size > SIZE_MAX / 2) return NULL;
    char *old_end = header + steady_arena_rounded(STEADY_ARENA_HEADER + old_size);
    char *new_end = header + steady_arena_rounded(STEADY_ARENA_HEADER + size);
    if (old_end == arena->next && new_end <= arena->end) {
        *(size_t *)header = size;
        arena->next = new_end;
        return pointer;
    }
    void *moved = steady_arena_allocate(arena, size, 0);
    if (moved != NULL) memcpy(moved, pointer, old_size);
    return moved;
}

/* Frees every block of `arena` (its allocations with them). */
static inline void steady_arena_release(steady_arena *arena) {
    void *block = arena->last_block;
    while (block != NULL) {
        void *previous = *(void **)block;
        free(block);
        block = previous;
    }
    arena->next = arena->end = NULL;
    arena->last_block = NULL;
}

/* cmark's callbacks, on the current thread's arena. */
static inline void *steady_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    return steady_arena_allocate(*steady_arena_current(), count * size, 1);
}

static inline void *steady_arena_realloc(void *pointer, size_t size) {
    return steady_arena_reallocate(*steady_arena_current(), pointer, size);
}

/* Nothing to do: the arena is released whole. */
static inline void steady_arena_free(void *pointer) { (void)pointer; }

#endif
