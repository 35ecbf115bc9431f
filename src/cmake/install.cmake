# Installation: the shared and static libraries, the public headers
# (including the generated version.h and export.h), a pkg-config file, a CMake
# package (find_package(foiclock) -> foiclock::foiclock, foiclock::ical), the
# iCalendar library and the CLI's plugin, the CLI, its bash completion and
# the man pages. Every path is relative to the prefix, so --prefix at install time
# works and the installed tree can be moved.
include(CMakePackageConfigHelpers)

set(FOICLOCK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/foiclock)

set(FOICLOCK_INSTALL_TARGETS ${FOICLOCK_LIBS})
if(FOICLOCK_STATIC)
  # Built alone, the static library is the package's foiclock::foiclock.
  if(FOICLOCK_SHARED)
    set_target_properties(foiclock_static PROPERTIES EXPORT_NAME foiclock_static)
  else()
    set_target_properties(foiclock_static PROPERTIES EXPORT_NAME foiclock)
  endif()
endif()
if(TARGET foiclock_ical)
  set_target_properties(foiclock_ical PROPERTIES EXPORT_NAME ical)
  list(APPEND FOICLOCK_INSTALL_TARGETS foiclock_ical)
endif()
install(TARGETS ${FOICLOCK_INSTALL_TARGETS} EXPORT foiclockTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
file(GLOB FOICLOCK_PUBLIC_HEADERS ${PROJECT_SOURCE_DIR}/include/foiclock/*.h)
install(FILES ${FOICLOCK_PUBLIC_HEADERS}
  ${FOICLOCK_GEN_INCLUDE}/foiclock/version.h ${FOICLOCK_EXPORT_H}
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/foiclock)

install(EXPORT foiclockTargets NAMESPACE foiclock:: DESTINATION ${FOICLOCK_CMAKE_DIR})
if(TARGET foiclock_ical AND NOT FOICLOCK_SHARED)
  set(FOICLOCK_ICAL_STATIC 1)
else()
  set(FOICLOCK_ICAL_STATIC 0)
endif()
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/foiclockConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/foiclockConfig.cmake INSTALL_DESTINATION ${FOICLOCK_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/foiclockConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/foiclockConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/foiclockConfigVersion.cmake DESTINATION ${FOICLOCK_CMAKE_DIR})

# pkg-config: the prefix is found from the .pc file's own place.
set(pc_dir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(FOICLOCK_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(FOICLOCK_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
  set(FOICLOCK_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
else()
  file(RELATIVE_PATH pc_up /prefix/${pc_dir} /prefix)
  string(REGEX REPLACE "/$" "" pc_up "${pc_up}")
  set(FOICLOCK_PC_PREFIX "\${pcfiledir}/${pc_up}")
  set(FOICLOCK_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  set(FOICLOCK_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/foiclock.pc.in ${CMAKE_CURRENT_BINARY_DIR}/foiclock.pc @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/foiclock-ical.pc.in
  ${CMAKE_CURRENT_BINARY_DIR}/foiclock-ical.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/foiclock.pc DESTINATION ${pc_dir})
if(TARGET foiclock_ical)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/foiclock-ical.pc DESTINATION ${pc_dir})
endif()

if(TARGET foiclock_cli)
  install(TARGETS foiclock_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # Where the CLI looks for its iCalendar plugin (FOICLOCK_PLUGIN_DIR).
  install(TARGETS foiclock_ical_plugin LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/foiclock)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/src/man/foiclock.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(TARGET foiclock_cli)
  # bash-completion loads completions/NAME on demand from its data directory.
  install(FILES ${PROJECT_SOURCE_DIR}/src/completion/foiclock.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME foiclock)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/src/man/foiclock.3 DESTINATION ${CMAKE_INSTALL_MANDIR}/man3)
