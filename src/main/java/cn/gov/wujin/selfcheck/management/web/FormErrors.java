package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Map;

/** Shows a boundary's field errors beside the fields of a form, keeping what the user entered. */
final class FormErrors {

    private FormErrors() {
    }

    static void show(String formId, InvalidInputException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> violation : e.violations()) {
            context.addMessage(formId + ":" + violation.getKey(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getValue(), null));
        }
        Messages.error("form.invalid");
        context.validationFailed();
    }
}
