#pragma once
// Publishes one service object, built in the composition root, as a QML singleton declared with
// QML_SINGLETON. The engine gets the object but never owns it.
#include <QJSEngine>
#include <QQmlEngine>

#define SO_QML_INSTANCE(Class)                                                                     \
public:                                                                                            \
    static Class *create(QQmlEngine *, QJSEngine *)                                                \
    {                                                                                              \
        Q_ASSERT_X(s_qmlInstance, #Class, "the composition root did not publish this service");    \
        QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);                     \
        return s_qmlInstance;                                                                      \
    }                                                                                              \
    static void publish(Class *instance)                                                           \
    {                                                                                              \
        s_qmlInstance = instance;                                                                  \
    }                                                                                              \
                                                                                                   \
private:                                                                                           \
    static inline Class *s_qmlInstance = nullptr;
