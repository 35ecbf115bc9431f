# Cross-compiling the library to WebAssembly (wasm32-wasi, single-threaded)
# with clang-14, lld-14 and Debian's wasi-libc:
#
#   cmake -S . -B build-wasm --toolchain src/cmake/wasm32-wasi.cmake \
#         -DFOICLOCK_TABLES=OFF -DFOICLOCK_HOLIDAYGEN=$PWD/build/src/foiclock-holidaygen
#   cmake --build build-wasm
#
# gives build-wasm/src/libfoiclock.a, the core library (no libical, no CLI),
# for linking into a module with wasm-ld. FOICLOCK_HOLIDAYGEN is a generator
# built for this machine by an ordinary build.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(CMAKE_C_COMPILER clang-14)
set(CMAKE_C_COMPILER_TARGET wasm32-wasi)
# wasm-ld needs an archive index that only LLVM's ar writes for wasm objects.
set(CMAKE_AR llvm-ar-14)
set(CMAKE_RANLIB llvm-ranlib-14)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_EXECUTABLE_SUFFIX .wasm)
